/// Encodes annotated documents in the output contract: one JSON object per document, or CSV
/// rows. Offsets are converted from internal UTF-8 bytes to the requested unit here, once per
/// document.
///
/// A document object holds `id`, `referenceDate` and `referenceDateSource` when known, then one
/// member per requested layer (`sentences`, `times`, …) and `diagnostics` when asked for.
///
/// Each time is `{"start", "end", "text", "type", "value", "precision", "range": {"begin",
/// "end"} (ranges only), "mod" (when any), "rule", "anchor", "anchorValue", "direction"}`:
/// `anchor` is `"reference"`, `"time:N"` (an earlier time of the document) or `null` for an
/// absolute value; `direction` is written when a year-less time was resolved in one.
public struct DocumentEncoder: Sendable {
  /// The layers written.
  public var layers: Layers
  /// The unit of output offsets.
  public var offsets: OffsetConverter.Unit
  /// Whether diagnostics are written into each document object.
  public var includeDiagnostics: Bool

  /// Creates an encoder.
  public init(layers: Layers, offsets: OffsetConverter.Unit = .codepoint, includeDiagnostics: Bool = false) {
    self.layers = layers
    self.offsets = offsets
    self.includeDiagnostics = includeDiagnostics
  }

  /// Writes one document as a JSON object.
  public func writeJSON(_ document: Document, to writer: inout JSONWriter) {
    let converter = OffsetConverter(text: document.text, unit: offsets)
    writer.beginObject()
    writer.key("id")
    writer.string(document.id)
    if let reference = document.referenceDate {
      writer.key("referenceDate")
      writer.string(reference.value.iso8601)
      writer.key("referenceDateSource")
      writer.string(reference.source.rawValue)
    }
    if layers.contains(.sentences) {
      writer.key("sentences")
      writer.beginArray()
      for sentence in document.sentences {
        let (start, end) = converter.convert(sentence.range)
        writer.beginObject()
        writer.key("start")
        writer.int(start)
        writer.key("end")
        writer.int(end)
        writer.key("text")
        writer.string(document.text(in: sentence.range))
        writer.key("paragraph")
        writer.int(sentence.paragraph)
        writer.endObject()
      }
      writer.endArray()
    }
    if layers.contains(.times) {
      writer.key("times")
      writer.beginArray()
      for time in document.times {
        let (start, end) = converter.convert(time.range)
        writer.beginObject()
        writer.key("start")
        writer.int(start)
        writer.key("end")
        writer.int(end)
        writer.key("text")
        writer.string(document.text(in: time.range))
        writer.key("type")
        writer.string(time.type.rawValue)
        writer.key("value")
        writer.string(time.value)
        writer.key("precision")
        writer.string(time.precision.rawValue)
        if let begin = time.begin, let last = time.end {
          writer.key("range")
          writer.beginObject()
          writer.key("begin")
          writer.string(begin)
          writer.key("end")
          writer.string(last)
          writer.endObject()
        }
        if let mod = time.mod {
          writer.key("mod")
          writer.string(mod)
        }
        writer.key("rule")
        writer.string(time.rule)
        writer.key("anchor")
        writer.stringOrNull(time.anchor?.label)
        if let anchorValue = time.anchorValue {
          writer.key("anchorValue")
          writer.string(anchorValue)
        }
        if let direction = time.direction {
          writer.key("direction")
          writer.string(direction.rawValue)
        }
        writer.endObject()
      }
      writer.endArray()
    }
    if includeDiagnostics && !document.diagnostics.isEmpty {
      writer.key("diagnostics")
      writer.beginArray()
      for diagnostic in document.diagnostics {
        writer.beginObject()
        writer.key("code")
        writer.string(diagnostic.code)
        writer.key("severity")
        writer.string(diagnostic.severity.rawValue)
        writer.key("message")
        writer.string(diagnostic.message)
        if let range = diagnostic.range {
          let (start, end) = converter.convert(range)
          writer.key("start")
          writer.int(start)
          writer.key("end")
          writer.int(end)
        }
        writer.endObject()
      }
      writer.endArray()
    }
    writer.endObject()
  }

  /// The CSV columns. With the sentence layer alone: `document, index, start, end, text,
  /// paragraph`. With the times layer alone: ``timeColumns``. With several layers, one row per
  /// annotation in a long table: `document, layer, index, start, end, text, type, value,
  /// entity` (times have layer `time`, their TIMEX3 type and value).
  public var csvHeader: [String] {
    if isTimeTable { return DocumentEncoder.timeColumns }
    return isSentenceTable
      ? ["document", "index", "start", "end", "text", "paragraph"]
      : ["document", "layer", "index", "start", "end", "text", "type", "value", "entity"]
  }

  /// The columns of the times table: `document, index, start, end, text, type, value,
  /// precision, begin, end_value, mod, rule, anchor, anchor_value, direction, reference_date,
  /// reference_source` (`begin` and `end_value` for ranges; the reference date repeats on each
  /// row of a document).
  public static let timeColumns = [
    "document", "index", "start", "end", "text", "type", "value", "precision", "begin", "end_value", "mod", "rule",
    "anchor", "anchor_value", "direction", "reference_date", "reference_source",
  ]

  private var isSentenceTable: Bool { layers.subtracting(.referenceDate) == .sentences }
  private var isTimeTable: Bool { layers.subtracting([.referenceDate, .tokens]) == .times }

  /// Writes one CSV row per annotation of the requested layers.
  public func writeCSV(_ document: Document, to writer: inout CSVWriter) {
    let converter = OffsetConverter(text: document.text, unit: offsets)
    if isTimeTable {
      for (index, time) in document.times.enumerated() {
        let (start, end) = converter.convert(time.range)
        writer.text(document.id)
        writer.int(index)
        writer.int(start)
        writer.int(end)
        writer.text(document.text(in: time.range))
        writer.text(time.type.rawValue)
        writer.text(time.value)
        writer.text(time.precision.rawValue)
        writer.text(time.begin ?? "")
        writer.text(time.end ?? "")
        writer.text(time.mod ?? "")
        writer.text(time.rule)
        writer.text(time.anchor?.label ?? "")
        writer.text(time.anchorValue ?? "")
        writer.text(time.direction?.rawValue ?? "")
        writer.text(document.referenceDate?.value.iso8601 ?? "")
        writer.text(document.referenceDate?.source.rawValue ?? "")
        writer.endRow()
      }
      return
    }
    if layers.contains(.sentences) {
      for (index, sentence) in document.sentences.enumerated() {
        let (start, end) = converter.convert(sentence.range)
        writer.text(document.id)
        if !isSentenceTable { writer.text("sentence") }
        writer.int(index)
        writer.int(start)
        writer.int(end)
        writer.text(document.text(in: sentence.range))
        if isSentenceTable {
          writer.int(sentence.paragraph)
        } else {
          writer.empty()
          writer.empty()
          writer.empty()
        }
        writer.endRow()
      }
    }
    if layers.contains(.times) {
      for (index, time) in document.times.enumerated() {
        let (start, end) = converter.convert(time.range)
        writer.text(document.id)
        writer.text("time")
        writer.int(index)
        writer.int(start)
        writer.int(end)
        writer.text(document.text(in: time.range))
        writer.text(time.type.rawValue)
        writer.text(time.value)
        writer.empty()
        writer.endRow()
      }
    }
  }
}
