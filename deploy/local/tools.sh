#!/usr/bin/env bash
# Makes sure the command-line tools the tests use besides the JDK are present: a docker compose client,
# which validates deploy/compose without a Docker engine. Installs Debian's docker-compose when run as root.
set -euo pipefail

log() { printf '[tools] %s\n' "$*"; }
if docker compose version >/dev/null 2>&1 || docker-compose version >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  log "no docker compose client; install one (apt-get install docker-compose) or run this script as root"
  exit 1
fi
log "installing docker-compose from Debian packages (validates deploy/compose in the tests)"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q docker-compose >/dev/null || {
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q docker-compose >/dev/null
}
