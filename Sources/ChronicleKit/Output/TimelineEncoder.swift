/// Writes timelines: JSON and JSON Lines (every mention, so ``TimelineDecoder`` can read them
/// back), CSV, TimelineJS and SemEval-2015 TSV.
public struct TimelineEncoder: Sendable {
  /// Whether formula-like CSV cells are neutralized.
  public var neutralizeFormulas: Bool

  /// Creates an encoder.
  public init(neutralizeFormulas: Bool = true) {
    self.neutralizeFormulas = neutralizeFormulas
  }

  /// The timeline in `format`.
  public func encode(_ entries: [Timeline.Entry], format: TimelineFormat) -> [UInt8] {
    switch format {
    case .json:
      var writer = JSONWriter(indent: 2)
      writer.beginArray()
      for entry in entries { write(entry, to: &writer) }
      writer.endArray()
      writer.newline()
      return writer.bytes
    case .jsonl:
      var writer = JSONWriter()
      for entry in entries {
        write(entry, to: &writer)
        writer.newline()
      }
      return writer.bytes
    case .csv:
      return csv(entries)
    case .timelinejs:
      return timelineJS(entries)
    case .semeval:
      return semeval(entries)
    case .html:
      return HTMLReport().render(entries)
    }
  }

  // MARK: - JSON

  /// One event: `{"id", "date", "precision", "range", "lemma", "trigger", "participants":
  /// [{"entity", "name", "type", "roles"}], "place", "confidence", "documents", "mentions": […]}`.
  public func write(_ entry: Timeline.Entry, to writer: inout JSONWriter) {
    writer.beginObject()
    writer.plainKey("id")
    writer.string(entry.id)
    writer.eventDate(entry.date, withSource: false)
    writer.plainKey("lemma")
    writer.string(entry.lemma)
    writer.plainKey("trigger")
    writer.string(entry.mentions[0].triggerText)
    writer.plainKey("participants")
    writer.beginArray()
    for participant in entry.participants {
      writer.beginObject()
      writer.plainKey("entity")
      writer.stringOrNull(participant.entityID)
      writer.plainKey("name")
      writer.string(participant.name)
      writer.plainKey("type")
      writer.plainString(participant.type.rawValue)
      writer.plainKey("roles")
      writer.beginArray()
      for role in participant.roles { writer.plainString(role.rawValue) }
      writer.endArray()
      writer.endObject()
    }
    writer.endArray()
    writer.plainKey("place")
    if let place = entry.place { writePlace(place, to: &writer) } else { writer.null() }
    writer.plainKey("confidence")
    writer.double((entry.confidence * 100).rounded() / 100)
    writer.plainKey("documents")
    writer.beginArray()
    var seen: Set<String> = []
    for mention in entry.mentions where seen.insert(mention.document).inserted { writer.string(mention.document) }
    writer.endArray()
    writer.plainKey("mentions")
    writer.beginArray()
    for mention in entry.mentions { write(mention, to: &writer) }
    writer.endArray()
    writer.endObject()
  }

  private func writePlace(_ place: TimelineMention.Argument, to writer: inout JSONWriter) {
    writer.beginObject()
    writer.plainKey("entity")
    writer.stringOrNull(place.entityID)
    writer.plainKey("name")
    writer.string(place.name)
    writer.endObject()
  }

  /// One mention, with everything needed to merge it again.
  public func write(_ mention: TimelineMention, to writer: inout JSONWriter) {
    writer.beginObject()
    writer.plainKey("document")
    writer.string(mention.document)
    writer.plainKey("event")
    writer.string(mention.eventID)
    writer.plainKey("sentence")
    writer.int(mention.sentence)
    writer.plainKey("sentenceStart")
    writer.int(mention.sentenceStart)
    writer.plainKey("sentenceEnd")
    writer.int(mention.sentenceEnd)
    writer.plainKey("sentenceText")
    writer.string(mention.sentenceText)
    writer.plainKey("trigger")
    writer.beginObject()
    writer.plainKey("start")
    writer.int(mention.triggerStart)
    writer.plainKey("end")
    writer.int(mention.triggerEnd)
    writer.plainKey("text")
    writer.string(mention.triggerText)
    writer.plainKey("lemma")
    writer.string(mention.lemma)
    writer.plainKey("pos")
    writer.plainString(mention.partOfSpeech.rawValue)
    writer.plainKey("class")
    writer.string(mention.eventClass)
    writer.endObject()
    writer.eventDate(mention.date, withSource: true)
    if let time = mention.time {
      writer.plainKey("time")
      writer.beginObject()
      writer.plainKey("start")
      writer.int(time.start)
      writer.plainKey("end")
      writer.int(time.end)
      writer.plainKey("text")
      writer.string(time.text)
      writer.endObject()
    }
    writer.plainKey("arguments")
    writer.beginArray()
    for argument in mention.participants { write(argument, to: &writer) }
    writer.endArray()
    writer.plainKey("place")
    if let place = mention.place { write(place, to: &writer) } else { writer.null() }
    writer.plainKey("confidence")
    writer.double((mention.confidence * 100).rounded() / 100)
    writer.endObject()
  }

