#!/usr/bin/env bash
# End-to-end tests of the REAL built Regia app, the one entry point.
#
#   bash tests/e2e/run.sh                 # every tests/e2e/*.test.mjs
#   bash tests/e2e/run.sh smoke.test.mjs  # just these files (relative to the
#                                         # current directory or to tests/e2e/)
#
# Starts ONE Xvfb on a free display, runs the files one at a time with node's
# test runner under a hard overall timeout, kills every driver/app the tests
# left behind and the Xvfb, and prints as its LAST line exactly
#   N passed, N failed
# Exit status: 0 only if every test passed. A runner crash, a timeout, a
# missing prerequisite or a run with no test counts as one more failure.
#
# Needs (see .ci/install-deps.sh test): Xvfb, WebKitWebDriver, sqlite3,
# ImageMagick, node_modules here, .tools/bin/tauri-driver, and the app built
# with the Tauri CLI (target/debug/regia; override with REGIA_APP=/path).
# Environment: E2E_TIMEOUT (seconds, default 900), REGIA_APP, TAURI_DRIVER,
# WEBKIT_WEBDRIVER, E2E_KEEP_DATA=1 (keep temp data homes), WDIO_LOG_LEVEL.
set -uo pipefail

HERE="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CALLER_PWD="$PWD"
cd "$HERE" || exit 2

TIMEOUT="${E2E_TIMEOUT:-900}"
ARTIFACTS="$HERE/artifacts"
TAP="$ARTIFACTS/e2e.tap"
export REGIA_APP="${REGIA_APP:-$ROOT/target/debug/regia}"
export TAURI_DRIVER="${TAURI_DRIVER:-$ROOT/.tools/bin/tauri-driver}"
export WEBKIT_WEBDRIVER="${WEBKIT_WEBDRIVER:-/usr/bin/WebKitWebDriver}"

say() { printf 'e2e: %s\n' "$*" >&2; }
finish() { # passed failed exit-code
  printf '%s passed, %s failed\n' "$1" "$2"
  exit "$3"
}
prereq_fail() {
  say "$*"
  finish 0 1 2
}

# --- prerequisites -----------------------------------------------------------
for tool in node Xvfb sqlite3 identify import timeout xdotool; do
  command -v "$tool" >/dev/null 2>&1 || prereq_fail "missing '$tool' on PATH (run: bash .ci/install-deps.sh test)"
done
[ -x "$WEBKIT_WEBDRIVER" ] || prereq_fail "missing WebKitWebDriver at $WEBKIT_WEBDRIVER (apt-get install webkit2gtk-driver)"
[ -x "$TAURI_DRIVER" ] || prereq_fail "missing tauri-driver at $TAURI_DRIVER (cargo install tauri-driver --version ^2 --locked --root $ROOT/.tools)"
[ -x "$REGIA_APP" ] || prereq_fail "missing app binary at $REGIA_APP (cd src-tauri && ../ui/node_modules/.bin/tauri build --debug --no-bundle)"
if [ ! -d "$HERE/node_modules/webdriverio" ]; then
  say "installing npm packages in tests/e2e"
  npm ci --no-audit --no-fund --loglevel=error </dev/null >&2 || prereq_fail "npm ci failed in $HERE"
fi

files=()
if [ "$#" -gt 0 ]; then
  for f in "$@"; do
    # A path as given from the caller's directory, or relative to tests/e2e/.
    if [ -f "$CALLER_PWD/$f" ] || { [ "${f#/}" != "$f" ] && [ -f "$f" ]; }; then
      [ "${f#/}" != "$f" ] || f="$CALLER_PWD/$f"
    elif [ ! -f "$HERE/$f" ]; then
      prereq_fail "no such test file: $f"
    fi
    files+=("$f")
  done
