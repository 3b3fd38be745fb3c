#!/usr/bin/env bash
# Runs the release binary on hostile inputs at full and half size and prints, for each, its
# size, the wall time, the peak resident memory and the exit status — so that "time and memory
# stay linear in the input" can be checked by comparing the two sizes.
#
#   scripts/hostile-inputs.sh [SCALE] [FORMAT]
#
# SCALE (default 1) multiplies every input's size; FORMAT (default jsonl) is passed to
# `chronicle extract --format`. The inputs, written into a temporary directory:
#   line     one line of words with no punctuation at all (50 MB), made from the samples
#   token    a single token of one million letters
#   mr       "Mr. " repeated one million times
#   may      "May may " repeated one million times
#   caps     200,000 capitalised words on one line
#   kim      "Kim met Trump in Hanoi and " repeated (4 MB): one sentence of names and events
#   friday   "on Friday it rained, " repeated (4 MB): times on one long line
#   feb      "Kim left Feb 28 " repeated (4 MB)
#   dates    sentences of dates and clock times, all different (4 MB): no window of text repeats,
#            so the time stage parses every one (the worst case for its table of parsed windows)
# Needs GNU time (Debian: apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."

scale=${1:-1}
format=${2:-jsonl}
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (Debian: apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product chronicle >/dev/null
binary=.build/release/chronicle

python3 - "$work" "$scale" <<'EOF'
import glob, random, re, sys

work, scale = sys.argv[1], float(sys.argv[2])
words = []
for path in sorted(glob.glob("samples/*.txt")):
    with open(path, encoding="utf-8") as f:
        words += re.sub(r"[^\w\s]", " ", f.read()).split()

def write(name, size, chunk):
    """Writes `chunk` repeated up to `size` bytes, as one file per size (full and half)."""
    for suffix, target in (("", size), ("-half", size // 2)):
        repeats = max(1, target // len(chunk.encode()))
        with open(f"{work}/{name}{suffix}.txt", "w", encoding="utf-8") as f:
            f.write(chunk * repeats)

line = " ".join(words) + " "
write("line", int(50_000_000 * scale), line)
for suffix, count in (("", 1_000_000), ("-half", 500_000)):
    with open(f"{work}/token{suffix}.txt", "w") as f:
        f.write("x" * int(count * scale))
write("mr", int(4_000_000 * scale), "Mr. ")
write("may", int(8_000_000 * scale), "May may ")
write("kim", int(4_000_000 * scale), "Kim met Trump in Hanoi and ")
write("friday", int(4_000_000 * scale), "on Friday it rained, ")
write("feb", int(4_000_000 * scale), "Kim left Feb 28 ")
rng = random.Random(7)
syllables = ["ka", "lo", "mi", "ren", "dor", "ta", "vi", "su", "bel", "han", "oi", "ng"]
capitalised = [w for w in words if w[:1].isupper()]
for suffix, count in (("", 200_000), ("-half", 100_000)):
    names = []
    for i in range(int(count * scale)):
        if i % 2:
            names.append(capitalised[rng.randrange(len(capitalised))])
        else:
            names.append("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize())
    with open(f"{work}/caps{suffix}.txt", "w", encoding="utf-8") as f:
        f.write(" ".join(names) + "\n")
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
for suffix, target in (("", int(4_000_000 * scale)), ("-half", int(2_000_000 * scale))):
    sentences, size = [], 0
    while size < target:
        r = rng.randint
        sentence = (f"On {r(1, 28)} {rng.choice(months)} {r(1900, 2030)} at {r(1, 12)}:{r(10, 59)} p.m., "
                    f"from {r(1, 28)}/{r(1, 12)}/{r(1990, 2020)} to {r(1, 28)} {rng.choice(months)}, talks resumed.")
        sentences.append(sentence)
        size += len(sentence) + 1
    with open(f"{work}/dates{suffix}.txt", "w", encoding="utf-8") as f:
        f.write(" ".join(sentences) + "\n")
EOF

printf '%-12s %10s %9s %12s %5s\n' input "size MB" "wall s" "peak RSS MB" exit
for name in line line-half token token-half mr mr-half may may-half caps caps-half kim kim-half \
  friday friday-half feb feb-half dates dates-half; do
  file="$work/$name.txt"
  set +e
  /usr/bin/time -f '%e %M' -o "$work/time" "$binary" extract "$file" --format "$format" --quiet --jobs 1 \
    -o "$work/out" 2>"$work/stderr"
  status=$?
  set -e
  read -r wall rss < <(tail -n 1 "$work/time")
  size=$(stat -c %s "$file")
  printf '%-12s %10.1f %9.2f %12.0f %5d\n' "$name" "$(echo "$size / 1000000" | bc -l)" "$wall" \
    "$(echo "$rss / 1024" | bc -l)" "$status"
  if [ "$status" -ne 0 ]; then sed 's/^/    /' "$work/stderr" | head -n 5; fi
done
