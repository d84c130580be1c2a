# The two commands of the README. Both install what they need first (idempotent).
PORT ?= 8080
BASE ?= /

.PHONY: serve test setup build dev

serve: build
	node scripts/serve-dist.mjs --dir dist --port $(PORT) --base $(BASE)

test: setup
	bash scripts/test.sh

build: setup
	bash scripts/build.sh

setup:
	bash scripts/setup.sh

# Development: trunk serve on http://127.0.0.1:$(PORT)/, rebuilt on every change (see README).
dev: setup
	bash scripts/dev.sh
