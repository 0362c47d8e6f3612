#!/usr/bin/env bash
# `make bench`: first the full pipeline users run (the bundled stage list) over 2,000 and 20,000 generated interviews,
# against xmllint --stream on the same files, with --jobs 1 and 2, a --shards 2 run, and peak memory; results go to
# .bench/results.json. Then the parts: ingest against xmllint, autocoding with a 200-rule codebook and anonymization on
# a corpus of more than 100 MB (BENCH_COMPONENTS=0 leaves them out).
# Figures are ratios measured in the same run, because these machines are noisy.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release/thematic
WORK=.bench
INTERVIEWS=${BENCH_INTERVIEWS:-2000}

# shellcheck disable=SC2086
python3 Benchmarks/pipeline_bench.py --bin "$BIN" --work "$WORK" --sizes ${BENCH_SIZES:-2000 20000} --repeat "${BENCH_REPEAT:-3}"
[ "${BENCH_COMPONENTS:-1}" = 1 ] || exit 0

if [ ! -f "$WORK/large/pipeline.yaml" ] || [ "$(ls "$WORK/large/transcripts" | wc -l)" != "$INTERVIEWS" ]; then
  rm -rf "$WORK/large" "$WORK/small"
  echo "generating $INTERVIEWS synthetic interviews (seeded) …"
  python3 Benchmarks/generate_corpus.py "$WORK/large" --interviews "$INTERVIEWS"
  python3 Benchmarks/generate_corpus.py "$WORK/small" --interviews $((INTERVIEWS / 10))
