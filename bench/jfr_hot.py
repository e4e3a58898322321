#!/usr/bin/env python3
"""Where a service's CPU went, from a JDK Flight Recording's execution samples (jdk.ExecutionSample).

Prints three views of the same samples: the hottest top frames (self time), the project's methods by
inclusive samples (a sample counts for every dev.answerlens method on its stack), and samples grouped by
the first project method below the top of the stack ("who asked for this work": regex matching inside
AbsenceStatements counts for AbsenceStatements). Samples from start-up can be skipped with --after-seconds.

  jfr_hot.py RECORDING.jfr [--top 25] [--after-seconds S] [--jfr /path/to/jdk/bin/jfr]
"""
import argparse
import collections
import json
import os
import subprocess
from datetime import datetime


def frame_name(frame):
    method = frame["method"]
    return f'{method["type"]["name"]}.{method["name"]}'.replace("/", ".")


def package_of(name):
    parts = name.split(".")
    depth = 4 if parts[0] in ("dev", "io", "com", "org") else 3
    return ".".join(parts[:min(depth, len(parts) - 2)]) or name


def parse_time(text):
    # e.g. 2026-12-04T20:27:40.123456789Z or with an offset; keep microseconds
    text = text.replace("Z", "+00:00")
    head, _, rest = text.partition(".")
    if rest:
        digits = "".join(c for c in rest if c.isdigit())[:6]
        zone = rest[len("".join(c for c in rest if c.isdigit())):]
        text = f"{head}.{digits}{zone}"
    return datetime.fromisoformat(text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("recording")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--after-seconds", type=float, default=0.0,
                        help="skip samples taken in the first S seconds of the recording")
    parser.add_argument("--jfr", default=os.path.join(os.environ.get("JAVA_HOME", "/usr"), "bin", "jfr"))
    parser.add_argument("--prefix", default="dev.answerlens.")
    parser.add_argument("--jobs", type=int, default=0, help="jobs done in the recording, for allocation per job")
    args = parser.parse_args()

    out = subprocess.run([args.jfr, "print", "--json", "--stack-depth", "96", "--events", "jdk.ExecutionSample",
                          args.recording], capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    if not events:
        print("no execution samples")
        return
    start = min(parse_time(e["values"]["startTime"]) for e in events)
    self_time = collections.Counter()
    inclusive = collections.Counter()
    owner = collections.Counter()
    threads = collections.Counter()
    packages = collections.Counter()
    total = 0
    for e in events:
        v = e["values"]
        if (parse_time(v["startTime"]) - start).total_seconds() < args.after_seconds:
            continue
        frames = v["stackTrace"]["frames"] if v.get("stackTrace") else []
        if not frames:
            continue
        total += 1
        names = [frame_name(f) for f in frames]
        self_time[names[0]] += 1
        project = [n for n in names if n.startswith(args.prefix) and "$$Lambda" not in n]
        for name in set(project):
            inclusive[name] += 1
        ours = project[0] if project else None
        owner[ours or "(no project frame) " + names[min(len(names) - 1, 3)]] += 1
        packages[package_of(names[0])] += 1
        thread = (v.get("sampledThread") or {}).get("javaName") or "?"
        threads["".join(c if not c.isdigit() else "#" for c in thread)] += 1

    def show(title, counter):
        print(f"\n{title} ({total} samples)")
        for name, count in counter.most_common(args.top):
            print(f"  {100.0 * count / total:5.1f}%  {count:6d}  {name}")

    alloc = subprocess.run([args.jfr, "print", "--json", "--stack-depth", "1", "--events", "jdk.ObjectAllocationSample",
                            args.recording], capture_output=True, text=True, check=True).stdout
    allocated = sum(e["values"]["weight"] for e in json.loads(alloc)["recording"]["events"]
                    if (parse_time(e["values"]["startTime"]) - start).total_seconds() >= args.after_seconds)
    per_job = f", {allocated / args.jobs / 1024:.0f} KiB per job over {args.jobs} jobs" if args.jobs else ""
    print(f"Allocated (jdk.ObjectAllocationSample weights): {allocated / 2**20:.0f} MiB{per_job}")
    show("Top frames (self)", self_time)
    show("Project methods, inclusive", inclusive)
    show("By first project frame on the stack", owner)
    show("Top frame's package", packages)
    show("By thread", threads)


if __name__ == "__main__":
    main()
