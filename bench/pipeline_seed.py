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
parser.add_argument("--brands", type=int, default=len(BRANDS),
                    help="tracked brands in the workspace: the five above, then generated competitors")
args = parser.parse_args()
# Ten prompts per 50,000 jobs (a prompt takes at most 1,000 samples per platform).
prompts = 10 * max(1, -(-args.jobs // 50000))
samples = args.jobs // (prompts * len(PLATFORMS))
if samples * prompts * len(PLATFORMS) != args.jobs or samples > 1000:
    sys.exit(f"--jobs must be a multiple of {prompts * len(PLATFORMS)}")
if args.brands < len(BRANDS):
    sys.exit(f"--brands must be at least {len(BRANDS)}")

api = AnswerlensApi(args.api)
workspace = api.create_workspace("pipeline benchmark")
for name, aliases, domains, kind in BRANDS:
    api.create_brand(name, aliases, domains, kind)
for i in range(len(BRANDS), args.brands):
    api.create_brand(f"Vendor{i:04d} Cloud", [f"Vendor{i:04d}"], [f"vendor{i:04d}.example"], "competitor")
for i in range(prompts):
    api.create_prompt(f"Benchmark question {i}: which CRM suits a team of {5 + i} people?", PLATFORMS, samples)
print(workspace["id"])
