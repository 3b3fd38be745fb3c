import ChronicleKit
import FuzzSupport

/// The times stage (scanner, chart parser, resolver, reference-date detection) after sentences
/// and tokens, on the fuzzer's text: once with a fixed reference date and once with none.
let pipeline = Fuzz.load {
  try Pipeline([
    SentenceSegmenter(abbreviations: Fuzz.abbreviations), Tokenizer(), TimeTagger(directory: Fuzz.dataDirectory),
  ])
}
let reference = ReferenceDate(value: DateTimeValue(iso8601: "2019-02-28")!, source: .option)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTimes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = Fuzz.text(data, size)
  for date in [reference, nil] {
    var document = Document(id: "fuzz", text: text, referenceDate: date)
    Fuzz.load { try pipeline.process(&document) }
    Fuzz.checkTimes(document)
  }
  return 0
}
