#!/usr/bin/env bash
# Development server: `trunk serve` rebuilds and reloads the page on every change (debug build,
# no code splitting: functions marked `#[cfg_attr(wasm_split, lazy)]` are linked in as usual).
# The release site, split and with its service worker, comes from scripts/build.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

TRUNK_VERSION=0.21.14
if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  printf '\n==> trunk %s installeren (eenmalig, duurt ongeveer 6 minuten)\n' "$TRUNK_VERSION"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
exec trunk serve --port "${PORT:-8080}" "$@"
