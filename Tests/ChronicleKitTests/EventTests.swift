import ChronicleKit
import Foundation
import Testing

@Suite("Events and timelines")
struct EventTests {
  @Test("the Hanoi article's timeline: Singapore summit, Hanoi dinner, Thursday's statements, in order")
  func hanoi() throws {
    let sample = Golden.samples.first { $0.file == "hanoi-summit.txt" }!
    let document = try EventFixtures.pipeline.processed(try Golden.document(sample))
    let entries = EventFixtures.timeline([document]).entries
    func find(_ lemma: String, _ date: String, with names: [String], place: String? = nil) -> Int? {
      entries.firstIndex { entry in
        entry.lemma == lemma && entry.date?.value == date
          && names.allSatisfy { name in entry.participants.contains { $0.name == name } }
          && (place == nil || entry.place?.name == place)
      }
    }
    let summit = find("summit", "2018-06", with: ["Donald Trump", "Kim Jong Un"], place: "Singapore")
    let dinner = find("dinner", "2019-02-27", with: ["Donald Trump", "Kim Jong Un"], place: "Hanoi")
    let conference = find("press conference", "2019-02-28", with: ["Ri Yong Ho"])
    let riSaid = find("say", "2019-02-28", with: ["Ri Yong Ho"])
    let trumpSaid = find("say", "2019-02-28", with: ["Donald Trump"], place: "Hanoi")
    let found = [summit, dinner, conference, riSaid, trumpSaid]
    #expect(found.allSatisfy { $0 != nil }, "missing: \(found)")
    let indices = found.compactMap { $0 }
    #expect(indices[0] < indices[1] && indices[1] < indices[2] && indices[1] < indices[4])
    // Nothing from the page's footer.
    let subscribe = try #require(document.text.range(of: "Subscribe"))
    let footer = document.text.utf8.distance(from: document.text.startIndex, to: subscribe.lowerBound)
    #expect(!document.events.contains { $0.trigger.range.start >= footer })
  }

  @Test("an argument takes its entity's name, also when the entities were set from elsewhere")
  func argumentNamesFromEntities() throws {
    let text = "Kim met Trump in Hanoi on Wednesday. Kim Jong Un left Hanoi on Thursday."
    let processed = try EventFixtures.process(text, date: "2019-02-27")
    func names(_ document: Document) -> [[String]] { document.events.map { $0.participants.map(\.name) } }
    #expect(names(processed).contains { $0.contains("Kim Jong Un") })
    // The same layers set by hand, the entities in another order and renamed: the events stage
    // finds each mention's entity by its id.
    var byHand = Document(id: "test", text: text, date: "2019-02-27")
    let stages = EventFixtures.pipeline.annotators
    for stage in stages.dropLast() { try stage.annotate(&byHand) }
    byHand.entities = processed.entities.reversed().map { entity in
      var entity = entity
      entity.name = entity.name.uppercased()
      return entity
    }
    try stages.last!.annotate(&byHand)
    #expect(names(byHand) == names(processed).map { $0.map { $0.uppercased() } })
    #expect(byHand.events.map { $0.participants.map(\.entityID) } == processed.events.map { $0.participants.map(\.entityID) })
  }

  @Test("participants come from the trigger's clause, with roles; places prefer in/at")
  func arguments() throws {
    let document = try EventFixtures.process(
      "Gen. Kim Yong Chol met Mike Pompeo in New York on Thursday. \u{201C}We talked,\u{201D} said Neil Aspinall.",
      date: "2018-05-31")
    let met = try #require(document.events.first { $0.trigger.lemma == "meet" })
    #expect(met.participants.map(\.role) == [.agent, .patient])
    #expect(met.place?.name == "New York City" || met.place?.name == "New York")
    #expect(met.date?.value == "2018-05-31")
    #expect(met.date?.source == .explicit)
    let said = try #require(document.events.first { $0.trigger.lemma == "say" })
    #expect(said.participants.first?.role == .speaker)
    #expect(said.participants.first?.name == "Neil Aspinall")
  }

  @Test("a reporting verb in the past tense with no time takes the document's date")
  func documentDate() throws {
    let document = try EventFixtures.process("Foreign Minister Ri Yong Ho said the talks failed.", date: "2019-02-28")
    let said = try #require(document.events.first { $0.trigger.lemma == "say" })
    #expect(said.date?.value == "2019-02-28")
    #expect(said.date?.source == .documentDate)
  }

