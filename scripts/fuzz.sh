#!/usr/bin/env bash
# `make fuzz`: builds each libFuzzer target with AddressSanitizer and runs it for FUZZ_SECONDS (default 60) from a
# seed corpus made from Fixtures/. Fails on the first crash, hang or sanitizer report; the input that caused it is
# copied to Fuzz/regressions/<target>/ so `make test` (FuzzRegressionTests) keeps checking it.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${FUZZ_SECONDS:-60}"
TARGETS="${FUZZ_TARGETS:-XMLFuzz YAMLFuzz RuleFuzz CSVFuzz ImportFuzz}"
SCRATCH=.build-fuzz
WORK=.fuzz

seed() {
  local target=$1 dir=$WORK/$1/corpus
  mkdir -p "$dir"
  case $target in
    XMLFuzz)  cp Fixtures/tech-champions/transcripts/*.xml "$dir"/ ;;
    YAMLFuzz) cp Fixtures/tech-champions/study.yaml Fixtures/tech-champions/pipeline.yaml Fixtures/tech-champions/codebook.yaml "$dir"/ ;;
    RuleFuzz) grep -E '^\s+- ' Fixtures/tech-champions/codebook.yaml | sed -E 's/^\s+- //' | head -40 | nl -nln | while read -r n rule; do printf '%s' "$rule" > "$dir/rule-$n"; done ;;
    CSVFuzz)  cp Fixtures/tech-champions/coding/*.csv "$dir"/ ;;
    ImportFuzz) find Fixtures/import -maxdepth 2 -type f -exec cp {} "$dir"/ \;
                # The REFI-QDA samples of Tests/Resources, and the whole kit when ../shared is beside the checkout.
                for kit in Tests/Resources/interop ../shared/interop; do
                  if [ -d "$kit" ]; then find "$kit" -name '*.qd?' -o -name '*.qdpx' | while read -r f; do cp "$f" "$dir"/; done; fi
                done ;;
  esac
  if [ -d "Fuzz/regressions/$target" ]; then cp Fuzz/regressions/"$target"/* "$dir"/ 2>/dev/null || true; fi
}

status=0
for target in $TARGETS; do
  echo "== $target: building with -sanitize=fuzzer,address"
  # SwiftPM instruments only C targets with --sanitize fuzzer here; -Xswiftc brings coverage to the Swift code.
  THEMATIC_FUZZ=1 swift build --scratch-path "$SCRATCH" --product "$target" --sanitize fuzzer --sanitize address -Xswiftc -parse-as-library -Xswiftc -sanitize=fuzzer,address >/dev/null
  binary=$(THEMATIC_FUZZ=1 swift build --scratch-path "$SCRATCH" --product "$target" --sanitize fuzzer --sanitize address -Xswiftc -parse-as-library -Xswiftc -sanitize=fuzzer,address --show-bin-path)/$target
  seed "$target"
  mkdir -p "$WORK/$target/crashes"
  echo "== $target: fuzzing for ${SECONDS_EACH}s"
  if ! LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan-suppressions.txt" "$binary" "$WORK/$target/corpus" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
        -artifact_prefix="$WORK/$target/crashes/" -print_final_stats=1 2> "$WORK/$target/log.txt"; then
    echo "== $target: FAILED (log: $WORK/$target/log.txt)"
    mkdir -p "Fuzz/regressions/$target"
    cp "$WORK/$target/crashes/"* "Fuzz/regressions/$target/" 2>/dev/null || true
    tail -30 "$WORK/$target/log.txt"
    status=1
  else
    grep -E "stat::number_of_executed_units|stat::new_units_added|DONE" "$WORK/$target/log.txt" || true
  fi
done
exit $status