else
  shopt -s nullglob
  files=(./*.test.mjs)
  shopt -u nullglob
fi
[ "${#files[@]}" -gt 0 ] || prereq_fail "no tests/e2e/*.test.mjs files"

mkdir -p "$ARTIFACTS/logs"
# Driver logs are named per process, so runs never clash; drop day-old ones.
find "$ARTIFACTS/logs" -type f -name '*.log' -mmin +1440 -delete 2>/dev/null || true

# --- one Xvfb for the whole run ------------------------------------------------
RUN_DIR="$(mktemp -d "${TMPDIR:-/tmp}/regia-e2e-run.XXXXXX")"
mkdir -p "$RUN_DIR/pgids"
export E2E_PGID_DIR="$RUN_DIR/pgids"
# Counts come from this run's own TAP file (two runs at once must not mix);
# it is copied to artifacts/e2e.tap at the end.
RUN_TAP="$RUN_DIR/e2e.tap"
XVFB_PID=""
RUNNER_PID=""

cleanup() {
  local f
  # The test runner (timeout leads its own process group), if still running.
  if [ -n "$RUNNER_PID" ] && kill -0 "$RUNNER_PID" 2>/dev/null; then
    kill -TERM -- "-$RUNNER_PID" 2>/dev/null || true
    sleep 1
    kill -KILL -- "-$RUNNER_PID" 2>/dev/null || true
  fi
  # Driver process groups a test left running (recorded by lib/app.mjs).
  for f in "$RUN_DIR"/pgids/*; do
    [ -e "$f" ] || continue
    kill -KILL -- "-$(basename "$f")" 2>/dev/null || true
  done
  if [ -n "$XVFB_PID" ]; then
    kill "$XVFB_PID" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$XVFB_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$XVFB_PID" 2>/dev/null || true
  fi
  rm -rf "$RUN_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# -displayfd: Xvfb picks a free display itself and writes its number when ready.
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp -noreset \
  3>"$RUN_DIR/display" >"$RUN_DIR/xvfb.log" 2>&1 </dev/null &
XVFB_PID=$!
display=""
for _ in $(seq 1 100); do
  display="$(head -n1 "$RUN_DIR/display" 2>/dev/null | tr -dc '0-9')"
  [ -n "$display" ] && break
  kill -0 "$XVFB_PID" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$display" ]; then
  cat "$RUN_DIR/xvfb.log" >&2
  prereq_fail "Xvfb did not start"
fi
export DISPLAY=":$display"
unset WAYLAND_DISPLAY
say "Xvfb on $DISPLAY; app $REGIA_APP; ${#files[@]} file(s); timeout ${TIMEOUT}s"

# --- run -------------------------------------------------------------------------
# spec for people on stdout, TAP to a file for the counts; one file at a time
# (each launches a whole app; the machine has 2 cores).
timeout --kill-after=30 "$TIMEOUT" \
  node --test --test-concurrency=1 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$RUN_TAP" \
  "${files[@]}" </dev/null &
RUNNER_PID=$!
wait "$RUNNER_PID"
rc=$?
RUNNER_PID=""
[ -f "$RUN_TAP" ] && cp "$RUN_TAP" "$TAP"

passed=0
failed=0
if [ -f "$RUN_TAP" ]; then
  passed="$(grep -E '^# pass [0-9]+' "$RUN_TAP" | tail -n1 | awk '{print $3}')"
  failed="$(grep -E '^# fail [0-9]+' "$RUN_TAP" | tail -n1 | awk '{print $3}')"
  cancelled="$(grep -E '^# cancelled [0-9]+' "$RUN_TAP" | tail -n1 | awk '{print $3}')"
  passed="${passed:-0}"
  failed=$(( ${failed:-0} + ${cancelled:-0} ))
fi
have_counts=0
[ -f "$RUN_TAP" ] && grep -qE '^# pass [0-9]+' "$RUN_TAP" && have_counts=1

if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
  say "hard timeout: the suite ran longer than ${TIMEOUT}s and was killed"
  failed=$((failed + 1))
elif [ "$have_counts" -eq 0 ]; then
  say "the test runner crashed (exit $rc) before reporting counts"
  failed=$((failed + 1))
elif [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
  say "the test runner exited $rc with no failed test: counting it as a failure"
  failed=$((failed + 1))
elif [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  say "no test ran"
  failed=1
fi

say "screenshots and logs: $ARTIFACTS"
if [ "$failed" -gt 0 ]; then
  finish "$passed" "$failed" 1
fi
finish "$passed" "$failed" 0
