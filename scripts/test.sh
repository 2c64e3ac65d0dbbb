#!/usr/bin/env bash
# The whole suite, as CI runs it: format, lint, type-check (tests included), then every test
# (unit, both databases, browser). Under CI=true a missing PostgreSQL or Chromium fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's chromium package for the browser tests"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

echo "== format";     npx prettier --check . --log-level warn
echo "== lint";       npx eslint . --max-warnings 0
echo "== type-check"; npx tsc -p tsconfig.json --noEmit
echo "== tests";      npx vitest run "$@"
