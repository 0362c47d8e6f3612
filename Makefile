# Thematic: `make analyze` runs the bundled study end to end; `make test` runs every test.
SWIFT      ?= swift
PIPELINE   ?= Fixtures/tech-champions/pipeline.yaml
OUT        ?= out
RELEASE_BIN = .build/release/thematic
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps browser-deps build build-release analyze verify test test-fast bench fuzz report-check slurm-deps slurm-check clean

all: analyze

# System libraries the Swift targets link (see Package.swift's system-library targets).
deps:
	@pkg-config --exists libxml-2.0 || { \
	  echo "installing libxml2-dev"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libxml2-dev pkg-config; }
	@pkg-config --exists zlib || { \
	  echo "installing zlib1g-dev"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq zlib1g-dev; }
	@pkg-config --exists libcrypto || { \
	  echo "installing libssl-dev (libcrypto: digests and the key's sealing)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libssl-dev; }
	@[ -f /usr/include/libstemmer.h ] || { \
	  echo "installing libstemmer-dev (Snowball stemmers; it has no pkg-config file)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libstemmer-dev; }

# Headless chromium and chromedriver for the review page's browser tests (Tests/ThematicReviewTests); they fail
# loudly without them unless THEMATIC_SKIP_BROWSER=1.
browser-deps:
	@{ command -v chromium >/dev/null && command -v chromedriver >/dev/null; } || { \
	  echo "installing chromium and chromium-driver"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver; }

build: deps
	$(SWIFT) build

build-release: deps
	$(SWIFT) build -c release --product thematic

analyze: build-release
	$(RELEASE_BIN) analyze $(PIPELINE) --out $(OUT) --key $(OUT).key

verify: build-release
	@[ -f $(OUT)/manifest.json ] || $(RELEASE_BIN) analyze $(PIPELINE) --out $(OUT)
	$(RELEASE_BIN) verify $(OUT) --pipeline $(PIPELINE)

# Warnings in our own targets fail the build (dependencies' warnings are theirs); the log is kept for reading.
# The suite runs in three tiers, each timed (the browser tier is below): the slow tier (SLOW_TESTS: the scaffold test, which builds a copy of the
# package and a package outside it, and the tests that run whole corpora or whole CLI pipelines) after the rest, so
# `make test-fast` can leave it out while editing. Every part prints its time; the list is repeated at the end.
SLOW_TESTS = ScaffoldTests|AnonymizerTests|ChunkedAnonymizationTests|ShardedAnonymizationTests|ReplacementTypeTests|ShardedRunTests|HostileInputTests
# The tests that drive headless Chromium run in a process of their own, beside the slow tier: beside a tier's blocking
# tests in one process they wait for threads of the shared pool, and chromedriver's start-up outlasts its deadline.
BROWSER_TESTS = ReviewPageBrowserTests|ReviewEndToEndTests
test: deps browser-deps
	@rm -f .build/test-times.txt
	@bash scripts/timed.sh "dependency check" python3 scripts/check-dependencies.py
	@mkdir -p .build
	@bash scripts/timed.sh "build (with tests)" bash -o pipefail -c '$(SWIFT) build --build-tests 2>&1 | tee .build/test-build.log'
	@if grep -E "^$(CURDIR)/(Sources|Tests|Plugins|Benchmarks)/[^:]*:[0-9]+:[0-9]+: warning:" .build/test-build.log; then \
	  echo "error: warnings in our targets (above); fix them"; exit 1; fi
	@bash scripts/timed.sh "suite, fast tier" $(SWIFT) test --skip-build --skip '$(SLOW_TESTS)|$(BROWSER_TESTS)'
	@bash scripts/timed.sh "suite, slow and browser tiers" env SWIFT=$(SWIFT) bash scripts/slow-and-browser-tiers.sh '$(SLOW_TESTS)' '$(BROWSER_TESTS)'
	@echo "make test times:"; cat .build/test-times.txt

# The fast tier alone (no scaffold build, no whole corpora): for the edit-test loop, not for CI.
test-fast: deps
	@mkdir -p .build
	@bash scripts/timed.sh "build (with tests)" $(SWIFT) build --build-tests
	@bash scripts/timed.sh "suite, fast tier" $(SWIFT) test --skip-build --skip '$(SLOW_TESTS)|$(BROWSER_TESTS)'

bench: build-release
	$(SWIFT) build -c release --product autocoding-benchmark
	$(SWIFT) build -c release --product anonymization-benchmark
	@command -v xmllint >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libxml2-utils; }
	@command -v /usr/bin/time >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq time; }
	bash Benchmarks/run.sh

# Fuzzes the XML reader, the YAML loaders, the rule parser and the CSV readers (FUZZ_SECONDS each, default 60);
# fails on a crash and keeps the input in Fuzz/regressions/ for make test.
fuzz: deps
	bash scripts/fuzz.sh

# Runs the bundled study on a private one-node Slurm cluster as 3 shards (installs slurm-wlm and munge when missing,
# stops only the daemons it started) and checks it publishes the same bytes and key as one process.
# THEMATIC_BIN=… checks a binary already built (CI uses the debug build `make test` made: a release build would add
# minutes and shards publish the same bytes from either).
# Slurm and munge for slurm-check (Debian slurm-wlm, munge); CI installs them while the tests run.
slurm-deps:
	@{ command -v slurmctld >/dev/null && command -v munged >/dev/null; } || { \
	  echo "installing slurm-wlm and munge"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null; }

slurm-check: slurm-deps $(if $(THEMATIC_BIN),,build-release)
	bash scripts/slurm-check.sh

# Renders out/report.html in headless chromium (installed when missing) and fails on a rendering problem.
report-check: analyze
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; }
	bash scripts/report-check.sh $(OUT)/report.html

clean:
	rm -rf .build .build-fuzz .fuzz $(OUT) .bench .report-check
