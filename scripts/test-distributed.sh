#!/usr/bin/env bash
# Shows that the distributed recipe gives the same timeline as one run: a corpus is processed by
# Spark (scripts/spark-timeline.py: chronicle as the map step in several partitions, chronicle
# merge as the reduce step) and by a single `chronicle timeline` run, and the two are compared
# byte for byte. Needs: a release build, Java 17+, `pip install pyspark`.
set -euo pipefail
cd "$(dirname "$0")/.."
chronicle=.build/release/chronicle
[ -x "$chronicle" ] || swift build -c release --product chronicle
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -f ../shared/bench/make_corpus.py ]; then
  python3 ../shared/bench/make_corpus.py "${CORPUS_MB:-2}" "$work/corpus.jsonl" >/dev/null
else
  # Without the shared generator: the samples, each a few times under different ids.
  for i in $(seq 1 25); do
    for f in samples/*.txt; do
      python3 -c 'import json,sys; print(json.dumps({"id": sys.argv[2], "text": open(sys.argv[1]).read()}))' "$f" "$i-$(basename "$f")"
    done
  done > "$work/corpus.jsonl"
fi
echo "corpus: $(wc -l < "$work/corpus.jsonl") documents"

"$chronicle" timeline --format jsonl --quiet "$work/corpus.jsonl" > "$work/single.jsonl"
python3 scripts/spark-timeline.py "$work/corpus.jsonl" "$work/spark.jsonl" --partitions "${PARTITIONS:-4}"
if cmp -s "$work/single.jsonl" "$work/spark.jsonl"; then
  echo "identical: $(wc -l < "$work/single.jsonl") events, single run and Spark map + chronicle merge"
else
  echo "the timelines differ:" >&2
  diff <(head -c 2000 "$work/single.jsonl") <(head -c 2000 "$work/spark.jsonl") >&2 || true
  exit 1
fi
