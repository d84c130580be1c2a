#!/usr/bin/env bash
# Installs what the build and the tests need, and skips whatever is already in place, so it is
# safe to run before every build. Needs root (apt) on Debian 12 and the package registries only:
# nothing is downloaded from anywhere else.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

WASM_SPLIT_VERSION=0.2.4
# Drives Firefox ESR for the component tests (wasm-bindgen-test-runner); not packaged by Debian.
GECKODRIVER_VERSION=0.37.1
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

step() { printf '\n==> %s\n' "$*"; }

missing_packages=()
command -v chromium >/dev/null || missing_packages+=(chromium)
command -v chromedriver >/dev/null || missing_packages+=(chromium-driver)
# The other two browsers of the tests: Firefox ESR, and WebKitGTK's MiniBrowser with its
# WebDriver, which needs a display (Xvfb).
command -v firefox-esr >/dev/null || missing_packages+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || missing_packages+=(webkit2gtk-driver)
command -v Xvfb >/dev/null || missing_packages+=(xvfb)
command -v node >/dev/null || missing_packages+=(nodejs)
command -v npm >/dev/null || missing_packages+=(npm)
command -v pkg-config >/dev/null || missing_packages+=(pkg-config)
dpkg -s libssl-dev >/dev/null 2>&1 || missing_packages+=(libssl-dev)
# Tests only: LibreOffice opens the generated .odt and .docx (tests/document_libreoffice.rs,
# tests/e2e/libreoffice.mjs). The app itself never needs it.
command -v soffice >/dev/null || missing_packages+=(libreoffice-writer-nogui)
if ((${#missing_packages[@]})); then
  step "Debian-pakketten installeren: ${missing_packages[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing_packages[@]}"
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Rust-doel wasm32-unknown-unknown toevoegen"
  rustup target add wasm32-unknown-unknown
fi

# wasm-split-cli has no --version; cargo's own record of installed packages says which one is there.
if ! grep -qs "\"wasm_split_cli_support $WASM_SPLIT_VERSION " "$HOME/.cargo/.crates.toml" || ! command -v wasm-split-cli >/dev/null; then
  step "wasm-split-cli $WASM_SPLIT_VERSION installeren (duurt ongeveer 1 minuut)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  step "wasm-bindgen-cli $WASM_BINDGEN_VERSION installeren (duurt ongeveer 2 minuten)"
  # Without --locked: its own lockfile pins a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Its --version goes on after the first line; read it whole (a pipe into grep -q can break it off).
installed_geckodriver=$(geckodriver --version 2>/dev/null || true)
installed_geckodriver=${installed_geckodriver%%$'\n'*}
if [[ "$installed_geckodriver" != "geckodriver $GECKODRIVER_VERSION" && "$installed_geckodriver" != "geckodriver $GECKODRIVER_VERSION "* ]]; then
  step "geckodriver $GECKODRIVER_VERSION installeren (duurt ongeveer 5 minuten)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
fi

if [ ! -x node_modules/.bin/wasm-opt ] || ! cmp -s package-lock.json node_modules/.package-lock.json.installed; then
  step "npm-pakketten installeren (NL Design System, binaryen, esbuild, playwright-core, selenium-webdriver, axe-core, SurveyJS voor de benchmark)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.package-lock.json.installed
fi
