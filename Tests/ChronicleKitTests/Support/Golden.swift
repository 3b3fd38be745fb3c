import ChronicleKit
import Foundation
import Testing

/// Golden files: each sample's expected output per layer, in `samples/expected/NAME.LAYER.json`.
/// Set `CHRONICLE_RECORD=1` to write the current output instead of comparing.
enum Golden {
  /// One sample and its reference date, from `samples/manifest.tsv`.
  struct Sample: CustomTestStringConvertible, Sendable {
    var file: String
    var referenceDate: String
    var name: String { String(file.dropLast(4)) }
    var testDescription: String { file }
  }

  /// The samples listed in the manifest.
  static let samples: [Sample] = {
    guard let manifest = try? TestData.text("samples/manifest.tsv") else { return [] }
    return manifest.split(separator: "\n").compactMap { line in
      guard !line.hasPrefix("#") else { return nil }
      let fields = line.split(separator: "\t")
      guard fields.count >= 2 else { return nil }
      return Sample(file: String(fields[0]), referenceDate: String(fields[1]))
    }
  }()

  /// The sample as a document, with its reference date.
  static func document(_ sample: Sample) throws -> Document {
    let text = try TestData.text("samples/" + sample.file)
    return Document(
      input: DocumentInput(id: sample.file, text: text, location: sample.file),
      defaultDate: DateTimeValue(iso8601: sample.referenceDate))
  }

  /// Compares `actual` with the golden file for a sample and layer, reporting the first
  /// differing line; records it instead when `CHRONICLE_RECORD` is set.
  static func check(_ actual: String, sample: Sample, layer: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let path = TestData.samples + "/expected/\(sample.name).\(layer).json"
    if ProcessInfo.processInfo.environment["CHRONICLE_RECORD"] != nil {
      try actual.write(toFile: path, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
      Issue.record("missing golden file \(path); run CHRONICLE_RECORD=1 swift test to create it", sourceLocation: sourceLocation)
      return
    }
    if expected == actual { return }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for (number, (want, got)) in zip(expectedLines, actualLines).enumerated() where want != got {
      Issue.record("\(path):\(number + 1): expected\n  \(want)\ngot\n  \(got)", sourceLocation: sourceLocation)
      return
    }
    Issue.record("\(path): expected \(expectedLines.count) lines, got \(actualLines.count)", sourceLocation: sourceLocation)
  }

  /// A document's layer as indented JSON.
  static func json(_ document: Document, layers: Layers) -> String {
    var writer = JSONWriter(indent: 2)
    DocumentEncoder(layers: layers).writeJSON(document, to: &writer)
    writer.newline()
    return String(decoding: writer.bytes, as: UTF8.self)
  }
}
