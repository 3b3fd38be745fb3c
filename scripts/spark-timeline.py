#!/usr/bin/env python3
"""Chronicle as the map step of Apache Spark, and `chronicle merge` as the reduce step.

  python3 scripts/spark-timeline.py CORPUS.jsonl OUT.jsonl [--partitions N] [--chronicle PATH]

Each partition of the JSON Lines corpus ({"id", "text", "date"} per line) is piped through
`chronicle timeline --format jsonl --input jsonl` (RDD.pipe); the partial timelines — every
event with all its mentions — come back as JSON Lines and are merged by `chronicle merge`, which
gives the same timeline as one `chronicle timeline` run over the whole corpus. Runs Spark in local
mode (pip install pyspark; needs Java 17+).
"""
import argparse, os, shlex, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("output")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--chronicle", default=os.path.join(ROOT, ".build", "release", "chronicle"))
    a = ap.parse_args()
    # Local mode, on the loopback interface only.
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark import SparkConf, SparkContext

    conf = (
        SparkConf().setMaster("local[*]").setAppName("chronicle-timeline").set("spark.ui.enabled", "false")
        .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.ui.showConsoleProgress", "false"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        # Map: each partition's documents through chronicle, one process per partition.
        command = [a.chronicle, "timeline", "--format", "jsonl", "--input", "jsonl", "--jobs", "1", "--quiet", "-"]
        partial = sc.textFile(os.path.abspath(a.corpus), minPartitions=a.partitions).pipe(shlex.join(command))
        lines = partial.collect()
    finally:
        sc.stop()
    # Reduce: merge the partial timelines into one.
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as shards:
        for line in lines:
            shards.write(line + "\n")
    try:
        subprocess.run([a.chronicle, "merge", "--format", "jsonl", "-o", a.output, shards.name], check=True)
    finally:
        os.unlink(shards.name)
    print(f"{len(lines)} partial events from {a.partitions}+ partitions merged into {a.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
