import Foundation
import Testing

@testable import ChronicleKit

@Suite("HTML report")
struct HTMLReportTests {
  /// Text that would run a script or add markup if it were pasted into the page as HTML.
  static let hostileText =
    "Kim Jong Un met Donald Trump in Hanoi on Wednesday. </script><script>alert(1)</script> "
    + "Ri said \"no deal\" & <!-- left --> <b>bold</b> <img src=x onerror=alert(2)>\u{2028}It ended.\u{2029}"
  static let hostileID = "<img src=x onerror=alert(3)>\"&"

  static let dataOpener = #"<script type="application/json" id="report-data">"#

  /// The page's embedded data, as written.
  static func dataBlock(_ page: String) throws -> Substring {
    let start = try #require(page.range(of: dataOpener)).upperBound
    let end = try #require(page.range(of: "</script>", range: start..<page.endIndex)).lowerBound
    return page[start..<end]
  }

  /// The page's embedded data, parsed by Foundation (not by Chronicle's own parser).
  static func data(_ page: String) throws -> [String: Any] {
    let block = try dataBlock(page)
    return try #require(JSONSerialization.jsonObject(with: Data(block.utf8)) as? [String: Any])
  }

  static func report(_ documents: [Document]) -> String {
    var report = HTMLReport()
    for document in documents { report.add(ReportDocument(document)) }
    return String(
      decoding: report.render(Timeline(mentions: report.mentions).entries), as: UTF8.self)
  }

  static func occurrences(of needle: String, in text: String) -> Int {
    text.lowercased().components(separatedBy: needle.lowercased()).count - 1
  }