  @Test("a participle, or an infinitive of purpose after a verb of motion, takes the date of the verb it depends on; after the verb, the nearest time dates it")
  func participlesAndNearestTimes() throws {
    let document = try EventFixtures.process(
      "Steve Jobs opened the conference by praising Tim Cook, thanking Microsoft. "
        + "Steve Jobs fought cancer in 2004 and took six months off in early 2009.\n\n"
        + "Steve Jobs returned to the stage to introduce Tim Cook. Steve Jobs said he hoped to meet Bill Gates.",
      date: "2010-06-08")
    let dates = document.events.map {
      "\(document.text(in: $0.trigger.range))=\($0.date?.value ?? "none")/\($0.date?.source.rawValue ?? "-")"
    }
    #expect(dates.contains("opened=2010-06-08/documentDate"))
    #expect(dates.contains("praising=2010-06-08/mainEvent"))
    #expect(dates.contains("thanking=2010-06-08/mainEvent"))
    #expect(dates.contains("fought=2004/explicit"))
    // An infinitive of purpose after a verb of motion, but not after "hoped".
    #expect(dates.contains("introduce=2010-06-08/mainEvent"))
    #expect(!dates.contains { $0.hasPrefix("meet=") && $0.hasSuffix("/mainEvent") })
  }

  @Test("a time dates the trigger before it in its clause, else the one after it; a birth is an event")
  func timesBelongToTheirTrigger() throws {
    let document = try EventFixtures.process(
      "Barack Obama was born in Honolulu in 1961 and moved to Chicago in 1985. "
        + "In 2004, Steve Jobs fought cancer and founded a school.\n\n"
        + "Steve Jobs, born in San Francisco on February 24, 1955, started Apple.",
      date: "2011-10-06")
    let dates = document.events.map {
      "\(document.text(in: $0.trigger.range))=\($0.date?.value ?? "none")/\($0.place?.name ?? "-")"
    }
    #expect(dates.contains("was born=1961/Honolulu"))
    #expect(dates.contains("moved=1985/Chicago"))
    // No trigger before "In 2004": the first after it owns it, and one that owns no time takes
    // the clause's.
    #expect(dates.contains("fought=2004/-"))
    #expect(dates.contains("founded=2004/-"))
    #expect(dates.contains("born=1955-02-24/San Francisco"))
  }

  @Test("the baseline of a comparison dates nothing; a time in the possessive dates the noun it qualifies")
  func comparisonsAndPossessiveTimes() throws {
    let document = try EventFixtures.process(
      "Merkel's Christian Democrats won an election on Sunday, dealing a blow to rivals ahead of next year's "
        + "federal vote.\n\nThe CDU took 38.3 percent, down from 39.2 percent in 2013, while the SPD fell to 19.8 "
        + "percent.\n\nNokia's sales grew 5 percent in March compared with a year earlier.",
      date: "2018-10-29")
    let dates = Dictionary(
      document.events.map { (document.text(in: $0.trigger.range), $0.date?.value ?? "none") }, uniquingKeysWith: { a, _ in a })
    // "next year's" qualifies the vote, not the blow before it.
    #expect(dates["vote"] == "2019")
    #expect(dates["blow"] == "2018-10-28")
    // 2013 is when the CDU had 39.2 percent: it dates neither the fall (in a clause of its own,
    // with no time of its own) nor anything else.
    #expect(dates["fell"] == "none")
    #expect(!dates.values.contains("2013"))
    // "a year earlier" is the baseline: March dates the growth and the comparison.
    #expect(dates["grew"] == "2018-03")
    #expect(dates["compared"] == "2018-03")
    #expect(!dates.values.contains("2017"))
  }

