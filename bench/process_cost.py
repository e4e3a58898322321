#!/usr/bin/env python3
"""What a benchmark's work cost each process, read from /proc and the servers' own counters.

The benchmarks call `snapshot` before and after the measured window and `report` on the two files:
CPU milliseconds (utime + stime) per job for each service process, for the PostgreSQL backends
connected to the run's database, and for the RabbitMQ and Redis servers (shared with anything
else on the host); the run database's commits and row changes per job; the run virtual host's
broker messages per job. Wall-clock rates on a shared 2-core machine swing with other work; CPU
per job mostly does not, which is why the scripts print it.

  process_cost.py snapshot OUT --db DB --vhost VHOST --pid name=PID [--pid name=PID ...]
  process_cost.py report BEFORE AFTER --jobs N [--label TEXT]
"""
import argparse
import json
import os
import subprocess
import urllib.request
import base64

CLK = os.sysconf("SC_CLK_TCK")


def cpu_ms(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        # fields[0] is state (field 3); utime and stime are fields 14 and 15
        return (int(fields[11]) + int(fields[12])) * 1000.0 / CLK
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return None


def sys_ms(pid):
    """Of cpu_ms, the part spent in the kernel (system calls: sockets, thread wake-ups)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return int(fields[12]) * 1000.0 / CLK
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return None


def rss_mb(pid, field="VmRSS"):
    """Resident memory; field RssFile is the part that maps files (libjvm, jars, an AOT cache: shared, clean pages)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024.0
    except FileNotFoundError:
        return None
    return None


def psql(db, sql):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-tAc", sql],
                         capture_output=True, text=True, check=True).stdout
    return [line.split("|") for line in out.splitlines() if line]


def pidof(name):
    out = subprocess.run(["pidof", name], capture_output=True, text=True).stdout.split()
    return [int(p) for p in out]


def rabbit(vhost):
    req = urllib.request.Request(f"http://127.0.0.1:15672/api/vhosts/{urllib.request.quote(vhost, safe='')}")
    req.add_header("Authorization", "Basic " + base64.b64encode(b"guest:guest").decode())
    try:
        with urllib.request.urlopen(req, timeout=5) as r:
            stats = json.load(r).get("message_stats", {})
    except Exception:
        return {}
    keys = ["publish", "confirm", "deliver_get", "ack", "redeliver", "return_unroutable"]
    return {k: stats.get(k, 0) for k in keys}


def redis_calls():
    out = subprocess.run(["redis-cli", "-h", "127.0.0.1", "info", "commandstats"], capture_output=True, text=True).stdout
    total = 0
    for line in out.splitlines():
        if line.startswith("cmdstat_"):
            for part in line.split(":", 1)[1].split(","):
                if part.startswith("calls="):
                    total += int(part[6:])
    return total


def snapshot(args):
    snap = {"services": {}, "pg_backends": {}, "servers": {}}
    for spec in args.pid:
        name, pid = spec.split("=", 1)
        snap["services"][name] = {"cpu_ms": cpu_ms(int(pid)), "sys_ms": sys_ms(int(pid)), "rss_mb": rss_mb(int(pid)),
                                  "rss_file_mb": rss_mb(int(pid), "RssFile")}
    for pid, in psql("postgres", f"SELECT pid FROM pg_stat_activity WHERE datname = '{args.db}'"):
        ms = cpu_ms(int(pid))
        if ms is not None:
            snap["pg_backends"][pid] = ms
    for server, proc in (("rabbitmq", "beam.smp"), ("redis", "redis-server")):
        pids = pidof(proc)
        snap["servers"][server] = sum(cpu_ms(p) or 0 for p in pids)
    row = psql("postgres", f"""SELECT xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted, tup_fetched,
                                      blks_hit + blks_read FROM pg_stat_database WHERE datname = '{args.db}'""")[0]
    snap["pg"] = dict(zip(["commits", "rollbacks", "inserted", "updated", "deleted", "fetched", "blocks"], map(int, row)))
    snap["broker"] = rabbit(args.vhost)
    snap["redis_calls"] = redis_calls()
    with open(args.out, "w") as f:
        json.dump(snap, f)


def report(args):
    with open(args.before) as f:
        a = json.load(f)
    with open(args.after) as f:
        b = json.load(f)
    n = args.jobs
    print(f"  cost per job ({args.label}, {n} jobs; CPU from /proc utime+stime):")
    total = 0.0
    for name, after in b["services"].items():
        before = a["services"].get(name, {})
        if after.get("cpu_ms") is None or before.get("cpu_ms") is None:
            continue
        ms = after["cpu_ms"] - before["cpu_ms"]
        total += ms
        rss = f", RSS {after['rss_mb']:.0f} MB" if after.get("rss_mb") else ""
        if rss and after.get("rss_file_mb") is not None:
            rss += f" ({after['rss_file_mb']:.0f} MB of it mapped files)"
        kernel = ""
        if after.get("sys_ms") is not None and before.get("sys_ms") is not None and ms > 0:
            kernel = f", {100 * (after['sys_ms'] - before['sys_ms']) / ms:.0f} % in the kernel"
        print(f"    {name:<20} {ms / n:7.3f} CPU-ms/job ({ms / 1000:.1f} s{kernel}){rss}")
    pg = sum(ms - a["pg_backends"].get(pid, 0.0) for pid, ms in b["pg_backends"].items())
    total += pg
    print(f"    {'postgres backends':<20} {pg / n:7.3f} CPU-ms/job ({pg / 1000:.1f} s; the run database's connections)")
    print(f"    {'= ours + backends':<20} {total / n:7.3f} CPU-ms/job")
    for server in ("rabbitmq", "redis"):
        ms = b["servers"].get(server, 0) - a["servers"].get(server, 0)
        print(f"    {server + ' (shared)':<20} {ms / n:7.3f} CPU-ms/job ({ms / 1000:.1f} s; includes other work on the host)")
    d = {k: b["pg"][k] - a["pg"][k] for k in b["pg"]}
    print(f"  database per job:  {d['commits'] / n:.3f} commits, {d['inserted'] / n:.2f} rows inserted, "
          f"{d['updated'] / n:.2f} updated, {d['fetched'] / n:.1f} fetched, {d['rollbacks'] / n:.3f} rollbacks")
    if b["broker"] and a["broker"]:
        m = {k: b["broker"].get(k, 0) - a["broker"].get(k, 0) for k in b["broker"]}
        print(f"  broker per job:    {m['publish'] / n:.2f} published, {m['deliver_get'] / n:.2f} delivered, "
              f"{m['ack'] / n:.2f} acked, {m['redeliver'] / n:.3f} redelivered")
    print(f"  redis per job:     {(b['redis_calls'] - a['redis_calls']) / n:.2f} commands (server-wide count)")


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("snapshot")
    s.add_argument("out")
    s.add_argument("--db", required=True)
    s.add_argument("--vhost", required=True)
    s.add_argument("--pid", action="append", default=[])
    r = sub.add_parser("report")
    r.add_argument("before")
    r.add_argument("after")
    r.add_argument("--jobs", type=int, required=True)
    r.add_argument("--label", default="measured window")
    args = parser.parse_args()
    snapshot(args) if args.cmd == "snapshot" else report(args)


if __name__ == "__main__":
    main()
