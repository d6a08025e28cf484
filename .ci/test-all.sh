#!/usr/bin/env bash
# The whole test suite (`npm test`): typecheck, lint, vitest, next build, Playwright e2e.
# Prints one line per suite and, last, `N passed, N failed` over all of them; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 INNGEST_DEV=1
mkdir -p .ci-out
rm -f .ci-out/*.json

passed=0
failed=0
summary=()

count_check() { # name, exit code
  if [ "$2" -eq 0 ]; then passed=$((passed + 1)); summary+=("$1: 1 passed, 0 failed")
  else failed=$((failed + 1)); summary+=("$1: 0 passed, 1 failed"); fi
}

echo "== typecheck"; npx tsc --noEmit; count_check typecheck $?
echo "== lint"; npx eslint . --max-warnings=0 && npx prettier --check . --log-level warn; count_check lint $?

echo "== vitest"
npx vitest run --reporter=default --reporter=json --outputFile.json=.ci-out/unit.json
unit_rc=$?
if [ -f .ci-out/unit.json ]; then
  read -r up uf < <(node -e 'const r=require("./.ci-out/unit.json");console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites||0) + r.testResults.filter(t=>t.status==="failed"&&t.assertionResults.length===0).length)')
  [ "$unit_rc" -ne 0 ] && [ "$uf" -eq 0 ] && uf=1
else up=0; uf=1; fi
passed=$((passed + up)); failed=$((failed + uf)); summary+=("vitest: $up passed, $uf failed")

echo "== next build"; npx next build; build_rc=$?; count_check build $build_rc

echo "== e2e"
if [ "$build_rc" -eq 0 ]; then
  PLAYWRIGHT_JSON_OUTPUT_NAME=.ci-out/e2e.json npx playwright test --reporter=list,json
  e2e_rc=$?
  if [ -f .ci-out/e2e.json ]; then
    read -r ep ef < <(node -e 'const s=require("./.ci-out/e2e.json").stats;console.log(s.expected, s.unexpected + (s.flaky||0))')
    [ "$e2e_rc" -ne 0 ] && [ "$ef" -eq 0 ] && ef=1
  else ep=0; ef=1; fi
else ep=0; ef=1; fi
passed=$((passed + ep)); failed=$((failed + ef)); summary+=("e2e: $ep passed, $ef failed")

printf '%s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
