#!/usr/bin/env bash
# Builds the base images of deploy/docker's Dockerfiles from Debian packages, for hosts that reach a Debian mirror
# but no image registry (no eclipse-temurin, no debian image to pull):
#   answerlens/debian:trixie         a minbase debootstrap of Debian trixie, imported (docker import)
#   answerlens/jre:21                + openjdk-21-jre-headless — BASE_IMAGE of every service
#   answerlens/worker-runtime:21     scrape-worker.Dockerfile's runtime stage on answerlens/jre:21 (+ Chromium,
#                                    Node.js, fonts), so building the worker with BASE_IMAGE=answerlens/jre:21
#                                    takes that stage from the build cache
# Then: docker build --network host --build-arg BASE_IMAGE=answerlens/jre:21 -f deploy/docker/<service>.Dockerfile .
#
# Idempotent: an image that exists is kept (and what is built on it), unless REBUILD=1. The debootstrap tree is
# cached as a tarball in ANSWERLENS_IMAGE_CACHE (default /var/cache/answerlens/images), so a rebuild skips the
# download. Runs as root (debootstrap); needs debootstrap and a docker daemon (DOCKER_HOST is honoured).
# ANSWERLENS_DEBIAN_MIRROR overrides the mirror, which is otherwise the Debian mirror apt uses on this host.
# Builds use the host's network (--network host): the bridge network is not used.
set -Eeuo pipefail
trap 'echo "[local-base] failed (exit $?) at line $LINENO: $BASH_COMMAND" >&2' ERR
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${ANSWERLENS_IMAGE_CACHE:-/var/cache/answerlens/images}"
SUITE=trixie
BASE=answerlens/debian:$SUITE JRE=answerlens/jre:21 WORKER=answerlens/worker-runtime:21
log() { printf '[local-base] %s\n' "$*"; }

exists() { [ "${REBUILD:-0}" != 1 ] && docker image inspect "$1" >/dev/null 2>&1; }

# The first Debian archive in apt's sources (deb822 "URIs:" or one-line "deb" entries), not the security archive.
debian_mirror() {
  if [ -n "${ANSWERLENS_DEBIAN_MIRROR:-}" ]; then echo "$ANSWERLENS_DEBIAN_MIRROR"; return; fi
  local sources=() file
  for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$file" ] && sources+=("$file")
  done
  [ ${#sources[@]} -gt 0 ] || return 0
  awk '/^URIs:/ {print $2} /^deb / {for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) {print $i; break}}' "${sources[@]}" \
    | grep -E '/debian/?$' | head -n 1 || true
}

timed() {
  local what=$1 started; shift
  started=$(date +%s)
  "$@"
  log "$what: $(( $(date +%s) - started )) s"
}

rootfs_tarball() {
  local tarball="$CACHE/debian-$SUITE-minbase.tar" mirror tree
  if [ -s "$tarball" ] && [ "${REBUILD:-0}" != 1 ]; then
    log "debootstrap tree cached: $tarball"
    return
  fi
  command -v debootstrap >/dev/null || {
    log "installing debootstrap (Debian package)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null 2>&1 || {
      apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null
    }
  }
  mirror=$(debian_mirror)
  [ -n "$mirror" ] || { log "no Debian mirror in /etc/apt/sources*; set ANSWERLENS_DEBIAN_MIRROR"; return 1; }
  mkdir -p "$CACHE"
  tree=$(mktemp -d "$CACHE/rootfs.XXXXXX")
  log "debootstrap --variant=minbase $SUITE from $mirror (log: $CACHE/debootstrap.log)"
  if ! debootstrap --variant=minbase "$SUITE" "$tree" "$mirror" >"$CACHE/debootstrap.log" 2>&1; then
    tail -n 20 "$CACHE/debootstrap.log"; rm -rf "$tree"; return 1
  fi
  # what apt needs again only after its next update
  rm -rf "$tree"/var/lib/apt/lists/* "$tree"/var/cache/apt/*.bin "$tree"/var/cache/apt/archives/*.deb
  tar --numeric-owner -C "$tree" -cf "$tarball.part" .
  mv "$tarball.part" "$tarball"
  rm -rf "$tree"
}

build_base() {
  rootfs_tarball
  docker import --change 'CMD ["bash"]' "$CACHE/debian-$SUITE-minbase.tar" "$BASE" >/dev/null
}

build_jre() {
  docker build -q --network host -t "$JRE" - >/dev/null <<DOCKERFILE
FROM $BASE
RUN apt-get update \\
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-21-jre-headless \\
 && rm -rf /var/lib/apt/lists/*
DOCKERFILE
}

build_worker_runtime() {
  # the context is the Dockerfile alone: the runtime stage copies nothing
  tar -C "$ROOT" -c deploy/docker/scrape-worker.Dockerfile \
    | docker build -q --network host --target runtime --build-arg BASE_IMAGE="$JRE" \
        -f deploy/docker/scrape-worker.Dockerfile -t "$WORKER" - >/dev/null
}

docker info >/dev/null 2>&1 || { log "no docker daemon answers (DOCKER_HOST=${DOCKER_HOST:-default})"; exit 1; }
rebuilt=0
if exists "$BASE"; then log "$BASE present"; else timed "$BASE built" build_base; rebuilt=1; fi
if [ $rebuilt = 0 ] && exists "$JRE"; then log "$JRE present"; else timed "$JRE built" build_jre; rebuilt=1; fi
if [ $rebuilt = 0 ] && exists "$WORKER"; then log "$WORKER present"; else timed "$WORKER built" build_worker_runtime; fi
docker image ls --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep -E "^($BASE|$JRE|$WORKER) " | sed 's/^/[local-base] /'
