extension DocumentEncoder {
  /// Writes `events`: `{"id", "date", "precision", "dateSource", "range", "time", "trigger":
  /// {"start", "end", "text", "lemma", "pos", "class"}, "participants": [entity ids],
  /// "arguments": [{"entity", "name", "type", "role", "start", "end", "text"}], "place",
  /// "sentence", "confidence"}`.
  func writeEvents(_ document: Document, converter: OffsetConverter, to writer: inout JSONWriter) {
    writer.key("events")
    writer.beginArray()
    for event in document.events {
      writer.beginObject()
      writer.key("id")
      writer.string(event.id)
      writeDate(event.date, to: &writer)
      writer.key("trigger")
      writeTrigger(event.trigger, text: document.text(in: event.trigger.range), converter: converter, to: &writer)
      writer.key("participants")
      writer.beginArray()
      for argument in event.participants {
        if let id = argument.entityID { writer.string(id) }
      }
      writer.endArray()
      writer.key("arguments")
      writer.beginArray()
      for argument in event.participants {
        writeArgument(argument, text: document.text(in: argument.range), converter: converter, to: &writer)
      }
      writer.endArray()
      writer.key("place")
      if let place = event.place {
        writeArgument(place, text: document.text(in: place.range), converter: converter, to: &writer)
      } else {
        writer.null()
      }
      writer.key("sentence")
      writer.int(event.sentence)
      writer.key("confidence")
      writer.double((event.confidence * 100).rounded() / 100)
      writer.endObject()
    }
    writer.endArray()
  }

  /// Writes an event's `date`, `precision`, `dateSource`, `range` and `time` members.
  func writeDate(_ date: EventDate?, to writer: inout JSONWriter) {
    writer.key("date")
    writer.stringOrNull(date?.value)
    guard let date else { return }
    writer.key("precision")
    writer.string(date.precision.rawValue)
    writer.key("dateSource")
    writer.string(date.source.rawValue)
    if let begin = date.begin, let end = date.end {
      writer.key("range")
      writer.beginObject()
      writer.key("begin")
      writer.string(begin)
      writer.key("end")
      writer.string(end)
      writer.endObject()
    }
    if let time = date.time {
      writer.key("time")
      writer.int(time)
    }
  }

  func writeTrigger(_ trigger: EventTrigger, text: String, converter: OffsetConverter, to writer: inout JSONWriter) {
    let (start, end) = converter.convert(trigger.range)
    writer.beginObject()
    writer.key("start")
    writer.int(start)
    writer.key("end")
    writer.int(end)
    writer.key("text")
    writer.string(text)
    writer.key("lemma")
    writer.string(trigger.lemma)
    writer.key("pos")
    writer.string(trigger.partOfSpeech.rawValue)
    writer.key("class")
    writer.string(trigger.eventClass)
    writer.endObject()
  }

  func writeArgument(_ argument: EventArgument, text: String, converter: OffsetConverter, to writer: inout JSONWriter) {
    let (start, end) = converter.convert(argument.range)
    writer.beginObject()
    writer.key("entity")
    writer.stringOrNull(argument.entityID)
    writer.key("name")
    writer.string(argument.name)
    writer.key("type")
    writer.string(argument.type.rawValue)
    writer.key("role")
    writer.string(argument.role.rawValue)
    writer.key("start")
    writer.int(start)
    writer.key("end")
    writer.int(end)
    writer.key("text")
    writer.string(text)
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
