import ChronicleKit
import FuzzSupport

/// Every stage on one document (sentences, tokens, entities, times, events), then the outputs:
/// the document as JSON in each offset unit and as CSV, and its timeline in each format. Inputs
/// of even length get a fixed reference date, the others none (the text may supply one).
nonisolated(unsafe) var pipeline: Pipeline!
let reference = DateTimeValue(iso8601: "2019-02-28")!

@_cdecl("LLVMFuzzerInitialize")
public func initialize(
  _ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?
) -> CInt {
  pipeline = Fuzz.load {
    try Pipeline.standard(for: .all, configuration: PipelineConfiguration(dataDirectory: Fuzz.dataDirectory))
  }
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = DocumentInput(id: "fuzz", text: Fuzz.text(data, size), location: "fuzz")
  var document = Document(input: input, defaultDate: size % 2 == 0 ? reference : nil)
  Fuzz.load { try pipeline.process(&document) }
  Fuzz.checkSentences(document.sentences, in: document.text)
  Fuzz.checkTokens(document.tokens, in: document.text)
  Fuzz.checkEntities(document)
  Fuzz.checkTimes(document)
  Fuzz.checkRanges(document.events.map(\.trigger.range), in: document.text, "event trigger", disjoint: false)
  for unit in OffsetConverter.Unit.allCases {
    var writer = JSONWriter()
    DocumentEncoder(layers: .all, offsets: unit, includeDiagnostics: true).writeJSON(document, to: &writer)
    Fuzz.checkJSON(writer.bytes, "document JSON (\(unit))")
  }
  var csv = CSVWriter()
  DocumentEncoder(layers: .all).writeCSV(document, to: &csv)
  let entries = Timeline(mentions: TimelineMention.mentions(of: document, offsets: .codepoint)).entries
  for format in TimelineFormat.allCases {
    let bytes = TimelineEncoder().encode(entries, format: format)
    if format == .json || format == .timelinejs { Fuzz.checkJSON(bytes, "timeline \(format)") }
    if format == .jsonl { Fuzz.checkJSON(bytes, "timeline jsonl", lines: true) }
  }
  return 0
}
