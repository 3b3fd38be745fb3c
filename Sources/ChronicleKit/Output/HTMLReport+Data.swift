extension HTMLReport {
  /// The entity types in the order of their codes in the data.
  static let entityTypes: [EntityType] = EntityType.allCases
  /// The argument roles in the order of their codes in the data.
  static let roles: [EventArgument.Role] = [.agent, .patient, .speaker, .participant, .place]
  /// How dates were obtained, in the order of their codes in the data.
  static let dateSources: [EventDate.Source] = [.explicit, .inherited, .storyDate, .documentDate, .mainEvent]

  /// The report's data, as embedded in the page: one JSON object, HTML-safe. All offsets are
  /// UTF-16 code units, `end` exclusive; the many small records are arrays, to keep a large
  /// report small and quick to parse.
  ///
  /// ```
  /// {"format": "chronicle-report", "version": 1, "title", "notes": [],
  ///  "layers": ["sentences", …], "entityTypes": ["PERSON", "LOCATION", "ORGANIZATION"],
  ///  "roles": ["agent", …], "dateSources": ["explicit", …],
  ///  "documents": [{"id", "referenceDate", "referenceDateSource", "text",
  ///                 "sentences": [start, end, paragraph, …],            (3 per sentence)
  ///                 "mentions": [start, end, type, entity, …],          (4 per mention)
  ///                 "times": [[start, end, type, value, precision, mod, rangeBegin, rangeEnd]],
  ///                                     (the last three only when one of them is given)
  ///                 "events": [triggerStart, triggerEnd, …]}],          (2 per event)
  ///  "entities": [{"id", "name", "type", "aliases", "mentions", "documents"}],
  ///  "events": [{"id", "date", "precision", "rangeBegin", "rangeEnd",
  ///              "begin", "end",                      (minutes since 0001-01-01, or null)
  ///              "lemma", "trigger", "class", "confidence",
  ///              "participants": [[entity, name, type, roles]],
  ///              "place": [entity, name, type] or null,
  ///              "mentions": [[doc, event, sentence, triggerStart, triggerEnd,
  ///                            placeStart, placeEnd, timeStart, timeEnd, dateSource,
  ///                            [argumentStart, argumentEnd, role, entity, …],
  ///                            date, docId, sentenceText]]}]}
  /// ```
  ///
  /// Codes index the tables at the top (`type`, `role`, `dateSource`; -1 for none); `entity`
  /// indexes `entities` (-1 when unlinked); absent spans are -1. A mention whose document the
  /// report holds gives the document's index (`doc`) and the event's index in it (`event`), and
  /// its offsets point into the document's text; it adds `date` only when its date differs from
  /// the event's. Otherwise (`doc` -1: a merged timeline) it carries `date`, `docId` and
  /// `sentenceText`, and its offsets point into that sentence.
  func data(_ entries: [Timeline.Entry]) -> [UInt8] {
    var entities = self.entities
    var entityIndex = self.entityIndex
    func index(of argument: TimelineMention.Argument) -> Int {
      guard let id = argument.entityID else { return -1 }
      if let at = entityIndex[id] { return at }
      let at = entities.count
      entities.append(
        EntityRow(
          id: id, name: argument.name, type: argument.type, aliases: [], mentions: 0, documents: 0))
      entityIndex[id] = at
      return at
    }
    // Entities known only from a merged timeline: the event mentions they take part in, the
    // documents those come from, and the texts that named them.
    var documentsOf: [Int: Set<String>] = [:]
    var eventsJSON = JSONWriter(htmlSafe: true)
    eventsJSON.beginArray()
    for entry in entries {
      for mention in entry.mentions where eventLocations[mention.eventID] == nil {
        var seen: Set<Int> = []
        for argument in mention.participants + (mention.place.map { [$0] } ?? []) {
          let at = index(of: argument)
          guard at >= self.entities.count else { continue }
          if seen.insert(at).inserted { entities[at].mentions += 1 }
          documentsOf[at, default: []].insert(mention.document)
          if argument.text != entities[at].name && !entities[at].aliases.contains(argument.text) {
            entities[at].aliases.append(argument.text)
          }
        }
      }
      write(entry, entityIndex: { index(of: $0) }, to: &eventsJSON)
    }
    eventsJSON.endArray()
    for (at, documents) in documentsOf { entities[at].documents = documents.count }

    var writer = JSONWriter(
      reserve: documents.reduce(0) { $0 + $1.count } + eventsJSON.bytes.count + 4096, htmlSafe: true
    )
    writer.beginObject()
    writer.plainKey("format")
    writer.string("chronicle-report")
    writer.plainKey("version")
    writer.int(1)
    writer.plainKey("title")
    writer.stringOrNull(title)
    writer.plainKey("notes")
    writer.beginArray()
    for note in notes { writer.string(note) }
    writer.endArray()
    writer.plainKey("layers")
    writer.beginArray()
    for (layer, name) in Layers.names where layers.contains(layer) { writer.string(name) }
    writer.endArray()
    writer.plainKey("entityTypes")
    writer.beginArray()
    for type in HTMLReport.entityTypes { writer.string(type.rawValue) }
    writer.endArray()
    writer.plainKey("roles")
    writer.beginArray()
    for role in HTMLReport.roles { writer.string(role.rawValue) }
    writer.endArray()
    writer.plainKey("dateSources")
    writer.beginArray()
    for source in HTMLReport.dateSources { writer.string(source.rawValue) }
    writer.endArray()
    writer.plainKey("documents")
    writer.beginArray()
    for document in documents { writer.raw(document) }
    writer.endArray()
    writer.plainKey("entities")
    writer.beginArray()
    for entity in entities {
      writer.beginObject()
      writer.plainKey("id")
      writer.string(entity.id)
      writer.plainKey("name")
      writer.string(entity.name)
      writer.plainKey("type")
      writer.string(entity.type.rawValue)
      writer.plainKey("aliases")
      writer.beginArray()
      for alias in entity.aliases { writer.string(alias) }
      writer.endArray()
      writer.plainKey("mentions")
      writer.int(entity.mentions)
      writer.plainKey("documents")
      writer.int(entity.documents)
      writer.endObject()
    }
    writer.endArray()
    writer.plainKey("events")
    writer.raw(eventsJSON.bytes)
    writer.endObject()
    return writer.bytes
  }

  /// Writes one document object (see ``data(_:)``); `entityIndex` maps the document's entity ids
  /// to the report's entity table.
  static func write(
    _ document: ReportDocument, entityIndex: [String: Int], to writer: inout JSONWriter
  ) {
    writer.beginObject()
    writer.plainKey("id")
    writer.string(document.id)
    writer.plainKey("referenceDate")
    writer.stringOrNull(document.referenceDate)
    writer.plainKey("referenceDateSource")
    writer.stringOrNull(document.referenceDateSource)
    writer.plainKey("text")
    writer.string(document.text)
    writer.plainKey("sentences")
    writer.beginArray()
    for sentence in document.sentences {
      writer.int(sentence.start)
      writer.int(sentence.end)
      writer.int(sentence.paragraph)
    }
    writer.endArray()
    writer.plainKey("mentions")
    writer.beginArray()
    for mention in document.mentions {
      writer.int(mention.start)
      writer.int(mention.end)
      writer.int(entityTypes.firstIndex(of: mention.type) ?? 0)
      writer.int(mention.entityID.flatMap { entityIndex[$0] } ?? -1)
    }
    writer.endArray()
    writer.plainKey("times")
    writer.beginArray()
    for time in document.times {
      writer.beginArray()
      writer.int(time.start)
      writer.int(time.end)
      writer.string(time.type.rawValue)
      writer.string(time.value)
      writer.string(time.precision.rawValue)
      if time.mod != nil || time.rangeBegin != nil || time.rangeEnd != nil {
        writer.stringOrNull(time.mod)
        writer.stringOrNull(time.rangeBegin)
        writer.stringOrNull(time.rangeEnd)
      }
      writer.endArray()
    }
    writer.endArray()
    writer.plainKey("events")
    writer.beginArray()
    for event in document.events {
      writer.int(event.triggerStart)
      writer.int(event.triggerEnd)
    }
    writer.endArray()
    writer.endObject()
  }

  /// The calendar span of a date: minutes since 0001-01-01, from the start of its first value to
  /// the end of its last (a range spans both ends); `nil` when it names no particular time.
  static func span(of date: EventDate) -> TimexInterval? {
    guard let first = TimexInterval(timex: date.begin ?? date.value) else { return nil }
    guard let last = date.end.flatMap({ TimexInterval(timex: $0) }) else { return first }
    return TimexInterval(start: first.start, end: max(first.end, last.end))
  }

  /// Writes one timeline entry (see ``data(_:)``).
  func write(
    _ entry: Timeline.Entry, entityIndex: (TimelineMention.Argument) -> Int,
    to writer: inout JSONWriter
  ) {
    writer.beginObject()
    writer.plainKey("id")
    writer.string(entry.id)
    writer.plainKey("date")
    writer.stringOrNull(entry.date?.value)
    writer.plainKey("precision")
    writer.stringOrNull(entry.date?.precision.rawValue)
    if let begin = entry.date?.begin, let end = entry.date?.end {
      writer.plainKey("rangeBegin")
      writer.string(begin)
      writer.plainKey("rangeEnd")
      writer.string(end)
    }
    let span = entry.date.flatMap(HTMLReport.span)
    writer.plainKey("begin")
    if let span { writer.int(Int(span.start)) } else { writer.null() }
    writer.plainKey("end")
    if let span { writer.int(Int(span.end)) } else { writer.null() }
    writer.plainKey("lemma")
    writer.string(entry.lemma)
    writer.plainKey("trigger")
    writer.string(entry.mentions[0].triggerText)
    writer.plainKey("class")
    writer.string(entry.mentions[0].eventClass)
    writer.plainKey("confidence")
    writer.double((entry.confidence * 100).rounded() / 100)
    // Participants by entity: the first mention's argument stands for each.
    var arguments: [String: TimelineMention.Argument] = [:]
    for mention in entry.mentions {
      for argument in mention.participants where arguments[argument.identity] == nil {
        arguments[argument.identity] = argument
      }
    }
    writer.plainKey("participants")
    writer.beginArray()
    for participant in entry.participants {
      writer.beginArray()
      let identity = participant.entityID ?? "name:" + participant.name.lowercased()
      writer.int(arguments[identity].map(entityIndex) ?? -1)
      writer.string(participant.name)
      writer.string(participant.type.rawValue)
      writer.string(participant.roles.map(\.rawValue).joined(separator: ","))
      writer.endArray()
    }
    writer.endArray()
    writer.plainKey("place")
    if let place = entry.place {
      writer.beginArray()
      writer.int(entityIndex(place))
      writer.string(place.name)
      writer.string(place.type.rawValue)
      writer.endArray()
    } else {
      writer.null()
    }
    writer.plainKey("mentions")
    writer.beginArray()
    for mention in entry.mentions {
      write(mention, of: entry, entityIndex: entityIndex, to: &writer)
    }
    writer.endArray()
    writer.endObject()
  }

  private func write(
    _ mention: TimelineMention, of entry: Timeline.Entry,
    entityIndex: (TimelineMention.Argument) -> Int,
    to writer: inout JSONWriter
  ) {
    let location = eventLocations[mention.eventID]
    // Offsets into the document's text, or into the sentence for a mention without its document.
    let locate: (Int, Int, String) -> (Int, Int)
    if location != nil {
      locate = { start, end, _ in (start, end) }
    } else {
      let locator = SentenceLocator(mention)
      locate = { start, end, text in locator.locate(start: start, end: end, text: text) }
    }
    writer.beginArray()
    writer.int(location?.document ?? -1)
    writer.int(location?.event ?? -1)
    writer.int(mention.sentence)
    let trigger = locate(mention.triggerStart, mention.triggerEnd, mention.triggerText)
    writer.int(trigger.0)
    writer.int(trigger.1)
    let place = mention.place.map { locate($0.start, $0.end, $0.text) } ?? (-1, -1)
    writer.int(place.0)
    writer.int(place.1)
    let time = mention.time.map { locate($0.start, $0.end, $0.text) } ?? (-1, -1)
    writer.int(time.0)
    writer.int(time.1)
    writer.int(mention.date.flatMap { HTMLReport.dateSources.firstIndex(of: $0.source) } ?? -1)
    writer.beginArray()
    for argument in mention.participants {
      let (start, end) = locate(argument.start, argument.end, argument.text)
      writer.int(start)
      writer.int(end)
      writer.int(HTMLReport.roles.firstIndex(of: argument.role) ?? 0)
      writer.int(entityIndex(argument))
    }
    writer.endArray()
    if location == nil {
      writer.stringOrNull(mention.date?.value)
      writer.string(mention.document)
      writer.string(mention.sentenceText)
    } else if mention.date?.value != entry.date?.value {
      writer.stringOrNull(mention.date?.value)
    }
    writer.endArray()
  }
}
