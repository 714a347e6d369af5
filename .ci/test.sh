#!/usr/bin/env bash
# Runs every check and suite, keeps going after a failure, and ends with one
# line summing them all: "N passed, N failed". Exits non-zero if anything failed.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
logs="$root/target/test-logs"
mkdir -p "$logs"
passed=0
failed=0
failures=()

started=$SECONDS
section() { printf '\n=== %s ===\n' "$*"; started=$SECONDS; }
count() { # name, passed, failed
  passed=$((passed + $2)); failed=$((failed + $3))
  [ "$3" -gt 0 ] && failures+=("$1 ($3)")
  printf -- '--- %s: %s passed, %s failed (%ss)\n' "$1" "$2" "$3" "$((SECONDS - started))"
}
check() { # name, command...: a lint or gate counts as one check
  local name="$1"; shift
  section "$name"
  if "$@"; then count "$name" 1 0; else count "$name" 0 1; fi
}

check "cargo fmt" cargo fmt --all -- --check
check "cargo clippy" cargo clippy --workspace --all-targets --locked -- -D warnings
check "tsc (strict)" npm --prefix ui run --silent typecheck
check "eslint" npm --prefix ui run --silent lint

section "cargo test (core, bindings and capability checks)"
cargo test --workspace --locked 2>&1 | tee "$logs/cargo.log"
cargo_status=${PIPESTATUS[0]}
read -r p f < <(awk '/^test result:/ {for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } } END { print p + 0, f + 0 }' "$logs/cargo.log")
[ "$cargo_status" -ne 0 ] && [ "$f" -eq 0 ] && f=1
count "cargo test" "$p" "$f"

section "vitest (UI components, i18n catalogs)"
(cd ui && npx vitest run --reporter=default --reporter=json --outputFile="$logs/vitest.json")
vitest_status=$?
read -r p f < <(node -e 'try { const r = require(process.argv[1]); console.log(r.numPassedTests, r.numFailedTests) } catch { console.log(0, 1) }' "$logs/vitest.json")
[ "$vitest_status" -ne 0 ] && [ "$f" -eq 0 ] && f=1
count "vitest" "$p" "$f"

section "end to end (the real app under Xvfb)"
if make --no-print-directory app-debug; then
  bash tests/e2e/run.sh 2>&1 | tee "$logs/e2e.log"
  e2e_status=${PIPESTATUS[0]}
  read -r p f < <(grep -E '^[0-9]+ passed, [0-9]+ failed' "$logs/e2e.log" | tail -n 1 | awk '{print $1, $3}')
  p=${p:-0}; f=${f:-1}
  [ "$e2e_status" -ne 0 ] && [ "$f" -eq 0 ] && f=1
else
  p=0; f=1
fi
count "e2e" "$p" "$f"

echo
[ ${#failures[@]} -gt 0 ] && echo "failed: ${failures[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
