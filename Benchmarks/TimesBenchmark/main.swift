// Measures the times stage on a JSON Lines corpus, one core, and prints MB/s and peak memory.
//
//   swift build -c release --product times-benchmark
//   python3 ../shared/bench/make_corpus.py 100 /tmp/corpus.jsonl
//   .build/release/times-benchmark /tmp/corpus.jsonl
//
// Each document is read and split into sentences and tokens (timed as "preparation"), then
// the time tagger runs on it (timed alone), as in the pipeline. Times are the thread's CPU
// time. MB are 10^6 bytes of document text.
import ChronicleKit
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

func cpuSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func peakMegabytes() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024
}

/// Runs the benchmark.
func run() throws {
  let arguments = CommandLine.arguments
  guard arguments.count >= 2 else {
    FileHandle.standardError.write("usage: times-benchmark CORPUS.jsonl [--prefer past|future|nearest]\n".data(using: .utf8)!)
    exit(2)
  }
  var configuration = PipelineConfiguration()
  if let index = arguments.firstIndex(of: "--prefer"), index + 1 < arguments.count {
    configuration.prefer = TemporalDirection(rawValue: arguments[index + 1])
  }
  let directory = try DataDirectory.required()
  let preparation = try Pipeline.standard(for: .tokens, configuration: configuration)
  let tagger = try TimeTagger(directory: directory, preference: configuration.prefer, dayFirst: configuration.dayFirst)

  let reader = DocumentReader(paths: [arguments[1]], format: .jsonl)
  var bytes = 0
  var documents = 0
  var expressions = 0
  var prepareSeconds = 0.0
  var tagSeconds = 0.0
  while let item = reader.next() {
    guard case .success(let input) = item else { continue }
    let start = cpuSeconds()
    var document = Document(input: input)
    try preparation.process(&document)
    let prepared = cpuSeconds()
    try tagger.annotate(&document)
    let tagged = cpuSeconds()
    prepareSeconds += prepared - start
    tagSeconds += tagged - prepared
    bytes += document.byteCount
    documents += 1
    expressions += document.times.count
  }
  let megabytes = Double(bytes) / 1e6
  print(String(format: "corpus: %d documents, %.1f MB, %d time expressions", documents, megabytes, expressions))
  print(String(format: "preparation (sentences + tokens): %.2f s CPU, %.1f MB/s", prepareSeconds, megabytes / prepareSeconds))
  print(String(format: "times stage alone: %.2f s CPU, %.1f MB/s", tagSeconds, megabytes / tagSeconds))
  print(String(format: "peak memory: %.0f MB", peakMegabytes()))

}

try run()
