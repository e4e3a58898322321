#!/usr/bin/env python3
"""The container test's run (deploy/local/containers.sh starts the containers, then this): the local demo through the
containers' API; one platform's workers scaled out, and proof that the replicas share its queue (each container's
consumers on the queue, and the jobs each one collected); then a run on that platform during which a worker and an
extraction container are killed (docker kill), checked in PostgreSQL and RabbitMQ: every planned job stored
exactly once, nothing left on the queues. Prints the figures; exits non-zero when a check fails."""
import argparse
import json
import os
import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request

from answerlens_api import AnswerlensApi

HERE = os.path.dirname(os.path.abspath(__file__))
BRANDS = [("Northwind CRM", ["Northwind"], ["northwindcrm.com"], "own"), ("Globex", [], ["globex.io"], "competitor"),
          ("Initech", [], ["initech.com"], "competitor"), ("Summit", [], ["summit.so"], "competitor")]
QUESTIONS = ["Which CRM should a five-person agency pick?", "What is the best CRM for startups in 2026?",
             "Which sales tool integrates best with Gmail?", "What CRM do consultants recommend?"]
REASON = "x-answerlens-reason"


def log(message):
    print(f"[containers] {message}", flush=True)


class Failed(Exception):
    pass


class Compose:
    """The test's compose project: the command (docker compose or docker-compose with its files) and its containers."""

    def __init__(self, command, project):
        self.command = command
        self.project = project

    def run(self, *args):
        subprocess.run(self.command + list(args), check=True, stdout=subprocess.DEVNULL)

    def containers(self, service):
        """{container number: container id} of a service's running containers (labels work for compose v1 and v2)."""
        out = subprocess.run(["docker", "ps", "-q", "--filter", f"label=com.docker.compose.project={self.project}",
                              "--filter", f"label=com.docker.compose.service={service}"],
                             check=True, capture_output=True, text=True).stdout.split()
        found = {}
        for container in out:
            number = inspect(container, "{{index .Config.Labels \"com.docker.compose.container-number\"}}")
            found[int(number)] = container
        return found


def inspect(container, template):
    return subprocess.run(["docker", "inspect", "-f", template, container], check=True, capture_output=True,
                          text=True).stdout.strip()


def health(container):
    """(status, port the health check found) of a container."""
    state = json.loads(inspect(container, "{{json .State}}"))
    checks = (state.get("Health") or {}).get("Log") or []
    port = None
    for check in reversed(checks):
        found = re.search(r"ready on :(\d+)", check.get("Output", ""))
        if found:
            port = int(found.group(1))
            break
    status = (state.get("Health") or {}).get("Status", "none") if state.get("Running") else "exited"
    return status, port, state.get("Pid")


def wait_healthy(compose, service, replicas, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        containers = compose.containers(service)
        if len(containers) == replicas and all(health(c)[0] == "healthy" for c in containers.values()):
            return containers
        time.sleep(1)
    raise Failed(f"{service}: not {replicas} healthy containers within {timeout} s: "
                 + ", ".join(f"{n}: {health(c)[0]}" for n, c in sorted(compose.containers(service).items())))


class Database:
    def __init__(self, name):
        self.name = name

    def value(self, sql):
        out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", self.name, "-tAXc", sql],
                             check=True, capture_output=True, text=True).stdout.strip()
        return out

    def progress(self, workspace):
        planned, stored = self.value(f"SELECT (SELECT count(*) FROM jobs WHERE workspace_id = '{workspace}'), "
                                     f"(SELECT count(*) FROM answers WHERE workspace_id = '{workspace}')").split("|")
        return int(planned), int(stored)