fi
BYTES=$(cat "$WORK"/large/transcripts/*.xml | wc -c)
MB=$(python3 -c "print(f'{$BYTES/1e6:.1f}')")
echo "corpus: $INTERVIEWS interviews, $MB MB"

# Best of three wall-clock runs of a command; prints seconds.
best_of_three() {
  local best=""
  for _ in 1 2 3; do
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null 2>&1
    end=$(date +%s.%N)
    best=$(python3 -c "t=$end-$start; b='$best'; print(min(t, float(b)) if b else t)")
  done
  echo "$best"
}

# Peak resident memory (MiB) of a command.
peak_mib() {
  /usr/bin/time -f "%M" "$@" 2>&1 >/dev/null | tail -n 1 | python3 -c "import sys; print(f'{int(sys.stdin.read().strip())/1024:.0f}')"
}

FILES=("$WORK"/large/transcripts/*.xml)
XMLLINT=$(best_of_three xmllint --stream --noout "${FILES[@]}")
XMLLINT_XSD=$(best_of_three xmllint --stream --noout --schema Sources/ThematicXML/Schemas/interview-v1.xsd "${FILES[@]}")
INGEST=$(best_of_three "$BIN" validate "${FILES[@]}")
ANALYZE1=$(best_of_three "$BIN" analyze "$WORK/large/pipeline.yaml" --jobs 1 --out "$WORK/out1")
ANALYZE2=$(best_of_three "$BIN" analyze "$WORK/large/pipeline.yaml" --jobs 2 --out "$WORK/out2")
cmp -s "$WORK/out1/descriptives.json" "$WORK/out2/descriptives.json" && SAME=yes || SAME=NO

MEM_VALIDATE_LARGE=$(peak_mib "$BIN" validate "${FILES[@]}")
MEM_VALIDATE_SMALL=$(peak_mib "$BIN" validate "$WORK"/small/transcripts/*.xml)
MEM_ANALYZE_LARGE=$(peak_mib "$BIN" analyze "$WORK/large/pipeline.yaml" --jobs 1 --out "$WORK/out1")
MEM_ANALYZE_SMALL=$(peak_mib "$BIN" analyze "$WORK/small/pipeline.yaml" --jobs 1 --out "$WORK/outs")

python3 - "$BYTES" "$XMLLINT" "$XMLLINT_XSD" "$INGEST" "$ANALYZE1" "$ANALYZE2" "$SAME" \
  "$MEM_VALIDATE_SMALL" "$MEM_VALIDATE_LARGE" "$MEM_ANALYZE_SMALL" "$MEM_ANALYZE_LARGE" <<'PY'
import sys
b, xl, xlx, ing, a1, a2, same, vs, vl, as_, al = sys.argv[1:]
b = float(b); mb = b / 1e6
rate = lambda s: mb / float(s)
print(f"xmllint --stream --noout            {float(xl):7.2f} s  {rate(xl):6.1f} MB/s  (baseline)")
print(f"xmllint --stream --noout --schema   {float(xlx):7.2f} s  {rate(xlx):6.1f} MB/s")
print(f"thematic validate (parse+XSD+model) {float(ing):7.2f} s  {rate(ing):6.1f} MB/s  = {float(xl)/float(ing):.2f}x xmllint --stream, {float(xlx)/float(ing):.2f}x xmllint with XSD")
print(f"thematic analyze --jobs 1           {float(a1):7.2f} s  {rate(a1):6.1f} MB/s")
print(f"thematic analyze --jobs 2           {float(a2):7.2f} s  {rate(a2):6.1f} MB/s  speed-up {float(a1)/float(a2):.2f}x, artifacts identical: {same}")
print(f"peak memory validate: {vs} MiB at 1/10 of the corpus, {vl} MiB at full size (ratio {float(vl)/float(vs):.2f})")
print(f"peak memory analyze:  {as_} MiB at 1/10 of the corpus, {al} MiB at full size (ratio {float(al)/float(as_):.2f})")
PY

# Autocoding: a seeded 200-rule codebook over a corpus of 100+ MB (2,000 interviews of 190 turns).
CODING_INTERVIEWS=${BENCH_CODING_INTERVIEWS:-2000}
if [ ! -f "$WORK/coding/codebook.yaml" ] || [ "$(ls "$WORK/coding/transcripts" | wc -l)" != "$CODING_INTERVIEWS" ]; then
  rm -rf "$WORK/coding"
  echo "generating $CODING_INTERVIEWS long synthetic interviews and a 200-rule codebook (seeded) …"
  python3 Benchmarks/generate_corpus.py "$WORK/coding" --interviews "$CODING_INTERVIEWS" --turns 190
  python3 Benchmarks/generate_codebook.py "$WORK/coding/codebook.yaml" --rules 200
fi
.build/release/autocoding-benchmark "$WORK/coding/codebook.yaml" "$WORK/coding/study.yaml" "$WORK"/coding/transcripts/*.xml
MEM_AUTOCODE=$(peak_mib .build/release/autocoding-benchmark "$WORK/coding/codebook.yaml" "$WORK/coding/study.yaml" "$WORK"/coding/transcripts/*.xml)
echo "peak memory autocoding benchmark (corpus held in memory, three timed rounds): $MEM_AUTOCODE MiB"

# Anonymization on the same 100+ MB corpus: in memory (the stage's work alone), then end to end through the command
# line (reading, the stage, the leak gate over everything published, writing and the one file-system sync), both
# with two threads, in this run, so the ratio says what reading, gating and writing cost.
.build/release/anonymization-benchmark "$WORK/coding/study.yaml" "$WORK"/coding/transcripts/*.xml | tee "$WORK/anonymization.txt"
CODING_BYTES=$(cat "$WORK"/coding/transcripts/*.xml | wc -c)
rm -rf "$WORK/anon-out" "$WORK/anon.key"
ANON_CLI=$(best_of_three "$BIN" anonymize --jobs 2 --study "$WORK/coding/study.yaml" --key "$WORK/anon.key" --out "$WORK/anon-out" "$WORK"/coding/transcripts/*.xml)
python3 - "$CODING_BYTES" "$ANON_CLI" "$WORK/anonymization.txt" <<'PY'
import re, sys
b, cli, report = float(sys.argv[1]), float(sys.argv[2]), open(sys.argv[3]).read()
mb = b / 1e6
memory = re.search(r"anonymize --jobs 2\s+([\d.]+) s\s+([\d.]+) MB/s", report)
print(f"thematic anonymize --jobs 2 (end to end) {cli:7.2f} s  {mb / cli:6.1f} MB/s", end="")
if memory:
    print(f"  = {float(memory.group(1)) / cli:.2f} of the in-memory rate ({float(memory.group(2)):.1f} MB/s)")
else:
    print()
PY
MEM_ANON=$(peak_mib .build/release/anonymization-benchmark "$WORK/coding/study.yaml" "$WORK"/coding/transcripts/*.xml)
echo "peak memory anonymization benchmark (corpus held in memory, six timed runs): $MEM_ANON MiB"