  /// The UTF-16 slice `start..<end` of `text`, as JavaScript's `text.slice(start, end)`.
  static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
    let units = Array(text.utf16)
    return String(decoding: units[start..<end], as: UTF16.self)
  }

  @Test("htmlSafe JSON escapes <, > and & as well; the default does not")
  func htmlSafeJSON() throws {
    let value = "</script><!--&'\"\u{2028}é😀"
    var safe = JSONWriter(htmlSafe: true)
    safe.string(value)
    let text = String(decoding: safe.bytes, as: UTF8.self)
    #expect(text == #""\u003c/script\u003e\u003c!--\u0026'\"\u2028é😀""#)
    let parsed =
      try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed) as? String
    #expect(parsed == value)
    var plain = JSONWriter()
    plain.string("<a & b>")
    #expect(String(decoding: plain.bytes, as: UTF8.self) == #""<a & b>""#)
  }

  @Test(
    "SHA-256 matches the FIPS 180-4 examples",
    arguments: [
      ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
      ),
      (
        String(repeating: "a", count: 1000),
        "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"
      ),
    ])
  func sha256(_ example: (String, String)) {
    let hex = SHA256.digest(Array(example.0.utf8)).map {
      String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16)
    }.joined()
    #expect(hex == example.1)
  }

  @Test("base64 of a digest, as a Content-Security-Policy source")
  func base64() {
    #expect(
      SHA256.base64Digest(Array("abc".utf8)) == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
    #expect(SHA256.base64([0x66, 0x6F]) == "Zm8=")
    #expect(SHA256.base64([0x66]) == "Zg==")
  }

  @Test(
    "a hostile document ends up inert: only the page's two script elements, and its text comes back whole"
  )
  func hostileDocument() throws {
    let document = try EventFixtures.process(
      Self.hostileText, id: Self.hostileID, date: "2019-02-28")
    let page = Self.report([document])
    // Exactly the data element and the page's own script: nothing in the text opened or closed one.
    #expect(Self.occurrences(of: "<script", in: page) == 2)
    #expect(Self.occurrences(of: "</script", in: page) == 2)
    #expect(Self.occurrences(of: "<img", in: page) == 0)
    #expect(Self.occurrences(of: "<b>", in: page) == 0)
    let block = try Self.dataBlock(page)
    #expect(!block.contains("<") && !block.contains(">") && !block.contains("&"))
    #expect(!block.contains("\u{2028}") && !block.contains("\u{2029}"))
    let data = try Self.data(page)
    let documents = try #require(data["documents"] as? [[String: Any]])
    #expect(documents.count == 1)
    #expect(documents.first?["text"] as? String == Self.hostileText)
    #expect(documents.first?["id"] as? String == Self.hostileID)
    // The annotations survive too: the names and the day are found in the text.
    let mentions = try #require(documents.first?["mentions"] as? [Int])
    #expect(mentions.count / 4 >= 3)
    let events = try #require(data["events"] as? [[String: Any]])
    #expect(events.contains { $0["date"] as? String == "2019-02-27" })
  }

  @Test(
    "the page's script and styles cannot end their elements early, and the policy allows exactly that script"
  )
  func pageParts() throws {
    #expect(Self.occurrences(of: "</script", in: HTMLReport.script) == 0)
    #expect(!HTMLReport.script.contains("<!--"))
    #expect(Self.occurrences(of: "</style", in: HTMLReport.style) == 0)
    let page = Self.report([
      try EventFixtures.process("Kim met Trump in Hanoi on Wednesday.", date: "2019-02-28")
    ])
    // Every slot is filled.
    let outsideData = page.replacingOccurrences(of: String(try Self.dataBlock(page)), with: "")
    #expect(!outsideData.contains("{{"))
    // The policy names the SHA-256 of the script as it stands in the page.
    let scriptStart = try #require(page.range(of: "<script>", options: .backwards)).upperBound
    let scriptEnd = try #require(page.range(of: "</script>", options: .backwards)).lowerBound
    let script = page[scriptStart..<scriptEnd]
    #expect(script == HTMLReport.script)
    let hash = SHA256.base64Digest(Array(script.utf8))
    #expect(page.contains("script-src 'sha256-\(hash)'"))
    #expect(page.contains("default-src 'none'"))
    // Nothing is loaded from anywhere.
    for needle in ["http:", "https:", "src=", "href=\"http", "@import", "url("] {
      #expect(
        !HTMLReport.markup.contains(needle) && !HTMLReport.style.contains(needle),
        "the page refers to \(needle)")
    }
    for needle in [
      "fetch(", "XMLHttpRequest", "WebSocket", "EventSource", "sendBeacon", "import(", "innerHTML",
      "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
    ] {
      #expect(!HTMLReport.script.contains(needle), "the script uses \(needle)")
    }
  }

  @Test("offsets are UTF-16 code units: JavaScript slices the text with them")
  func utf16Offsets() throws {
    let text =
      "“Zoë” 😀 said Kim Jong Un met Donald Trump in Hanoi on Wednesday. Trump left 𝒳 Vietnam on Thursday."
    let document = try EventFixtures.process(text, date: "2019-02-28")
    #expect(!document.mentions.isEmpty && !document.times.isEmpty && !document.events.isEmpty)
    let data = try Self.data(Self.report([document]))
    let documents = try #require(data["documents"] as? [[String: Any]])
    let page = try #require(documents.first)
    let mentions = try #require(page["mentions"] as? [Int])
    #expect(mentions.count == document.mentions.count * 4)
    for (i, mention) in document.mentions.enumerated() {
      #expect(
        Self.slice(text, mentions[4 * i], mentions[4 * i + 1]) == document.text(in: mention.range))
    }
    let times = try #require(page["times"] as? [[Any]])
    for (time, expression) in zip(times, document.times) {
      let (start, end) = (try #require(time[0] as? Int), try #require(time[1] as? Int))
      #expect(Self.slice(text, start, end) == document.text(in: expression.range))
    }
    let sentences = try #require(page["sentences"] as? [Int])
    #expect(sentences.count == document.sentences.count * 3)
    for (i, sentence) in document.sentences.enumerated() {
      #expect(
        Self.slice(text, sentences[3 * i], sentences[3 * i + 1])
          == document.text(in: sentence.range))
    }
    // Event mentions: the trigger, the participants, the place and the time.
    let triggers = Set(document.events.map { document.text(in: $0.trigger.range) })
    let names = Set(document.mentions.map { document.text(in: $0.range) })
    let days = Set(document.times.map { document.text(in: $0.range) })
    let events = try #require(data["events"] as? [[String: Any]])
    #expect(events.count >= 2)
    for event in events {
      for mention in try #require(event["mentions"] as? [[Any]]) {
        let span = { (i: Int) throws -> String in
          Self.slice(text, try #require(mention[i] as? Int), try #require(mention[i + 1] as? Int))
        }
        #expect(triggers.contains(try span(3)))
        if (mention[5] as? Int ?? -1) >= 0 { #expect(names.contains(try span(5))) }
        if (mention[7] as? Int ?? -1) >= 0 { #expect(days.contains(try span(7))) }
        let arguments = try #require(mention[10] as? [Int])
        for k in stride(from: 0, to: arguments.count, by: 4) {
          #expect(names.contains(Self.slice(text, arguments[k], arguments[k + 1])))
        }
      }
    }
  }

  @Test("entities are merged across documents by id")
  func entitiesAcrossDocuments() throws {
    let first = try EventFixtures.process(
      "Donald Trump met Kim Jong Un in Hanoi on Wednesday.", id: "a", date: "2019-02-28")
    let second = try EventFixtures.process(
      "Trump left Hanoi. Donald Trump said talks failed.", id: "b", date: "2019-03-01")
    let data = try Self.data(Self.report([first, second]))
    let entities = try #require(data["entities"] as? [[String: Any]])
    let trump = entities.filter { $0["name"] as? String == "Donald Trump" }
    #expect(trump.count == 1)
    #expect(trump.first?["documents"] as? Int == 2)
    let expected = [first, second].flatMap(\.entities).filter { $0.name == "Donald Trump" }.map(
      \.mentionCount
    ).reduce(0, +)
    #expect(trump.first?["mentions"] as? Int == expected)
    #expect((data["documents"] as? [Any])?.count == 2)
  }

  @Test(
    "a merged timeline's report keeps each sentence and finds the spans in it, whatever unit the offsets were in",
    arguments: OffsetConverter.Unit.allCases)
  func timelineOnly(_ unit: OffsetConverter.Unit) throws {
    // Non-ASCII text inside the sentence, before the spans: the units differ there.
    let text = "At Zoë’s café “Le 😀” in Hanoi, Kim Jong Un met Donald Trump on Wednesday."
    let document = try EventFixtures.process(text, date: "2019-02-28")
    let entries = Timeline(mentions: TimelineMention.mentions(of: document, offsets: unit)).entries
    #expect(!entries.isEmpty)
    let page = String(decoding: TimelineEncoder().encode(entries, format: .html), as: UTF8.self)
    let data = try Self.data(page)
    #expect((data["documents"] as? [Any])?.isEmpty == true)
    let events = try #require(data["events"] as? [[String: Any]])
    #expect(events.count == entries.count)
    for (event, entry) in zip(events, entries) {
      let mention = try #require((event["mentions"] as? [[Any]])?.first)
      #expect(mention[0] as? Int == -1)
      let sentence = try #require(mention[13] as? String)
      #expect(sentence == entry.mentions[0].sentenceText)
      #expect(mention[12] as? String == document.id)
      let trigger = Self.slice(
        sentence, try #require(mention[3] as? Int), try #require(mention[4] as? Int))
      #expect(trigger == entry.mentions[0].triggerText)
      if let place = entry.mentions[0].place {
        let found = Self.slice(
          sentence, try #require(mention[5] as? Int), try #require(mention[6] as? Int))
        #expect(found == place.text)
      }
    }
  }

  @Test("an event's span on the axis: a month spans its month, a range both its ends")
  func spans() throws {
    let minutesPerDay: Int64 = 1440
    let june = try #require(
      HTMLReport.span(
        of: EventDate(value: "2018-06", precision: .month, source: .explicit, time: nil)))
    #expect(june.start == Int64(TimexInterval.days(2018, 6, 1)) * minutesPerDay)
    #expect(june.end == Int64(TimexInterval.days(2018, 7, 1)) * minutesPerDay)
    let range = try #require(
      HTMLReport.span(
        of: EventDate(
          value: "2010", precision: .year, begin: "2010", end: "2012", source: .explicit, time: nil)
      ))
    #expect(range.start == Int64(TimexInterval.days(2010, 1, 1)) * minutesPerDay)
    #expect(range.end == Int64(TimexInterval.days(2013, 1, 1)) * minutesPerDay)
    #expect(
      HTMLReport.span(
        of: EventDate(value: "XXXX-WXX-3", precision: .day, source: .explicit, time: nil)) == nil)
  }
}