class Broker:
    def __init__(self, vhost):
        self.vhost = urllib.parse.quote(vhost, safe="")

    def get(self, path, body=None):
        request = urllib.request.Request("http://127.0.0.1:15672/api" + path, method="POST" if body else "GET",
                                         data=json.dumps(body).encode() if body else None)
        request.add_header("Authorization", "Basic Z3Vlc3Q6Z3Vlc3Q=")  # guest:guest, the local broker's
        request.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())

    def consumers(self, queue):
        return [c for c in self.get(f"/consumers/{self.vhost}") if c["queue"]["name"] == queue]

    def queues(self):
        return self.get(f"/queues/{self.vhost}?columns=name,messages_ready,messages_unacknowledged,messages")

    def parked_reasons(self, queue):
        messages = self.get(f"/queues/{self.vhost}/{urllib.parse.quote(queue, safe='')}/get",
                            {"count": 10000, "ackmode": "reject_requeue_true", "encoding": "auto", "truncate": 1000})
        return [(m.get("properties", {}).get("headers") or {}).get(REASON) for m in messages]


def socket_owners():
    """{local TCP port: host pid} of this host's connections to RabbitMQ (127.0.0.1:5672), from ss."""
    out = subprocess.run(["ss", "-tnpH", "dst", "127.0.0.1:5672"], check=True, capture_output=True, text=True).stdout
    owners = {}
    for line in out.splitlines():
        fields = line.split()
        port = int(fields[3].rsplit(":", 1)[1])
        pid = re.search(r"pid=(\d+)", line)
        if pid:
            owners[port] = int(pid.group(1))
    return owners


def consumers_per_container(broker, queue, containers):
    """{container number: consumers on the queue}: a consumer's connection is matched to the container whose JVM
    (the container's first process, exec'd by its entrypoint) owns the connection's socket on this host."""
    owners = socket_owners()
    pid_to_number = {health(c)[2]: n for n, c in containers.items()}
    counts = {n: 0 for n in containers}
    for consumer in broker.consumers(queue):
        pid = owners.get(consumer["channel_details"]["peer_port"])
        if pid in pid_to_number:
            counts[pid_to_number[pid]] += 1
    return counts


