/// Encodes annotated documents in the output contract: one JSON object per document, or CSV
/// rows. Offsets are converted from internal UTF-8 bytes to the requested unit here, once per
/// document.
///
/// A document object holds `id`, `referenceDate` and `referenceDateSource` when known, then one
/// member per requested layer (`sentences`, …) and `diagnostics` when asked for.
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
    writer.plainKey("id")
    writer.string(document.id)
    if let reference = document.referenceDate {
      writer.plainKey("referenceDate")
      writer.string(reference.value.iso8601)
      writer.plainKey("referenceDateSource")
      writer.plainString(reference.source.rawValue)
    }
    if layers.contains(.sentences) {
      writer.plainKey("sentences")
      writer.beginArray()
      for sentence in document.sentences {
        writer.beginObject()
        writeSpan(sentence.range, of: document.text, converter: converter, to: &writer)
        writer.plainKey("paragraph")
        writer.int(sentence.paragraph)
        writer.endObject()
      }
      writer.endArray()
    }
    if layers.contains(.entities) {
      writeEntities(document, converter: converter, to: &writer)
    }
    if layers.contains(.times) {
      writeTimes(document, converter: converter, to: &writer)
    }
    if layers.contains(.events) {
      writeEvents(document, converter: converter, to: &writer)
    }
    if includeDiagnostics && !document.diagnostics.isEmpty {
      writer.plainKey("diagnostics")
      writer.beginArray()
      for diagnostic in document.diagnostics {
        writer.beginObject()
        writer.plainKey("code")
        writer.string(diagnostic.code)
        writer.plainKey("severity")
        writer.plainString(diagnostic.severity.rawValue)
        writer.plainKey("message")
        writer.string(diagnostic.message)
        if let range = diagnostic.range {
          let (start, end) = converter.convert(range)
          writer.plainKey("start")
          writer.int(start)
          writer.plainKey("end")
          writer.int(end)
        }
        writer.endObject()
      }
      writer.endArray()
    }
    writer.endObject()
  }

  /// The CSV tables: one layer alone gets its own columns, several share a long table.
  enum CSVTable {
    case sentences
    case mentions
    case times
    case long
  }

  var csvTable: CSVTable {
    switch layers.subtracting([.referenceDate, .tokens]) {
    case .sentences: return .sentences
    case .entities, [.sentences, .entities]: return .mentions
    case .times, [.sentences, .times]: return .times
    default: return .long
    }
  }

  /// The CSV columns. The sentence layer alone: `document, index, start, end, text, paragraph`.
  /// Entities: one row per mention, `document, index, start, end, text, type, entity, name,
  /// method, evidence`. Times: ``timeColumns``. Several layers: one row per annotation in a long
  /// table, `document, layer, index, start, end, text, type, value, entity` (times have layer
  /// `time`, their TIMEX3 type and value).
  public var csvHeader: [String] {
    switch csvTable {
    case .sentences: return ["document", "index", "start", "end", "text", "paragraph"]
    case .mentions: return ["document", "index", "start", "end", "text", "type", "entity", "name", "method", "evidence"]
    case .times: return DocumentEncoder.timeColumns
    case .long: return ["document", "layer", "index", "start", "end", "text", "type", "value", "entity"]
    }
  }

  /// Writes a span's `start` and `end` members (in the converter's unit) and its `text` (its
  /// part of `text`): the members every sentence, mention, time, trigger and argument has.
  @inline(__always)
  func writeSpan(_ range: TextRange, of text: String, converter: OffsetConverter, to writer: inout JSONWriter) {
    let (start, end) = converter.convert(range)
    writer.plainKey("start")
    writer.int(start)
    writer.plainKey("end")
    writer.int(end)
    writer.plainKey("text")
    writer.string(text, in: range)
  }

  /// Writes one CSV row per annotation of the requested layers.
  public func writeCSV(_ document: Document, to writer: inout CSVWriter) {
    let converter = OffsetConverter(text: document.text, unit: offsets)
    let table = csvTable
    if table == .times {
      writeTimeRows(document, converter: converter, to: &writer)
      return
    }
    if layers.contains(.sentences) && table != .mentions {
      for (index, sentence) in document.sentences.enumerated() {
        let (start, end) = converter.convert(sentence.range)
        writer.text(document.id)
        if table == .long { writer.text("sentence") }
        writer.int(index)
        writer.int(start)
        writer.int(end)
        writer.text(document.text(in: sentence.range))
        if table == .sentences {
          writer.int(sentence.paragraph)
        } else {
          writer.empty()
          writer.empty()
          writer.empty()
        }
        writer.endRow()
      }
    }
    if layers.contains(.entities) {
      writeMentionRows(document, converter: converter, long: table == .long, to: &writer)
    }
    if layers.contains(.times) {
      writeLongTimeRows(document, converter: converter, to: &writer)
    }
    if layers.contains(.events) {
      writeLongEventRows(document, converter: converter, to: &writer)
    }
  }
}