  private func write(_ argument: TimelineMention.Argument, to writer: inout JSONWriter) {
    writer.beginObject()
    writer.plainKey("entity")
    writer.stringOrNull(argument.entityID)
    writer.plainKey("name")
    writer.string(argument.name)
    writer.plainKey("type")
    writer.plainString(argument.type.rawValue)
    writer.plainKey("role")
    writer.plainString(argument.role.rawValue)
    writer.plainKey("start")
    writer.int(argument.start)
    writer.plainKey("end")
    writer.int(argument.end)
    writer.plainKey("text")
    writer.string(argument.text)
    writer.endObject()
  }

  // MARK: - CSV

  /// The CSV columns: one row per event.
  public static let csvColumns = [
    "id", "date", "precision", "range_begin", "range_end", "date_source", "trigger", "lemma", "participants",
    "participant_ids", "participant_types", "place", "place_id", "sentence", "document", "sentence_index",
    "trigger_start", "trigger_end", "mentions", "documents", "confidence",
  ]

  private func csv(_ entries: [Timeline.Entry]) -> [UInt8] {
    var writer = CSVWriter(neutralizeFormulas: neutralizeFormulas)
    var header = CSVWriter(neutralizeFormulas: false)
    header.row(TimelineEncoder.csvColumns)
    for entry in entries {
      let first = entry.mentions[0]
      writer.text(entry.id)
      writer.text(entry.date?.value ?? "")
      writer.text(entry.date?.precision.rawValue ?? "")
      writer.text(entry.date?.begin ?? "")
      writer.text(entry.date?.end ?? "")
      writer.text(entry.date?.source.rawValue ?? "")
      writer.text(first.triggerText)
      writer.text(entry.lemma)
      writer.text(entry.participants.map(\.name).joined(separator: "; "))
      writer.text(entry.participants.map { $0.entityID ?? "" }.joined(separator: "; "))
      writer.text(entry.participants.map(\.type.rawValue).joined(separator: "; "))
      writer.text(entry.place?.name ?? "")
      writer.text(entry.place?.entityID ?? "")
      writer.text(first.sentenceText)
      writer.text(first.document)
      writer.int(first.sentence)
      writer.int(first.triggerStart)
      writer.int(first.triggerEnd)
      writer.int(entry.mentions.count)
      var seen: Set<String> = []
      writer.text(entry.mentions.map(\.document).filter { seen.insert($0).inserted }.joined(separator: "; "))
      writer.text(String((entry.confidence * 100).rounded() / 100))
      writer.endRow()
    }
    return header.bytes + writer.bytes
  }

  // MARK: - TimelineJS

  /// A TimelineJS date object for a TIMEX3 value: as many of year, month, day, hour and minute
  /// as the value states, with a `display_date` for decades, centuries, weeks, quarters and
  /// seasons. `nil` when the value has no year.
  public static func timelineJSDate(_ value: String, to writer: inout JSONWriter) -> Bool {
    let parts = value.split(separator: "T", maxSplits: 1)
    let date = parts.first.map(String.init) ?? ""
    let fields = date.split(separator: "-").map(String.init)
    guard let first = fields.first, let number = Int(first) else { return false }
    writer.beginObject()
    switch first.count {
    case 2:
      writer.plainKey("year")
      writer.int(number * 100)
      writer.plainKey("display_date")
      writer.string(ordinal(number + 1) + " century")
    case 3:
      writer.plainKey("year")
      writer.int(number * 10)
      writer.plainKey("display_date")
      writer.string("\(number * 10)s")
    default:
      writer.plainKey("year")
      writer.int(number)
    }
    if fields.count >= 2 {
      let second = fields[1]
      if let month = Int(second) {
        writer.plainKey("month")
        writer.int(month)
        if fields.count >= 3, let day = Int(fields[2]) {
          writer.plainKey("day")
          writer.int(day)
          if parts.count == 2 {
            let time = parts[1].split(separator: ":")
            if let hour = Int(time[0]) {
              writer.plainKey("hour")
              writer.int(hour)
              if time.count > 1, let minute = Int(time[1]) {
                writer.plainKey("minute")
                writer.int(minute)
              }
            }
          }
        }
      } else if let interval = TimexInterval(timex: value) {
        // Weeks, quarters, halves and seasons: their first day, with the value displayed.
        let day = Int(interval.start / 1440)
        let (y, m, d) = TimelineEncoder.civil(day)
        writer.plainKey("year")
        writer.int(y)
        writer.plainKey("month")
        writer.int(m)
        writer.plainKey("day")
        writer.int(d)
        writer.plainKey("display_date")
        writer.string(value)
      }
    }
    writer.endObject()
    return true
  }

