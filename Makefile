# Regia: two commands on a fresh Debian/Ubuntu machine.
#   make run    install what is missing, build, open the app
#   make test   install what is missing, run every check; ends with "N passed, N failed"
SHELL := /bin/bash
TAURI := $(CURDIR)/ui/node_modules/.bin/tauri
APP_DEBUG := target/debug/regia

.PHONY: run test deps test-deps ui app-debug package bindings fmt check clean-artifacts crash bench

run: deps app-debug
	./$(APP_DEBUG)

test: test-deps
	bash .ci/test.sh

deps:
	bash .ci/install-deps.sh build

test-deps:
	bash .ci/install-deps.sh test

ui:
	npm --prefix ui run --silent build

# The app as the Tauri CLI builds it: the UI embedded, served by the custom
# protocol. (A plain `cargo build` binary would point at the dev server.)
app-debug: ui
	cd src-tauri && $(TAURI) build --debug --no-bundle

# A release .deb in target/release/bundle/deb/.
package: deps ui
	cd src-tauri && $(TAURI) build --bundles deb

# Crash safety in full: the real app killed 200 times while it writes
# (`make test` runs the same test with 5 kills).
crash: test-deps app-debug
	CRASH_KILLS=$${CRASH_KILLS:-200} E2E_TIMEOUT=3600 bash tests/e2e/run.sh crash.test.mjs

# Regia side by side with an empty Tauri window and FullCalendar, in one run:
# prints and writes target/bench/report.md and report.json.
bench: test-deps
	bash tests/bench/run.sh

# Regenerates ui/src/bindings.ts from the command builder.
bindings:
	REGIA_UPDATE_BINDINGS=1 cargo test -p regia --lib committed_bindings_are_fresh

fmt:
	cargo fmt --all
	cd ui && npx eslint --fix . >/dev/null || true

check:
	cargo check --workspace --all-targets
	npm --prefix ui run --silent typecheck
