#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (release, with AddressSanitizer) and runs each for a
# bounded time, seeded from samples/ and Fuzz/seeds/.
#
#   scripts/fuzz.sh                    # every target, FUZZ_SECONDS (default 600) each
#   FUZZ_SECONDS=60 scripts/fuzz.sh sentences times
#   FUZZ_JOBS=2 scripts/fuzz.sh        # run two targets at once (default 1)
#   FUZZ_BUILD=0 scripts/fuzz.sh ...   # reuse the last build
#
# Targets: sentences, entities, times, jsonl, gazetteers, pipeline. Working corpora grow in
# Fuzz/.build/corpus/<target> (kept between runs), crash/timeout/OOM inputs and logs go to
# fuzz-artifacts/<target>/ (not committed). Extra arguments for libFuzzer: FUZZ_ARGS.
# Exit status: 0 when no target found anything, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

all_targets=(sentences entities times jsonl gazetteers pipeline)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
seconds=${FUZZ_SECONDS:-600}
jobs=${FUZZ_JOBS:-1}
timeout=${FUZZ_TIMEOUT:-10}
artifacts=${FUZZ_ARTIFACTS:-$root/fuzz-artifacts}
corpora=$root/Fuzz/.build/corpus

binary() {
  case "$1" in
    sentences) echo FuzzSentences ;; entities) echo FuzzEntities ;; times) echo FuzzTimes ;;
    jsonl) echo FuzzJSONLines ;; gazetteers) echo FuzzGazetteers ;; pipeline) echo FuzzPipeline ;;
    *) echo "unknown target '$1' (expected: ${all_targets[*]})" >&2; return 1 ;;
  esac
}
max_len() {
  case "$1" in
    gazetteers | jsonl) echo 8192 ;; pipeline) echo 16384 ;; *) echo 32768 ;;
  esac
}
seed_dirs() {
  case "$1" in
    jsonl) echo "$root/Fuzz/seeds/jsonl" ;;
    gazetteers) echo "$root/Fuzz/seeds/gazetteers" ;;
    *) echo "$root/samples $root/Fuzz/seeds/text" ;;
  esac
}

for target in "${targets[@]}"; do binary "$target" >/dev/null; done

if [ "${FUZZ_BUILD:-1}" != 0 ]; then
  # After a change to the layout of one of ChronicleKit's public types, an incremental build of
  # this package has been seen to leave a fuzz target compiled against the old layout: it then
  # "crashes" (a stack-buffer-overflow copying a Document) on its first input. The library's own
  # rebuild takes most of the time anyway, so the products start afresh whenever the library's
  # sources changed; the corpora in Fuzz/.build/corpus stay.
  stamp=$root/Fuzz/.build/sources.sha1
  sources=$(cd "$root" && find Sources -type f -print0 | sort -z | xargs -0 sha1sum | sha1sum | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$sources" ]; then
    rm -rf "$root/Fuzz/.build/release" "$root/Fuzz/.build/$(uname -m)-unknown-linux-gnu"
  fi
  # --sanitize=fuzzer makes SwiftPM link libFuzzer's main instead of the targets' own (they have
  # none: -parse-as-library). The Swift driver keeps only the last -sanitize= option, so the
  # combined one comes after it, or the library would get no coverage or no AddressSanitizer;
  # -Xcc adds AddressSanitizer to the C target (the ICU wrapper).
  swift build -c release --package-path Fuzz --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address \
    -Xswiftc -parse-as-library -Xcc -fsanitize=address
  echo "$sources" >"$stamp"
fi
bin=$(swift build -c release --package-path Fuzz --show-bin-path)

export CHRONICLE_DATA=$root/gazetteers
# Swift's runtime keeps caches that the leak checker would report; memory growth is caught by
# -rss_limit_mb instead.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
# The Swift runtime's crash backtracer reads memory in ways AddressSanitizer reports as a second
# error; AddressSanitizer prints the stack (with the runtime failure's reason) anyway.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}

run() {
  local target=$1 name corpus out log
  name=$(binary "$target")
  corpus=$corpora/$target
  out=$artifacts/$target
  log=$out/fuzz.log
  mkdir -p "$corpus" "$out"
  touch "$out/.started"
  local started=$SECONDS
  # libFuzzer reads seeds from every directory but adds new inputs to the first one only.
  # shellcheck disable=SC2046
  "$bin/$name" "$corpus" $(seed_dirs "$target") \
    -max_total_time="$seconds" -timeout="$timeout" -max_len="$(max_len "$target")" \
    -rss_limit_mb=4096 -print_final_stats=1 -detect_leaks=0 \
    -artifact_prefix="$out/" ${FUZZ_ARGS:-} >"$log" 2>&1 || true
  # Wall-clock seconds: less than FUZZ_SECONDS when the target stopped at a crash.
  echo $((SECONDS - started)) >"$out/.seconds"
}

report() {
  local target=$1 out log runs found
  out=$artifacts/$target
  log=$out/fuzz.log
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  # Only what this run wrote: inputs from earlier runs stay in the directory.
  found=$(find "$out" -maxdepth 1 -newer "$out/.started" \
    \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | sort)
  printf '%-11s %6ss  executions: %-10s' "$target" "$(cat "$out/.seconds" 2>/dev/null || echo '?')" "${runs:-?}"
  if [ -n "$found" ]; then
    echo "FOUND: $(echo "$found" | xargs -n1 basename | tr '\n' ' ')"
  elif [ -z "$runs" ]; then
    echo "no final stats: see $log"
  else
    echo "no crash, timeout or OOM"
  fi
  grep -h '^gazetteer executions per loader' "$log" | sed 's/^/            /' || true
  [ -z "$found" ] && [ -n "$runs" ]
}

pending=("${targets[@]}")
while [ ${#pending[@]} -gt 0 ]; do
  batch=("${pending[@]:0:$jobs}")
  pending=("${pending[@]:$jobs}")
  for target in "${batch[@]}"; do
    echo "fuzzing $target for ${seconds}s ..."
    run "$target" &
  done
  wait
done

echo
status=0
for target in "${targets[@]}"; do report "$target" || status=1; done
echo "artifacts and logs: $artifacts"
exit $status
