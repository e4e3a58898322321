#!/usr/bin/env python3
"""Turns the unseen gold set (extraction-service/src/test/resources/gold-unseen) into extract-batch input lines:
one JSON object per answer with its competitive set; with --labelled, the labels too (for extract-batch --score).
Usage: gold_to_jsonl.py [--labelled] [split ...]   (default: every split)"""
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "extraction-service", "src", "test",
                    "resources", "gold-unseen")


def brand_sets():
    sets = {}
    with open(os.path.join(ROOT, "brands.txt"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            name_set, name, aliases, domains, kind = [c.strip() for c in line.split("|")]
            brand = {"name": name, "aliases": [a.strip() for a in aliases.split(",") if a.strip()],
                     "domains": [d.strip() for d in domains.split(",") if d.strip()]}
            sets.setdefault(name_set, [])
            (sets[name_set].insert(0, brand) if kind == "own" else sets[name_set].append(brand))
    return sets


def answers(split, sets, labelled):
    folder = os.path.join(ROOT, split)
    for file in sorted(os.listdir(folder)):
        if not file.endswith(".gold"):
            continue
        text = open(os.path.join(folder, file), encoding="utf-8").read()
        for block in text.split("\n=== ")[0:]:
            block = block[4:] if block.startswith("=== ") else block
            if "\n---\n" not in block:
                continue
            header, answer = block.split("\n---\n", 1)
            lines = header.split("\n")
            case_id, name_set, language = lines[0].split()
            line = {"id": case_id, "answer": answer.strip("\n"), "brands": sets[name_set]}
            if labelled:
                fields = dict(l.split(":", 1) for l in lines[1:] if ":" in l)
                names = lambda key: [n.strip() for n in fields.get(key, "").split(",")
                                     if n.strip() and n.strip() != "none"]
                line.update({"expect": names("expect"), "absent": names("absent"), "tags": names("tags"),
                             "language": language})
            yield line


def main():
    labelled = "--labelled" in sys.argv
    splits = [a for a in sys.argv[1:] if not a.startswith("--")] or sorted(
        d for d in os.listdir(ROOT) if os.path.isdir(os.path.join(ROOT, d)))
    sets = brand_sets()
    for split in splits:
        for line in answers(split, sets, labelled):
            print(json.dumps(line, ensure_ascii=False))


if __name__ == "__main__":
    main()
