#!/usr/bin/env bash
# Release build of the static site into dist/, with the WebAssembly split into a main module and
# chunks that load on first use (functions marked `#[cfg_attr(wasm_split, lazy)]`).
#
# Trunk 0.21 cannot split, so this runs the steps in the order cargo-leptos uses:
#   1. cargo build with relocations kept (wasm-split needs them to find what each function uses);
#   2. wasm-split-cli: main module, one chunk per lazy function (plus shared chunks), and the
#      loader __wasm_split.js that fetches a chunk when its function is first called;
#   3. wasm-bindgen on the main module, keeping the exports the chunks link against;
#   4. wasm-opt -Oz on every module;
#   5. scripts/write-site.mjs: hashed file names, index.html, loader, questionnaires, sw.js.
#
# PUBLIC_URL is "./" by default (the site works from any folder); set it to an absolute path such
# as /zelfevaluatie/ only if your host needs absolute asset URLs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

NAME=zelfevaluatie-wmo-toezicht
WORK=target/site
started=$SECONDS

step() { printf '\n==> %s\n' "$*"; }

step "cargo build (release, wasm32, met --emit-relocs)"
# RUSTFLAGS replaces the rustflags of .cargo/config.toml, so they are repeated here
# (tests/build_config.rs checks that every one of them is).
RUSTFLAGS="--cfg erase_components --cfg wasm_split -Clink-args=--emit-relocs" \
  cargo build --locked --release --target wasm32-unknown-unknown --bin "$NAME"

rm -rf "$WORK"
mkdir -p "$WORK/split" "$WORK/out"

step "wasm-split-cli"
wasm-split-cli "target/wasm32-unknown-unknown/release/$NAME.wasm" "$WORK/split" --out-name "$NAME" --target web

step "wasm-bindgen"
wasm-bindgen --target web --keep-lld-exports --no-demangle --out-name "$NAME" --out-dir "$WORK/out" "$WORK/split/$NAME.wasm"
# The chunks and their loader go beside the main module's JavaScript, which imports the loader.
find "$WORK/split" -maxdepth 1 -type f ! -name "$NAME.wasm" -exec cp {} "$WORK/out/" \;

step "wasm-opt -Oz"
for module in "$WORK"/out/*.wasm; do
  # The features Rust 1.95 enables for wasm32 by default; wasm-opt must keep them.
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue "$module" -o "$module"
done

step "site schrijven in dist/"
node scripts/write-site.mjs --from "$WORK/out" --name "$NAME" --out dist --public-url "${PUBLIC_URL:-./}"

printf '\nRelease-build klaar in %d s.\n' $((SECONDS - started))
