#!/usr/bin/env bash
# Installs what Regia needs and is missing, saying what and why.
#   install-deps.sh build   system libraries to compile the app, and the UI's npm packages
#   install-deps.sh test    the above, plus what the checks and end-to-end tests use
set -euo pipefail
mode="${1:-build}"
root="$(cd "$(dirname "$0")/.." && pwd)"

say() { printf '==> %s\n' "$*"; }

apt_install() { # why, packages...
  local why="$1"; shift
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing ${missing[*]} ($why)"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

for tool in cargo node npm; do
  command -v "$tool" >/dev/null || { echo "Regia needs $tool on PATH (Rust via rustup, Node.js 20.19+)" >&2; exit 1; }
done

apt_install "WebKitGTK, GTK and a C toolchain to build the Tauri app" \
  libwebkit2gtk-4.1-dev build-essential pkg-config
apt_install "libclang, which generates the bindings of SQLite's session extension (the exchange between installs)" \
  libclang-dev

npm_install() { # dir, why
  local dir="$1" why="$2"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "installing npm packages in ${dir#"$root"/} ($why)"
    # npm ci is exact; it refuses a lock that lacks other platforms' optional
    # packages (the Tauri CLI's macOS/Windows builds), which a registry mirror
    # without them cannot record. Then install from the same lock, saving nothing.
    (cd "$dir" && { npm ci --no-audit --no-fund --loglevel=error 2>/dev/null ||
      { say "npm ci refused the lock (platform packages missing from it); installing from it with npm install --no-save"
        npm install --no-save --no-audit --no-fund --loglevel=error; }; })
  fi
}
npm_install "$root/ui" "React UI, Vite, the Tauri CLI, Vitest"

if [ "$mode" = test ]; then
  apt_install "a virtual display, WebKit's WebDriver, sqlite3, ImageMagick and xdotool (to answer the system's file dialogs) for the end-to-end tests" \
    xvfb xauth webkit2gtk-driver sqlite3 imagemagick xdotool
  npm_install "$root/tests/e2e" "WebdriverIO for the end-to-end tests"
  if [ ! -x "$root/.tools/bin/tauri-driver" ]; then
    say "installing tauri-driver 2.x into .tools/ (drives the real app through WebKitWebDriver)"
    cargo install tauri-driver --version '^2' --locked --root "$root/.tools" --quiet
  fi
fi