def jobs_completed(port, platform):
    """answerlens_jobs_completed_total for the platform on one worker's /q/metrics (0 before its first job)."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/q/metrics", timeout=10) as response:
        text = response.read().decode()
    total = 0.0
    for line in text.splitlines():
        if line.startswith("answerlens_jobs_completed_total{") and f'platform="{platform}"' in line:
            total += float(line.split("} ", 1)[1].split()[0])  # the value, before any exemplar
    return int(total)


def collected_per_container(compose, service, platform):
    result = {}
    for number, container in sorted(compose.containers(service).items()):
        status, port, _ = health(container)
        result[number] = jobs_completed(port, platform) if port else None
    return result


def demo(api_url):
    log("demo: deploy/local/demo.py through the containers' API")
    started = time.time()
    code = subprocess.run([sys.executable, os.path.join(HERE, "demo.py"), "--api", api_url, "--timeout", "240"]).returncode
    if code != 0:
        raise Failed(f"the demo failed (exit {code})")
    return time.time() - started


def scale_out(compose, service, platform, replicas, broker):
    log(f"scale-out: --scale {service}={replicas}")
    started = time.time()
    compose.run("up", "-d", "--no-build", "--no-deps", "--no-recreate", "--scale", f"{service}={replicas}", service)
    containers = wait_healthy(compose, service, replicas, 180)
    took = time.time() - started
    queue = f"scrape.{platform}"
    deadline = time.time() + 60
    while True:
        per_container = consumers_per_container(broker, queue, containers)
        if all(per_container.values()) or time.time() > deadline:
            break
        time.sleep(1)
    log(f"{queue} consumers per container: " + ", ".join(f"{service}_{n}: {c}" for n, c in sorted(per_container.items())))
    if not all(per_container.values()):
        raise Failed(f"not every {service} container consumes {queue}: {per_container} (matching a consumer to its "
                     "container needs ss to show the socket's process: run as root)")
    return took, per_container


def seed(api_url, platform, prompts, samples):
    api = AnswerlensApi(api_url)
    workspace = api.create_workspace("Container test", simulation=True)["id"]
    for name, aliases, domains, kind in BRANDS:
        api.create_brand(name, aliases, domains, kind)
    for index in range(prompts):
        api.create_prompt(f"{QUESTIONS[index % len(QUESTIONS)]} (container test {index + 1})", [platform], samples)
    return workspace


def kill_mid_run(compose, database, workspace, expected, kills, fraction, worker, platform):
    deadline = time.time() + 240
    while time.time() < deadline:
        planned, stored = database.progress(workspace)
        if stored >= expected * fraction:
            break
        time.sleep(0.2)
    else:
        raise Failed(f"only {stored} of {expected} answers stored in 240 s before the kill")
    targets = []
    for service, number in kills:
        containers = compose.containers(service)
        if number not in containers:
            raise Failed(f"no {service} container number {number} to kill: {sorted(containers)}")
        targets.append(containers[number])
    collected = collected_per_container(compose, worker, platform)
    subprocess.run(["docker", "kill"] + targets, check=True, stdout=subprocess.DEVNULL)
    killed_at = time.time()
    _, stored = database.progress(workspace)
    log("docker kill " + ", ".join(f"{s}_{n}" for s, n in kills) + f" with {stored} of {expected} answers stored")
    return killed_at, stored, collected


def wait_complete(database, workspace, expected, timeout):
    deadline = time.time() + timeout
    last, last_change = -1, time.time()
    while time.time() < deadline:
        planned, stored = database.progress(workspace)
        if stored != last:
            last, last_change = stored, time.time()
        if planned == expected and stored >= planned:
            return True
        if time.time() - last_change > 60:
            log(f"no answer stored for 60 s ({stored} of {planned} planned)")
            return False
        time.sleep(0.5)
    return False


def checks(database, broker, workspace, expected):
    w = f"workspace_id = '{workspace}'"
    figures = {
        "planned": int(database.value(f"SELECT count(*) FROM jobs WHERE {w}")),
        "stored": int(database.value(f"SELECT count(*) FROM answers WHERE {w}")),
        "jobs without an answer": int(database.value(
            f"SELECT count(*) FROM jobs j WHERE j.{w} AND NOT EXISTS (SELECT 1 FROM answers a WHERE a.job_id = j.id)")),
        "answers without a job": int(database.value(
            f"SELECT count(*) FROM answers a WHERE a.{w} AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.id = a.job_id)")),
        "answers beyond one per (prompt, platform, sample, run)": int(database.value(
            "SELECT count(*) - count(DISTINCT (a.prompt_id, a.platform, a.sample, j.run_id)) "
            f"FROM answers a JOIN jobs j ON j.id = a.job_id WHERE a.{w}")),
        "jobs planned twice": int(database.value(
            f"SELECT count(*) - count(DISTINCT (prompt_id, platform, engine, sample, run_id)) FROM jobs WHERE {w}")),
    }
    left = [f"{q['name']} ({q.get('messages_ready', 0)} ready, {q.get('messages_unacknowledged', 0)} unacked)"
            for q in broker.queues() if not q["name"].endswith(".parked") and q.get("messages", 0) > 0]
    parked = {}
    for queue in broker.queues():
        if queue["name"].endswith(".parked") and queue.get("messages", 0) > 0:
            parked[queue["name"]] = broker.parked_reasons(queue["name"])
    results = [
        ("every planned job", figures["planned"] == expected and figures["jobs planned twice"] == 0,
         f"{figures['planned']} planned of {expected} seeded, {figures['jobs planned twice']} planned twice"),
        ("every job's answer stored", figures["stored"] == figures["planned"] and figures["jobs without an answer"] == 0
         and figures["answers without a job"] == 0,
         f"{figures['stored']} stored, {figures['jobs without an answer']} jobs without one, "
         f"{figures['answers without a job']} answers without a job"),
        ("each stored once", figures["answers beyond one per (prompt, platform, sample, run)"] == 0,
         f"{figures['answers beyond one per (prompt, platform, sample, run)']} answers beyond one per sample"),
        ("queues drained", not left, ", ".join(left) or "nothing ready or unacked on the work and retry queues"),
        ("parked messages carry a reason", all(all(parked_reasons) for parked_reasons in parked.values()),
         ", ".join(f"{q}: {len(r)}" for q, r in parked.items()) or "nothing parked"),
    ]
    return figures, results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--api", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--vhost", required=True)
    parser.add_argument("--project", required=True)
    parser.add_argument("--compose", required=True, help="the compose command with its files, as a JSON list")
    parser.add_argument("--platform", default="chatgpt")
    parser.add_argument("--replicas", type=int, default=3)
    parser.add_argument("--prompts", type=int, default=4)
    parser.add_argument("--samples", type=int, default=150)
    parser.add_argument("--figures", help="write the figures here (key=value lines)")
    args = parser.parse_args()

    compose = Compose(json.loads(args.compose), args.project)
    database, broker = Database(args.database), Broker(args.vhost)
    worker = f"worker-{args.platform}"
    figures = {}
    try:
        figures["demo_s"] = round(demo(args.api))
        took, per_container = scale_out(compose, worker, args.platform, args.replicas, broker)
        figures["scale_out_s"] = round(took)
        figures["consumers_per_container"] = " ".join(str(c) for _, c in sorted(per_container.items()))

        expected = args.prompts * args.samples
        workspace = seed(args.api, args.platform, args.prompts, args.samples)
        log(f"run: {args.prompts} prompts × {args.samples} samples on {args.platform} = {expected} jobs "
            f"for {args.replicas} {worker} containers")
        run_started = time.time()
        killed_at, stored_at_kill, collected_before = kill_mid_run(
            compose, database, workspace, expected, [(worker, 2), ("extraction-service", 1)], 0.25, worker, args.platform)
        complete = wait_complete(database, workspace, expected, 240)
        ended = time.time()
        last_stored = float(database.value(
            f"SELECT extract(epoch FROM max(stored_at)) FROM answers WHERE workspace_id = '{workspace}'") or 0)
        figures.update(jobs=expected, stored_at_kill=stored_at_kill,
                       run_s=round(ended - run_started), recovery_s=round(max(0, last_stored - killed_at), 1))
        collected = collected_per_container(compose, worker, args.platform)
        log(f"answers collected per {worker} container (/q/metrics, since the container started): at the kill "
            + ", ".join(f"_{n}: {c}" for n, c in collected_before.items())
            + "; at the end " + ", ".join(f"_{n}: {c}" for n, c in collected.items()))
        figures["collected_per_container"] = " ".join(f"{c}" for _, c in sorted(collected_before.items()))
        # docker kill is a deliberate stop to Docker: the restart policy leaves the container down, and the same
        # compose command brings the service back to its scale (a JVM that dies on its own is restarted by the policy)
        restored_started = time.time()
        compose.run("up", "-d", "--no-build", "--no-deps", "--no-recreate", "--scale", f"{worker}={args.replicas}",
                    "--scale", "extraction-service=2", worker, "extraction-service")
        try:
            wait_healthy(compose, worker, args.replicas, 120)
            wait_healthy(compose, "extraction-service", 2, 120)
            restored = f"healthy {time.time() - restored_started:.0f} s after docker compose up"
            figures["restored_s"] = round(time.time() - restored_started)
        except Failed as failed:
            restored = str(failed)
        counts, results = checks(database, broker, workspace, expected)
        figures["stored"] = counts["stored"]
        results.insert(0, ("killed mid-run", stored_at_kill < expected, f"{stored_at_kill} of {expected} stored at the kill"))
        results.insert(1, ("run complete", complete, f"all stored {figures['recovery_s']} s after the kill" if complete
                           else f"{counts['stored']} of {expected} stored when the test gave up"))
        results.append(("every replica collected", all(c for c in collected_before.values()),
                        "before the kill: " + ", ".join(f"_{n}: {c}" for n, c in collected_before.items())))
        results.append(("killed containers restored by compose up", "restored_s" in figures, restored))
        failed = [name for name, passed, _ in results if not passed]
        for name, passed, detail in results:
            log(f"{'PASS' if passed else 'FAIL'}  {name}: {detail}")
        if failed:
            raise Failed("failed: " + ", ".join(failed))
    except Failed as failure:
        log(str(failure))
        return 1
    finally:
        if args.figures:
            with open(args.figures, "w") as handle:
                for key, value in figures.items():
                    handle.write(f"{key}={value}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
