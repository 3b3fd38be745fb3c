import ChronicleKit
import FuzzSupport
import Foundation

/// The gazetteer loaders. The first byte picks the format (modulo 3), the rest is the file:
/// 0 Chronicle TSV (a default `# columns:` header is put first when the file names no columns),
/// 1 spaCy EntityRuler JSON Lines, 2 Stanford RegexNER. Each file is parsed strictly and with
/// malformed lines skipped; the entries read are compiled into a matcher, as a user's list is.
/// The number of inputs per format is printed at exit.
nonisolated(unsafe) var runs = [0, 0, 0]
let names = ["tsv", "spacy", "regexner"]
let paths = ["fuzz.tsv", "fuzz.jsonl", "fuzz.txt"]
let defaultHeader = "# columns: surface\ttype\tid\tname\tflags\tpriority\n"

@_cdecl("LLVMFuzzerInitialize")
public func initialize(
  _ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?
) -> CInt {
  atexit {
    let counts = zip(names, runs).map { "\($0)=\($1)" }.joined(separator: " ")
    FileHandle.standardError.write(Data("gazetteer executions per loader: \(counts)\n".utf8))
  }
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGazetteers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = Fuzz.bytes(data, size)
  guard let selector = bytes.first else { return 0 }
  let format = Int(selector % 3)
  runs[format] += 1
  var text = String(decoding: UnsafeBufferPointer(rebasing: bytes.dropFirst()), as: UTF8.self)
  if format == 0 && !text.contains("columns:") { text = defaultHeader + text }
  for skip in [false, true] {
    guard let loaded = try? GazetteerLoader(skipMalformedLines: skip).parse(text, path: paths[format], isUser: true)
    else {
      // With malformed lines skipped only a TSV file (no header, data before it) can still fail;
      // a RegexNER file with a `# columns:` header is read as TSV.
      Fuzz.expect(!skip || format == 0 || text.contains("columns:"), "\(names[format]) failed with malformed lines skipped")
      continue
    }
    for entry in loaded.entries {
      Fuzz.expect(!entry.surface.isEmpty, "\(names[format]): entry with an empty surface")
    }
    _ = GazetteerMatcher(entries: loaded.entries)
  }
  return 0
}
