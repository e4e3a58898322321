#!/usr/bin/env python3
"""Seeds a demo workspace (own brand, competitors, prompts), waits for the simulated platforms to answer
and prints a visibility table per brand and per platform, from the API's analytics."""
import argparse
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


def fmt_rate(rate):
    if rate is None or rate.get("value") is None:
        return "      n/a       "
    return f"{rate['value'] * 100:5.1f}% [{rate['low'] * 100:4.1f}–{rate['high'] * 100:5.1f}]"


def fmt_estimate(estimate, pattern, scale=1):
    """A mean or ratio with its 95% interval; '*' marks a figure over too few observations."""
    if estimate is None or estimate.get("value") is None:
        return "n/a"
    text = pattern.format(estimate["value"] * scale)
    if estimate.get("low") is not None:
        text += f" [{pattern.format(estimate['low'] * scale).strip()}–{pattern.format(estimate['high'] * scale).strip()}]"
    return text + ("*" if estimate.get("insufficient") else "")


def print_table(summary):
    coverage = summary["coverage"]
    print(f"\nVisibility {summary['from']} … {summary['to']}  (simulated engine; coverage "
          f"{coverage['collected']}/{coverage['scheduled']} answers collected)\n")
    header = f"{'brand':<16} {'kind':<10} {'n':>4}  {'mention rate [95% CI]':<22} {'SoV % [95% CI]':<20} {'avg pos [95% CI]':<20}  {'citation rate [95% CI]':<22}"
    print(header)
    print("-" * len(header))
    for brand in sorted(summary["brands"], key=lambda b: -(b["mentionRate"]["value"] or 0)):
        print(f"{brand['name']:<16} {brand['kind']:<10} {brand['n']:>4}  {fmt_rate(brand['mentionRate']):<22} "
              f"{fmt_estimate(brand['shareOfVoice'], '{:4.1f}', 100):<20} "
              f"{fmt_estimate(brand['averagePosition'], '{:.2f}'):<20} {fmt_rate(brand['citationRate']):<22}")
    print("(* fewer than 30 observations: shown, too few to read as a measurement)")
    own = next((b for b in summary["brands"] if b["kind"] == "own"), None)
    if own:
        print(f"\n{own['name']} by platform:")
        for platform in (p for p in own["byPlatform"] if p["n"] > 0):
            print(f"  {platform['platform']:<20} n={platform['n']:>3}  mention rate {fmt_rate(platform['mentionRate'])}"
                  f"  avg pos {fmt_estimate(platform['averagePosition'], '{:.2f}')}")


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
    for text, tags in PROMPTS:
        api.create_prompt(text, PLATFORMS, SAMPLES, tags=tags)
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
    print_table(summary)
    if summary["coverage"]["collected"] < expected:
        print(f"\n[demo] only {summary['coverage']['collected']} of {expected} answers arrived in {args.timeout} s; "
              "the rest are still retrying or parked (see the RabbitMQ management UI)", file=sys.stderr)


if __name__ == "__main__":
    main()
