# Sourced by the other scripts: tools installed by setup.sh come first on PATH.
# (npm's binaryen provides wasm-opt; cargo installs trunk and wasm-bindgen.)
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# Debian's chromium, for the end-to-end tests.
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
