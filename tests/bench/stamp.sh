#!/usr/bin/env bash
# Writes the moment it runs (seconds since the epoch, microseconds) to
# $BENCH_STAMP and becomes the program it was given: bench.mjs measures a
# launch from here to the page's "first-screen" mark. $EPOCHREALTIME needs no
# extra process, so the stamp costs the same for both apps and next to nothing.
printf '%s\n' "$EPOCHREALTIME" >"$BENCH_STAMP"
exec "$@"
