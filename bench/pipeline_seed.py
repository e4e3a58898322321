#!/usr/bin/env python3
"""Seeds a benchmark workspace whose prompts add up to --jobs jobs; the scheduler publishes them at once."""
import argparse
import sys

sys.path.insert(0, __file__.rsplit("/", 2)[0] + "/deploy/local")
from answerlens_api import AnswerlensApi  # noqa: E402

PLATFORMS = ["chatgpt", "perplexity", "gemini", "copilot", "claude"]
BRANDS = [("Northwind CRM", ["Northwind"], ["northwindcrm.com"], "own"), ("Globex", [], ["globex.io"], "competitor"),
          ("Initech", [], ["initech.com"], "competitor"), ("Summit", [], ["summit.so"], "competitor"),
          ("Hooli", [], ["hooli.xyz"], "competitor")]

parser = argparse.ArgumentParser()
parser.add_argument("--api", required=True)
parser.add_argument("--jobs", type=int, default=10000)
args = parser.parse_args()
prompts = 10
samples = args.jobs // (prompts * len(PLATFORMS))
if samples * prompts * len(PLATFORMS) != args.jobs or samples > 1000:
    sys.exit(f"--jobs must be a multiple of {prompts * len(PLATFORMS)} up to {1000 * prompts * len(PLATFORMS)}")

api = AnswerlensApi(args.api)
workspace = api.create_workspace("pipeline benchmark")
for name, aliases, domains, kind in BRANDS:
    api.create_brand(name, aliases, domains, kind)
for i in range(prompts):
    api.create_prompt(f"Benchmark question {i}: which CRM suits a team of {5 + i} people?", PLATFORMS, samples)
print(workspace["id"])
