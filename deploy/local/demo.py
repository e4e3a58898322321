#!/usr/bin/env python3
"""Seeds a demo workspace (own brand, competitors, prompts), waits for the simulated platforms to answer, then
uses the command-line client: `answerlens run` on the first prompt (a progress bar until its answers are in) and
`answerlens report` (the visibility table with 95% intervals)."""
import argparse
import os
import subprocess
import sys
import time

from answerlens_api import AnswerlensApi

# Brands of the simulated catalogue (shared-model: SimulatedCatalogue), so the simulated answers name them.
BRANDS = [
    ("Northwind CRM", ["Northwind"], ["northwindcrm.com"], "own"),
    ("Globex", [], ["globex.io"], "competitor"),
    ("Initech", [], ["initech.com"], "competitor"),
    ("Summit", [], ["summit.so"], "competitor"),
    ("Pied Piper", [], ["piedpiper.net"], "competitor"),
]
PLATFORMS = ["chatgpt", "perplexity", "gemini", "copilot", "google-ai-overviews"]
PROMPTS = [
    ("What is the best CRM for a small marketing agency?", ["crm", "agency"]),
    ("Which CRM has the best email integration?", ["crm", "email"]),
    ("Best sales pipeline software for startups in 2026", ["crm", "startup"]),
    ("Which project management tool do remote teams recommend?", ["pm"]),
]
SAMPLES = 5
CLI = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bin", "answerlens")


def answerlens(api_url, key, *args):
    """The command-line client (bin/answerlens) on the demo workspace; its exit code is the demo's verdict."""
    env = dict(os.environ, ANSWERLENS_URL=api_url, ANSWERLENS_API_KEY=key)
    return subprocess.run([CLI, *args], env=env).returncode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--api", default="http://127.0.0.1:8080")
    parser.add_argument("--key-file")
    parser.add_argument("--timeout", type=int, default=180)
    args = parser.parse_args()

    api = AnswerlensApi(args.api)
    # a simulation: its analytics count the simulated engine's answers by default (elsewhere they only count when asked)
    workspace = api.create_workspace("Northwind demo", simulation=True)
    if args.key_file:
        with open(args.key_file, "w") as handle:
            handle.write(api.key + "\n")
    for name, aliases, domains, kind in BRANDS:
        api.create_brand(name, aliases, domains, kind)
    prompts = [api.create_prompt(text, PLATFORMS, SAMPLES, tags=tags)["id"] for text, tags in PROMPTS]
    expected = len(PROMPTS) * len(PLATFORMS) * SAMPLES
    print(f"[demo] workspace {workspace['id']}: {len(BRANDS)} brands, {len(PROMPTS)} prompts × "
          f"{len(PLATFORMS)} platforms × {SAMPLES} samples = {expected} jobs scheduled")

    deadline = time.time() + args.timeout
    summary = api.summary()
    while summary["coverage"]["collected"] < expected and time.time() < deadline:
        time.sleep(1)
        summary = api.summary()
        print(f"\r[demo] collected {summary['coverage']['collected']}/{expected}", end="", flush=True)
    print()
    if summary["coverage"]["collected"] < expected:
        print(f"\n[demo] only {summary['coverage']['collected']} of {expected} answers arrived in {args.timeout} s; "
              "the rest are still retrying or parked (see the RabbitMQ management UI)", file=sys.stderr)

    print(f"[demo] answerlens run {prompts[0]}   (the first prompt again, now, with the command-line client)", flush=True)
    run_code = answerlens(args.api, api.key, "run", prompts[0], "--timeout", str(args.timeout))
    print("[demo] answerlens report", flush=True)
    report_code = answerlens(args.api, api.key, "report")
    sys.exit(run_code or report_code)


if __name__ == "__main__":
    main()
