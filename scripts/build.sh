#!/usr/bin/env bash
# Release build of the static site into dist/. PUBLIC_URL is "./" by default (works from any
# folder); set it to an absolute path such as /zelfevaluatie/ only if your host needs that.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release ${PUBLIC_URL:+--public-url "$PUBLIC_URL"}