  private static func ordinal(_ n: Int) -> String {
    let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
    return "\(n)\(suffix)"
  }

  /// The civil date of a day number (days from 0001-01-01).
  static func civil(_ dayNumber: Int) -> (Int, Int, Int) {
    let z = dayNumber + 306
    let era = (z >= 0 ? z : z - 146096) / 146097
    let dayOfEra = z - era * 146097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  private func timelineJS(_ entries: [Timeline.Entry]) -> [UInt8] {
    var writer = JSONWriter(indent: 2)
    writer.beginObject()
    writer.plainKey("title")
    writer.beginObject()
    writer.plainKey("text")
    writer.beginObject()
    writer.plainKey("headline")
    writer.string("Timeline")
    writer.plainKey("text")
    let documents = Set(entries.flatMap { $0.mentions.map(\.document) })
    writer.string("\(entries.count) events from \(documents.count) documents")
    writer.endObject()
    writer.endObject()
    writer.plainKey("events")
    writer.beginArray()
    for entry in entries {
      guard let date = entry.date else { continue }
      var probe = JSONWriter()
      guard TimelineEncoder.timelineJSDate(date.begin ?? date.value, to: &probe) else { continue }
      writer.beginObject()
      writer.plainKey("unique_id")
      writer.string(entry.id)
      writer.plainKey("start_date")
      _ = TimelineEncoder.timelineJSDate(date.begin ?? date.value, to: &writer)
      if let end = date.end {
        writer.plainKey("end_date")
        _ = TimelineEncoder.timelineJSDate(end, to: &writer)
      }
      writer.plainKey("text")
      writer.beginObject()
      writer.plainKey("headline")
      let names = entry.participants.prefix(3).map(\.name).joined(separator: ", ")
      let place = entry.place.map { " in " + $0.name } ?? ""
      writer.string((names.isEmpty ? "" : names + ": ") + entry.mentions[0].triggerText + place)
      writer.plainKey("text")
      writer.string(entry.mentions[0].sentenceText + " (" + entry.mentions[0].document + ")")
      writer.endObject()
      writer.plainKey("group")
      writer.string(entry.mentions[0].eventClass)
      writer.endObject()
    }
    writer.endArray()
    writer.endObject()
    writer.newline()
    return writer.bytes
  }

  // MARK: - SemEval-2015

  /// SemEval-2015 Task 4 TimeLine TSV: one line per event, `order<TAB>date<TAB>mention…` with
  /// each mention as `document-sentence-word`; undated events first with order 0 and date
  /// `XXXX-XX-XX`, then dated ones numbered by date (events on the same date share a number).
  private func semeval(_ entries: [Timeline.Entry]) -> [UInt8] {
    var lines: [String] = []
    func mentions(_ entry: Timeline.Entry) -> String {
      entry.mentions.map { mention in
        let word = mention.triggerText.split(separator: " ").first.map(String.init) ?? mention.triggerText
        return "\(mention.document)-\(mention.sentence)-\(word)"
      }.joined(separator: "\t")
    }
    for entry in entries where entry.date == nil {
      lines.append("0\tXXXX-XX-XX\t" + mentions(entry))
    }
    var order = 0
    var previous: String?
    for entry in entries {
      guard let date = entry.date else { continue }
      let value = date.begin ?? date.value
      if value != previous {
        order += 1
        previous = value
      }
      lines.append("\(order)\t\(value)\t" + mentions(entry))
    }
    return Array(lines.map { $0 + "\n" }.joined().utf8)
  }
}
