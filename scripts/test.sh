#!/usr/bin/env bash
# README's test command (`npm test`): installs what the tests need on a fresh machine, then type-checks,
# lints and runs the unit and integration tests, ending with one "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/vitest ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
export PATH="$PWD/node_modules/.bin:$PATH"
tsc -p tsconfig.json --noEmit
eslint .
mkdir -p .test-results
status=0
vitest run --reporter=default --reporter=json --outputFile.json=.test-results/vitest.json || status=$?
node -e '
  const r = require("./.test-results/vitest.json");
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
'
exit "$status"
