extension DocumentEncoder {
  /// The columns of the times table: `document, index, start, end, text, type, value,
  /// precision, begin, end_value, mod, rule, anchor, anchor_value, direction, reference_date,
  /// reference_source` (`begin` and `end_value` for ranges; the reference date repeats on each
  /// row of a document).
  public static let timeColumns = [
    "document", "index", "start", "end", "text", "type", "value", "precision", "begin", "end_value", "mod", "rule",
    "anchor", "anchor_value", "direction", "reference_date", "reference_source",
  ]

  /// Writes `times`.
  func writeTimes(_ document: Document, converter: OffsetConverter, to writer: inout JSONWriter) {
    writer.plainKey("times")
    writer.beginArray()
    // Read in place, as the events are (see `writeEvents`).
    document.times.forEachInPlace { time in
      writer.beginObject()
      writeSpan(time.range, of: document.text, converter: converter, to: &writer)
      writer.plainKey("type")
      writer.plainString(time.type.rawValue)
      writer.plainKey("value")
      writer.string(time.value)
      writer.plainKey("precision")
      writer.plainString(time.precision.rawValue)
      if let begin = time.begin, let last = time.end {
        writer.plainKey("range")
        writer.beginObject()
        writer.plainKey("begin")
        writer.string(begin)
        writer.plainKey("end")
        writer.string(last)
        writer.endObject()
      }
      if let mod = time.mod {
        writer.plainKey("mod")
        writer.string(mod)
      }
      writer.plainKey("rule")
      writer.string(time.rule)
      writer.plainKey("anchor")
      writer.stringOrNull(time.anchor?.label)
      if let anchorValue = time.anchorValue {
        writer.plainKey("anchorValue")
        writer.string(anchorValue)
      }
      if let direction = time.direction {
        writer.plainKey("direction")
        writer.plainString(direction.rawValue)
      }
      writer.endObject()
    }
    writer.endArray()
  }

  /// Writes the times table's rows.
  func writeTimeRows(_ document: Document, converter: OffsetConverter, to writer: inout CSVWriter) {
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
  }

  /// Writes times as rows of the long table.
  func writeLongTimeRows(_ document: Document, converter: OffsetConverter, to writer: inout CSVWriter) {
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
