"""A tiny client for the Answerlens HTTP API (standard library only), used by the demo and benchmarks."""
import json
import urllib.error
import urllib.request


class ApiError(Exception):
    pass


class AnswerlensApi:
    def __init__(self, base_url, key=None):
        self.base_url = base_url.rstrip("/")
        self.key = key

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(self.base_url + path, data=data, method=method)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if self.key:
            request.add_header("Authorization", "Bearer " + self.key)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                payload = response.read()
                return json.loads(payload) if payload else None
        except urllib.error.HTTPError as error:
            raise ApiError(f"{method} {path} answered {error.code}: {error.read().decode('utf-8', 'replace')}") from None

    def create_workspace(self, name, simulation=False):
        created = self.call("POST", "/v1/workspaces", {"name": name, "simulation": simulation})
        self.key = created["apiKey"]["key"]
        return created

    def create_brand(self, name, aliases, domains, kind):
        return self.call("POST", "/v1/brands", {"name": name, "aliases": aliases, "domains": domains, "kind": kind})

    def create_prompt(self, text, platforms, samples, tags=(), priority=5, cadence_minutes=1440):
        return self.call("POST", "/v1/prompts", {"text": text, "platforms": list(platforms), "samplesPerRun": samples,
                                                 "tags": list(tags), "priority": priority,
                                                 "cadenceMinutes": cadence_minutes})

    def run_now(self, prompt_id):
        return self.call("POST", f"/v1/prompts/{prompt_id}/runs")

    def summary(self, query=""):
        return self.call("GET", "/v1/analytics/summary" + query)
