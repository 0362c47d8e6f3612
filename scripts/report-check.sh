#!/usr/bin/env bash
# `make report-check`: open report.html in a real headless browser (Debian's chromium), take a screenshot, and fail
# on a rendering problem: chromium failing, a console error, a page without its sections or figures, or a blank
# screenshot. The screenshot goes to .report-check/, never into the artifact folder (verify would see a stray file).
set -euo pipefail
REPORT=${1:-out/report.html}
WORK=.report-check
mkdir -p "$WORK"
[ -f "$REPORT" ] || { echo "report-check: $REPORT does not exist (run make analyze first)" >&2; exit 1; }
URL="file://$(cd "$(dirname "$REPORT")" && pwd)/$(basename "$REPORT")"
FLAGS=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions)

chromium "${FLAGS[@]}" --window-size=1366,900 --screenshot="$WORK/report-laptop.png" "$URL" 2> "$WORK/chromium.log" >/dev/null
chromium "${FLAGS[@]}" --window-size=1366,12000 --screenshot="$WORK/report-full.png" "$URL" 2>> "$WORK/chromium.log" >/dev/null
chromium "${FLAGS[@]}" --no-pdf-header-footer --print-to-pdf="$WORK/report.pdf" "$URL" 2>> "$WORK/chromium.log" >/dev/null
chromium "${FLAGS[@]}" --enable-logging=stderr --v=0 --dump-dom "$URL" > "$WORK/dom.html" 2> "$WORK/console.log"

fail() { echo "report-check: $*" >&2; exit 1; }
grep -E "Uncaught|CONSOLE\(|Refused to load|net::ERR_" "$WORK/console.log" && fail "the browser reported errors (see $WORK/console.log)"
for section in study participants themes coreq; do
  grep -q "id=\"$section\"" "$WORK/dom.html" || fail "the rendered page has no #$section section"
done
[ "$(grep -o "<svg" "$WORK/dom.html" | wc -l)" -ge 1 ] || fail "the rendered page has no figure"
grep -Eq "(src|href)=\"(https?:)?//" "$WORK/dom.html" && fail "the report refers to an external resource"
for png in report-laptop.png report-full.png; do
  size=$(stat -c %s "$WORK/$png")
  [ "$size" -gt 20000 ] || fail "$png is $size bytes: the page rendered blank"
done
[ "$(stat -c %s "$WORK/report.pdf")" -gt 20000 ] || fail "the printed PDF is nearly empty"
echo "report-check: $REPORT renders (screenshots $WORK/report-laptop.png, $WORK/report-full.png; print $WORK/report.pdf)"
