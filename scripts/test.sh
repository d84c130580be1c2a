#!/usr/bin/env bash
# Every test: the pure model natively, the components and the end-to-end journeys (Playwright or
# WebDriver + axe-core, against the release build) in Chromium, Firefox ESR and WebKit.
# BROWSERS="chromium firefox" limits the browsers (for a quicker run while working).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

BROWSERS=${BROWSERS:-chromium firefox webkit}
FIREFOX=${FIREFOX:-/usr/bin/firefox-esr}
WEBKIT_WEBDRIVER=${WEBKIT_WEBDRIVER:-/usr/bin/WebKitWebDriver}
step() { printf '\n==> %s\n' "$*"; }
took() { printf '    (%s: %d s)\n' "$1" "$((SECONDS - $2))"; }

# WebKitGTK's MiniBrowser draws in a window: an X display of our own, stopped again however this
# script ends. Without a window manager the window under the pointer has the keyboard focus
# (and only a focused page has :focus styles), and the pointer rests at the screen's centre: a
# screen of 600×1200 keeps that centre inside every window, from 320 px wide on.
xvfb_pid=
stop_xvfb() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true; }
trap stop_xvfb EXIT
if [[ " $BROWSERS " == *" webkit "* ]]; then
  display_file=$(mktemp)
  Xvfb -displayfd 3 -screen 0 600x1200x24 -nolisten tcp 3>"$display_file" 2>/dev/null &
  xvfb_pid=$!
  for _ in $(seq 100); do [ -s "$display_file" ] && break; sleep 0.1; done
  [ -s "$display_file" ] || { echo "Xvfb start niet" >&2; exit 1; }
  export DISPLAY=":$(cat "$display_file")"
  rm -f "$display_file"
fi

# The component tests choose their WebDriver by environment variable (GECKODRIVER before
# SAFARIDRIVER before CHROMEDRIVER).
components_in() {
  case $1 in
    chromium) env -u GECKODRIVER -u SAFARIDRIVER "${@:2}" ;;
    firefox) env -u SAFARIDRIVER GECKODRIVER="$(command -v geckodriver)" GECKODRIVER_ARGS="--binary $FIREFOX" "${@:2}" ;;
    webkit) env -u GECKODRIVER SAFARIDRIVER="$WEBKIT_WEBDRIVER" "${@:2}" ;;
  esac
}

step "Opmaak en lint (cargo fmt, cargo clippy voor de model- en de browserbuild)"
cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings

step "Model (cargo test)"
cargo test --locked

for browser in $BROWSERS; do
  step "Componenten in $browser (wasm-bindgen-test)"
  start=$SECONDS
  components_in "$browser" cargo test --locked --target wasm32-unknown-unknown --test components
  took "componenten in $browser" "$start"
done

step "Release-build"
bash scripts/build.sh

# Every browser's journeys run, also after one failed; the run fails at the end if any did.
failed=()
for browser in $BROWSERS; do
  step "End-to-end in $browser (node --test, axe-core)"
  start=$SECONDS
  # A test that hangs (a browser that died under it) fails after 5 minutes instead of never.
  E2E_BROWSER=$browser node --test --test-concurrency=1 --test-timeout=300000 tests/e2e/ || failed+=("$browser")
  took "end-to-end in $browser" "$start"
done
if ((${#failed[@]})); then
  echo "End-to-end mislukt in: ${failed[*]}" >&2
  exit 1
fi
