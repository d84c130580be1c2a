#!/usr/bin/env bash
# Every test: the pure model natively, the components in headless Chromium, and the end-to-end
# journeys with Playwright + axe-core against the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

printf '\n==> Opmaak en lint (cargo fmt, cargo clippy voor de model- en de browserbuild)\n'
cargo fmt --check
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings

printf '\n==> Model (cargo test)\n'
cargo test --locked

printf '\n==> Componenten in headless Chromium (wasm-bindgen-test)\n'
cargo test --locked --target wasm32-unknown-unknown --test components

printf '\n==> Release-build\n'
bash scripts/build.sh

printf '\n==> End-to-end (node --test, Playwright, axe-core)\n'
node --test --test-concurrency=1 tests/e2e/
