#!/usr/bin/env bash
# Makes sure the system Chromium the browser engine drives is at /usr/bin/chromium; installs Debian's
# package when it is missing and this runs as root. Playwright never downloads a browser.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "[chromium] /usr/bin/chromium is missing; run: apt-get install -y chromium" >&2
  exit 1
fi
echo "[chromium] installing Debian's chromium package" >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null || {
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
}
test -x /usr/bin/chromium
