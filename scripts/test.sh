#!/usr/bin/env bash
# README's test command (`npm test`): installs what the tests need on a fresh machine, then type-checks,
# lints and runs the unit and integration tests.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/vitest ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
export PATH="$PWD/node_modules/.bin:$PATH"
tsc -p tsconfig.json --noEmit
eslint .
vitest run
