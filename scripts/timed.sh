#!/usr/bin/env bash
# usage: scripts/timed.sh LABEL COMMAND [ARG...]
# Runs COMMAND and prints how long it took (also appended to .build/test-times.txt), so `make test` shows where its
# minutes go; the command's exit status is passed on.
label=$1
shift
start=$(date +%s.%N)
"$@"
status=$?
seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
mkdir -p .build
line=$(printf 'time: %-28s %7s s%s' "$label" "$seconds" "$([ $status = 0 ] || echo "  (failed, exit $status)")")
echo "$line"
echo "$line" >> .build/test-times.txt
exit $status
