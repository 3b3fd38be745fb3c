extension DocumentEncoder {
  /// Writes `mentions` and `entities`.
  func writeEntities(_ document: Document, converter: OffsetConverter, to writer: inout JSONWriter) {
    writer.plainKey("mentions")
    writer.beginArray()
    // Read in place, as the events are (see `writeEvents`).
    document.mentions.forEachInPlace {
      writeMention(&$0, documentText: document.text, converter: converter, to: &writer)
    }
    writer.endArray()
    writer.plainKey("entities")
    writer.beginArray()
    document.entities.forEachInPlace { writeEntity(&$0, to: &writer) }
    writer.endArray()
  }

  private func writeMention(
    _ mention: inout Mention, documentText: String, converter: OffsetConverter, to writer: inout JSONWriter
  ) {
    writer.beginObject()
    writeSpan(mention.range, of: documentText, converter: converter, to: &writer)
    writer.plainKey("type")
    writer.plainString(mention.type.rawValue)
    writer.plainKey("entity")
    writer.stringOrNull(mention.entityID)
    writer.plainKey("method")
    writer.plainString(mention.method.rawValue)
    writer.plainKey("evidence")
    writer.string(mention.evidence)
    writer.endObject()
  }

  private func writeEntity(_ entity: inout Entity, to writer: inout JSONWriter) {
    writer.beginObject()
    writer.plainKey("id")
    writer.string(entity.id)
    writer.plainKey("name")
    writer.string(entity.name)
    writer.plainKey("type")
    writer.plainString(entity.type.rawValue)
    writer.plainKey("aliases")
    writer.beginArray()
    entity.aliases.forEachInPlace { writer.string($0) }
    writer.endArray()
    writer.plainKey("mentions")
    writer.int(entity.mentionCount)
    writer.endObject()
  }

  /// Writes one CSV row per mention: in the mention table, or in the long table.
  func writeMentionRows(_ document: Document, converter: OffsetConverter, long: Bool, to writer: inout CSVWriter) {
    var names: [String: String] = [:]
    for entity in document.entities { names[entity.id] = entity.name }
    for (index, mention) in document.mentions.enumerated() {
      let (start, end) = converter.convert(mention.range)
      writer.text(document.id)
      if long { writer.text("mention") }
      writer.int(index)
      writer.int(start)
      writer.int(end)
      writer.text(document.text(in: mention.range))
      writer.text(mention.type.rawValue)
      if long {
        writer.text(mention.entityID.flatMap { names[$0] } ?? "")
        writer.text(mention.entityID ?? "")
      } else {
        writer.text(mention.entityID ?? "")
        writer.text(mention.entityID.flatMap { names[$0] } ?? "")
        writer.text(mention.method.rawValue)
        writer.text(mention.evidence)
      }
      writer.endRow()
    }
  }
}
