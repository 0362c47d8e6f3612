#!/usr/bin/env bash
# usage: scripts/slow-and-browser-tiers.sh SLOW_FILTER BROWSER_FILTER
# Runs the slow tier and, beside it in a process of its own, the browser tier; both must pass. The browser tests
# wait on chromedriver and Chromium more than they compute (10 s of processor in 12 s), so beside the slow tier they
# cost about half their time. They cannot share the slow tier's process (beside blocking tests, chromedriver's
# start-up waits for threads of the shared pool and outlasts its deadline), nor a second `swift test` (SwiftPM locks
# the build folder), so the test bundle `make test` built is run directly, as `swift test` runs it.
set -uo pipefail
slow=$1
browser=$2
bundle=.build/debug/ThematicPackageTests.xctest
[ -x "$bundle" ] || { echo "error: $bundle is missing (swift build --build-tests first)"; exit 1; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT
NO_COLOR=1 bash scripts/timed.sh "suite, browser tier (beside)" "$bundle" --testing-library swift-testing --filter "$browser" > "$log" 2>&1 &
browser_pid=$!
bash scripts/timed.sh "suite, slow tier" "${SWIFT:-swift}" test --skip-build --filter "$slow"
slow_status=$?
wait "$browser_pid"
browser_status=$?
echo "--- browser tier"
cat "$log"
[ "$slow_status" = 0 ] && [ "$browser_status" = 0 ]
