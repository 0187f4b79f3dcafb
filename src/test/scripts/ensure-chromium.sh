#!/bin/sh
# The browser tests drive Debian's Chromium (Playwright may not download its own browser here).
# Runs before the integration tests: installs Chromium when it is missing and we may use apt-get,
# otherwise explains what to do. CHROMIUM_PATH points at another Chromium if you have one.
set -eu
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package for the browser tests"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $chromium." >&2
echo "Install it (Debian/Ubuntu: sudo apt-get install chromium), set CHROMIUM_PATH, or skip them with -DskipITs." >&2
exit 1
