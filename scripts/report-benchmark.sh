#!/usr/bin/env bash
# How fast a large HTML report opens: builds a corpus with ../shared/bench/make_corpus.py, writes
# its timeline report, and reads the page's time to first render from headless Chromium (the
# page writes data-ready-ms, milliseconds from navigation to the first view being built, on its
# <html> element). The default 13 MB corpus gives about 10,000 timeline events.
#
#   scripts/report-benchmark.sh [SIZE_MB] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."

size=${1:-13}
runs=${2:-5}
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "needs chromium (Debian: apt-get install chromium)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product chronicle >/dev/null
python3 ../shared/bench/make_corpus.py "$size" "$work/corpus.jsonl"
start=$(date +%s.%N)
.build/release/chronicle timeline "$work/corpus.jsonl" --format html --quiet -o "$work/report.html"
end=$(date +%s.%N)
printf 'report: %s bytes, written in %.1f s\n' "$(stat -c %s "$work/report.html")" "$(echo "$end - $start" | bc)"

for run in $(seq "$runs"); do
  "$browser" --headless --disable-gpu --no-sandbox --no-first-run --user-data-dir="$work/profile-$run" \
    --window-size=1400,900 --dump-dom "file://$work/report.html" 2>/dev/null \
    | grep -o '<html [^>]*>' | head -n 1
done | python3 -c '
import re, statistics, sys
rows = [dict(re.findall(r"data-([a-z-]+)=\"([^\"]*)\"", line)) for line in sys.stdin]
if not rows or any(row.get("status") != "ready" for row in rows):
    sys.exit("the page did not become ready: %r" % rows)
print("%s events, %s documents, %s entities" % (rows[0]["events"], rows[0]["documents"], rows[0]["entities"]))
for key, label in (("script-start-ms", "page loaded up to the script"), ("parse-ms", "JSON.parse"), ("ready-ms", "time to first render")):
    values = [float(row[key]) for row in rows]
    print("%-30s median %7.0f ms  (runs: %s)" % (label, statistics.median(values), ", ".join("%.0f" % v for v in values)))
'
