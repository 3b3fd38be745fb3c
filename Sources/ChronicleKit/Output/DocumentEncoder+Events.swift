extension DocumentEncoder {
  /// Writes `events`: `{"id", "date", "precision", "dateSource", "range", "time", "trigger":
  /// {"start", "end", "text", "lemma", "pos", "class"}, "participants": [entity ids],
  /// "arguments": [{"entity", "name", "type", "role", "start", "end", "text"}], "place",
  /// "sentence", "confidence"}`.
  func writeEvents(_ document: Document, converter: OffsetConverter, to writer: inout JSONWriter) {
    writer.plainKey("events")
    writer.beginArray()
    document.events.forEachInPlace { writeEvent(&$0, documentText: document.text, converter: converter, to: &writer) }
    writer.endArray()
  }

  /// Writes one event object. (`inout` only to read the event in place: see
  /// `Array.forEachInPlace`.)
  private func writeEvent(
    _ event: inout Event, documentText: String, converter: OffsetConverter, to writer: inout JSONWriter
  ) {
    writer.beginObject()
    writer.plainKey("id")
    writer.string(event.id)
    writeDate(event.date, to: &writer)
    writer.plainKey("trigger")
    writeTrigger(event.trigger, documentText: documentText, converter: converter, to: &writer)
    writer.plainKey("participants")
    writer.beginArray()
    event.participants.forEachInPlace { argument in
      if case .some = argument.entityID { writer.string(argument.entityID!) }
    }
    writer.endArray()
    writer.plainKey("arguments")
    writer.beginArray()
    event.participants.forEachInPlace {
      writeArgument(&$0, documentText: documentText, converter: converter, to: &writer)
    }
    writer.endArray()
    writer.plainKey("place")
    if case .some = event.place {
      writeArgument(&event.place!, documentText: documentText, converter: converter, to: &writer)
    } else {
      writer.null()
    }
    writer.plainKey("sentence")
    writer.int(event.sentence)
    writer.plainKey("confidence")
    writer.double((event.confidence * 100).rounded() / 100)
    writer.endObject()
  }

  /// Writes an event's `date`, `precision`, `dateSource`, `range` and `time` members.
  func writeDate(_ date: EventDate?, to writer: inout JSONWriter) {
    writer.eventDate(date, withSource: true)
    if let time = date?.time {
      writer.plainKey("time")
      writer.int(time)
    }
  }

  /// `documentText` is the text the trigger's range is in.
  func writeTrigger(_ trigger: EventTrigger, documentText: String, converter: OffsetConverter, to writer: inout JSONWriter) {
    writer.beginObject()
    writeSpan(trigger.range, of: documentText, converter: converter, to: &writer)
    writer.plainKey("lemma")
    writer.string(trigger.lemma)
    writer.plainKey("pos")
    writer.plainString(trigger.partOfSpeech.rawValue)
    writer.plainKey("class")
    writer.string(trigger.eventClass)
    writer.endObject()
  }

  /// `documentText` is the text the argument's range is in.
  func writeArgument(_ argument: inout EventArgument, documentText: String, converter: OffsetConverter, to writer: inout JSONWriter) {
    writer.beginObject()
    writer.plainKey("entity")
    writer.stringOrNull(argument.entityID)
    writer.plainKey("name")
    writer.string(argument.name)
    writer.plainKey("type")
    writer.plainString(argument.type.rawValue)
    writer.plainKey("role")
    writer.plainString(argument.role.rawValue)
    writeSpan(argument.range, of: documentText, converter: converter, to: &writer)
    writer.endObject()
  }

  /// Writes events as rows of the long table: the trigger's span and text, its lemma as the
  /// type, its date as the value, and the participants' ids joined by "; ".
  func writeLongEventRows(_ document: Document, converter: OffsetConverter, to writer: inout CSVWriter) {
    for (index, event) in document.events.enumerated() {
      let (start, end) = converter.convert(event.trigger.range)
      writer.text(document.id)
      writer.text("event")
      writer.int(index)
      writer.int(start)
      writer.int(end)
      writer.text(document.text(in: event.trigger.range))
      writer.text(event.trigger.lemma)
      writer.text(event.date?.value ?? "")
      writer.text(event.participants.compactMap(\.entityID).joined(separator: "; "))
      writer.endRow()
    }
  }
}

extension JSONWriter {
  /// An event date's members, the one way events and timelines write them: `"date"` (the
  /// TIMEX3 value, or null) and, for a date, `"precision"`, `"dateSource"` (when `withSource`)
  /// and, for a range, `"range": {"begin", "end"}`.
  mutating func eventDate(_ date: EventDate?, withSource: Bool) {
    plainKey("date")
    stringOrNull(date?.value)
    guard let date else { return }
    plainKey("precision")
    plainString(date.precision.rawValue)
    if withSource {
      plainKey("dateSource")
      plainString(date.source.rawValue)
    }
    if let begin = date.begin, let end = date.end {
      plainKey("range")
      beginObject()
      plainKey("begin")
      string(begin)
      plainKey("end")
      string(end)
      endObject()
    }
  }
}
