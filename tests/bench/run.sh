#!/usr/bin/env bash
# `make bench`: builds what the benchmark needs, then runs bench.mjs on a
# virtual display. Builds: Regia's release binary and .deb, the bench shell
# (an empty Tauri 2 window, same versions and profile) with the month-grid
# page, and the core's release examples that seed the databases and time the
# reads in-process. Everything lands in target/bench/; the report is
# target/bench/report.md (and .json).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
tauri="$root/ui/node_modules/.bin/tauri"
say() { printf '==> %s\n' "$*" >&2; }

started=$SECONDS
say "building Regia in release, with its .deb"
make --no-print-directory package >/dev/null
say "building the month-grid page and the bench shell"
npm --prefix ui run --silent bench:build >/dev/null
(cd tests/bench/shell && "$tauri" build --no-bundle >/dev/null)
say "building the core's seed and timer"
cargo build --release --quiet -p regia-core --example bench_seed --example bench_core
built=$((SECONDS - started))

export BENCH_DIR="$root/target/bench"
export REGIA_RELEASE="$root/target/release/regia"
export BENCH_SHELL="$root/target/release/regia-bench-shell"
export BENCH_SEED="$root/target/release/examples/bench_seed"
export BENCH_CORE="$root/target/release/examples/bench_core"
REGIA_DEB="$(ls -t "$root"/target/release/bundle/deb/*.deb | head -n 1)"
export REGIA_DEB
export TAURI_DRIVER="${TAURI_DRIVER:-$root/.tools/bin/tauri-driver}"
export WEBKIT_WEBDRIVER="${WEBKIT_WEBDRIVER:-/usr/bin/WebKitWebDriver}"
mkdir -p "$BENCH_DIR"

say "measuring (built in ${built} s)"
# One display for both apps; launch() gives each the end-to-end tests' environment.
xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp" node tests/bench/bench.mjs
say "report: $BENCH_DIR/report.md ($((SECONDS - started)) s in all)"