  @Test("a participle's subject is its verb's; a place after 'in the' or 'at the' when the name heads its phrase")
  func participleSubjectsAndPlaces() throws {
    let document = try EventFixtures.process(
      "Steve Jobs met Tim Cook in Cupertino on Monday, saying the company was ready. "
        + "Barack Obama met Kim Jong Un in the United States on Friday.\n\n"
        + "Kim Jong Un offered to dismantle facilities in the Yongbyon area.",
      date: "2010-09-01")
    func arguments(_ trigger: String) -> [String] {
      document.events.filter { document.text(in: $0.trigger.range) == trigger }
        .flatMap { event in event.participants.map { "\($0.name)/\($0.role.rawValue)" } + [event.place?.name ?? "-"] }
    }
    #expect(arguments("saying") == ["Steve Jobs/speaker", "Cupertino"])
    #expect(arguments("met") == [
      "Steve Jobs/agent", "Tim Cook/patient", "Cupertino", "Barack Obama/agent", "Kim Jong Un/patient", "United States",
    ])
    // A name before a common noun qualifies it: it is no place of the event.
    #expect(arguments("dismantle") == ["Kim Jong Un/agent", "Yongbyon Nuclear Scientific Research Center/patient", "-"])
  }

  @Test("'he' passes over a woman named last and 'she' over a man, as their given names tell; a family name first tells nothing")
  func pronounsAgreeWithGivenNames() throws {
    let document = try EventFixtures.process(
      "Tim Cook met Sarah Sanders in Washington on Monday. He said the talks went well.\n\n"
        + "Hillary Clinton praised Steve Jobs on Tuesday. She said the company was ready.\n\n"
        + "Kim Jong Un met Moon Jae-in in Seoul on Monday. He said the talks went well.\n\n"
        // Donald is in both Census lists, but far more often a man's name.
        + "Sarah Sanders told reporters that Donald Trump would travel to Hanoi. She said the meeting was set.",
      date: "2019-02-20")
    let speakers = document.events.filter { document.text(in: $0.trigger.range) == "said" }
      .map { $0.participants.map(\.name) }
    #expect(speakers == [["Tim Cook"], ["Hillary Clinton"], ["Moon Jae-in"], ["Sarah Sanders"]])
  }

  @Test("a verb in the simple past takes the story's day; the past perfect and a 'but' clause are told apart")
  func simplePast() throws {
    let document = try EventFixtures.process(
      "Kim Jong Un left Hanoi. Kim had visited Vietnam. Donald Trump spoke to reporters, but left soon after.",
      date: "2019-02-28")
    let dates = document.events.map { "\(document.text(in: $0.trigger.range))=\($0.date?.value ?? "none")" }
    #expect(dates == ["left=2019-02-28", "visited=none", "spoke=2019-02-28", "left=2019-02-28"])
  }

  @Test("what would, could or might happen is no event; what will happen is")
  func modality() throws {
    let document = try EventFixtures.process(
      "Kim said the talks would be resumed. Trump could have signed the deal. Pompeo will visit Seoul.",
      date: "2019-02-28")
    #expect(document.events.map(\.trigger.lemma) == ["say", "visit"])
  }

  @Test("instructions at the start of a sentence are no events")
  func imperatives() throws {
    let document = try EventFixtures.process("Subscribe to Talk Media News.\n\nLeave a Reply")
    #expect(document.events.isEmpty)
  }

  @Test(
    "timeline order: by the start of each date's interval, the coarser first",
    arguments: [
      ("2018", "2018-06"), ("2018-06", "2018-06-01"), ("2018-06-01", "2018-06-12"), ("2018-06-12", "2018-06-12T09:00"),
      ("199", "1995"), ("18", "1900"), ("2019-Q1", "2019-02"), ("2019-W09", "2019-02-26"), ("2018-SU", "2018-07-01"),
      ("2019-02-28TMO", "2019-02-28T13:00"),
    ])
  func order(_ earlier: String, _ later: String) throws {
    let a = try #require(TimexInterval(timex: earlier))
    let b = try #require(TimexInterval(timex: later))
    #expect(a < b)
    #expect(!(b < a))
  }

  @Test(
    "each form of value covers its span of days and minutes",
    arguments: [
      ("20", "2000-01-01", "2100-01-01"), ("199", "1990-01-01", "2000-01-01"), ("2019", "2019-01-01", "2020-01-01"),
      ("2019-W09", "2019-02-25", "2019-03-04"), ("2019-W09-WE", "2019-03-02", "2019-03-04"),
      ("2019-W09-3", "2019-02-27", "2019-02-28"), ("2019-Q1", "2019-01-01", "2019-04-01"),
      ("2019-Q4", "2019-10-01", "2020-01-01"), ("2019-H2", "2019-07-01", "2020-01-01"),
      ("2019-SP", "2019-03-01", "2019-06-01"), ("2019-WI", "2019-12-01", "2020-03-01"),
      ("2019-02", "2019-02-01", "2019-03-01"), ("2019-12", "2019-12-01", "2020-01-01"),
      ("2020-02-29", "2020-02-29", "2020-03-01"),
    ])
  func spans(_ value: String, _ first: String, _ end: String) throws {
    let interval = try #require(TimexInterval(timex: value))
    let firstDay = try #require(TimexInterval(timex: first))
    let endDay = try #require(TimexInterval(timex: end))
    #expect(firstDay.end - firstDay.start == 1440)
    #expect(interval == TimexInterval(start: firstDay.start, end: endDay.start))
  }

  @Test("times of day are minutes of their day; days count from 0001-01-01")
  func minutes() throws {
    let day = try #require(TimexInterval(timex: "2019-02-28")).start
    #expect(TimexInterval(timex: "0001-01-01") == TimexInterval(start: 0, end: 1440))
    #expect(day == Int64(737_117) * 1440)
    #expect(TimexInterval(timex: "2019-02-28TMO") == TimexInterval(start: day + 6 * 60, end: day + 12 * 60))
    #expect(TimexInterval(timex: "2019-02-28TNI") == TimexInterval(start: day + 20 * 60, end: day + 24 * 60))
    #expect(TimexInterval(timex: "2019-02-28T09") == TimexInterval(start: day + 9 * 60, end: day + 10 * 60))
    #expect(TimexInterval(timex: "2019-02-28T09:05") == TimexInterval(start: day + 545, end: day + 546))
    for value in ["2019-02-28TXX", "2019-Q5", "2019-XX", "2019-W54", "2019-02-28T25", "2019-02-28T09:60", "2019-"] {
      #expect(TimexInterval(timex: value) == nil, "\(value)")
    }
  }

  @Test("values that name no particular time have no interval", arguments: ["PRESENT_REF", "XXXX-WXX-3", "P2D", "2015-02-29", "XXXX-06"])
  func noInterval(_ value: String) {
    #expect(TimexInterval(timex: value) == nil)
  }

  static let news = [
    ("a", "2019-02-28", "Foreign Minister Ri Yong Ho said on Thursday that North Korea wanted sanctions lifted."),
    ("b", "2019-02-28", "North Korea's Ri Yong Ho said on Thursday in Hanoi that sanctions must go."),
    ("c", "2019-02-27", "President Donald Trump met Kim Jong Un in Hanoi on Wednesday."),
    ("d", "2018-06-13", "Trump and Kim met in Singapore on Tuesday, June 12, 2018."),
  ]

  @Test("mentions of one event in several documents merge; the input's order does not matter")
  func merging() throws {
    let documents = try Self.news.map { try EventFixtures.process($0.2, id: $0.0, date: $0.1) }
    let timeline = EventFixtures.timeline(documents)
    let saying = timeline.entries.filter { $0.lemma == "say" }
    #expect(saying.count == 1)
    #expect(Set(saying.first?.mentions.map(\.document) ?? []) == ["a", "b"])
    let reversed = EventFixtures.timeline(documents.reversed())
    let encoder = TimelineEncoder()
    #expect(encoder.encode(timeline.entries, format: .jsonl) == encoder.encode(reversed.entries, format: .jsonl))
    // Dated in order: Singapore 2018, then Hanoi.
    let dates = timeline.entries.compactMap { $0.date?.value }
    #expect(dates == dates.sorted { TimexInterval(timex: $0)! < TimexInterval(timex: $1)! })
  }

  @Test("timelines written as JSON Lines merge into the same timeline as one run")
  func shards() throws {
    let documents = try Self.news.map { try EventFixtures.process($0.2, id: $0.0, date: $0.1) }
    let encoder = TimelineEncoder()
    let whole = encoder.encode(EventFixtures.timeline(documents).entries, format: .jsonl)
    var mentions: [TimelineMention] = []
    for shard in [Array(documents[0..<2]), Array(documents[2...])] {
      let bytes = encoder.encode(EventFixtures.timeline(shard).entries, format: .jsonl)
      for line in bytes.split(separator: 0x0A) {
        mentions += try Array(line).withUnsafeBufferPointer { try TimelineDecoder.mentions(from: $0) }
      }
    }
    #expect(encoder.encode(Timeline(mentions: mentions).entries, format: .jsonl) == whole)
  }

  @Test("an entity's timeline: by any of its names")
  func entityTimeline() throws {
    let documents = try Self.news.map { try EventFixtures.process($0.2, id: $0.0, date: $0.1) }
    let timeline = EventFixtures.timeline(documents)
    let ids = timeline.entityIDs(matching: "ri yong ho")
    #expect(!ids.isEmpty)
    let entries = timeline.involving(ids)
    #expect(!entries.isEmpty)
    #expect(entries.allSatisfy { $0.participants.contains { $0.name == "Ri Yong Ho" } })
    #expect(timeline.entityIDs(matching: "Nobody Atall").isEmpty)
  }

  @Test("TimelineJS dates are partial date objects; SemEval lines name document, sentence and word")
  func formats() throws {
    var writer = JSONWriter()
    #expect(TimelineEncoder.timelineJSDate("2018-06", to: &writer))
    #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"year":2018,"month":6}"#)
    writer = JSONWriter()
    #expect(TimelineEncoder.timelineJSDate("199", to: &writer))
    #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"year":1990,"display_date":"1990s"}"#)
    writer = JSONWriter()
    #expect(!TimelineEncoder.timelineJSDate("XXXX-06", to: &writer))

    let documents = try Self.news.map { try EventFixtures.process($0.2, id: $0.0, date: $0.1) }
    let entries = EventFixtures.timeline(documents).entries
    let semeval = String(decoding: TimelineEncoder().encode(entries, format: .semeval), as: UTF8.self)
    let first = semeval.split(separator: "\n").first { !$0.hasPrefix("0\t") }
    #expect(first?.hasPrefix("1\t2018-06-12\td-0-met") == true)
    let csv = String(decoding: TimelineEncoder().encode(entries, format: .csv), as: UTF8.self)
    #expect(csv.hasPrefix(TimelineEncoder.csvColumns.joined(separator: ",") + "\r\n"))
  }
}
