import ChronicleKit
import Foundation
import Testing

/// Text scraped from anywhere, through every stage: the document is never lost, what was
/// repaired says so, every range lies inside the text on scalar boundaries and in order, the
/// JSON output parses, and the output grows linearly with the input.
@Suite("Hostile input")
struct HostileInputTests {
  /// Every stage, built once.
  static let pipeline: Pipeline = {
    do {
      return try Pipeline.standard(for: .all, configuration: .init(dataDirectory: TestData.gazetteers))
    } catch {
      fatalError("cannot build the standard pipeline: \(error)")
    }
  }()

  typealias TemporaryDirectory = DocumentReaderTests.TemporaryDirectory

  /// Reads inputs as the command line does and runs every stage on each document.
  static func process(_ paths: [String]) throws -> [Document] {
    try DocumentReader(paths: paths).readAll().map { item in
      var document = Document(input: try item.get())
      try pipeline.process(&document)
      return document
    }
  }

  static func process(_ text: String, date: String? = "2019-02-28") throws -> Document {
    try pipeline.processed(Document(input: DocumentInput(id: "hostile", text: text, date: date, location: "hostile")))
  }

  /// Checks that every layer of a processed document is well formed.
  static func expectWellFormed(_ document: Document, sourceLocation: SourceLocation = #_sourceLocation) {
    let bytes = Array(document.text.utf8)
    func isBoundary(_ offset: Int) -> Bool {
      offset == bytes.count || (offset >= 0 && offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
    }
    func check(_ ranges: [TextRange], _ layer: String, ordered: Bool = true) {
      var previous: TextRange?
      for range in ranges {
        guard range.start >= 0, range.start <= range.end, range.end <= bytes.count, isBoundary(range.start),
          isBoundary(range.end)
        else {
          Issue.record("\(layer): \(range) is not a range of the text on scalar boundaries", sourceLocation: sourceLocation)
          return
        }
        if ordered, let previous, previous.end > range.start {
          Issue.record("\(layer): \(previous) and \(range) overlap or are out of order", sourceLocation: sourceLocation)
          return
        }
        previous = range
      }
    }
    #expect(document.layers.isSuperset(of: [.sentences, .tokens, .entities, .times, .events]), sourceLocation: sourceLocation)
    check(document.sentences.map(\.range), "sentences")
    check(document.tokens.map(\.range), "tokens")
    check(document.mentions.map(\.range), "mentions")
    check(document.times.map(\.range), "times")
    check(document.events.map(\.trigger.range), "event triggers")
    check(document.events.flatMap { $0.participants.map(\.range) + ($0.place.map { [$0.range] } ?? []) }, "arguments", ordered: false)
    let entities = Set(document.entities.map(\.id))
    #expect(document.mentions.allSatisfy { $0.entityID.map(entities.contains) ?? true }, sourceLocation: sourceLocation)
    #expect(Set(document.events.map(\.id)).count == document.events.count, sourceLocation: sourceLocation)
    #expect(
      document.events.allSatisfy { event in
        document.sentences.indices.contains(event.sentence)
          && (event.date?.time).map { document.times.indices.contains($0) } ?? true
      }, sourceLocation: sourceLocation)
    // The JSON written for it parses and gives the text back.
    var writer = JSONWriter()
    DocumentEncoder(layers: .all, includeDiagnostics: true).writeJSON(document, to: &writer)
    let json = String(decoding: writer.bytes, as: UTF8.self)
    #expect((try? JSONParser.parse(json))?["id"]?.stringValue == document.id, sourceLocation: sourceLocation)
  }

  /// How much each layer of a document holds: a quadratic blow-up in any stage (every mention
  /// linked to every other, events naming everyone) shows in these counts.
  static func sizes(_ document: Document) -> [(layer: String, count: Int)] {
    [
      ("sentences", document.sentences.count), ("tokens", document.tokens.count),
      ("mentions", document.mentions.count), ("entities", document.entities.count),
      ("times", document.times.count), ("events", document.events.count),
      ("participants", document.events.reduce(0) { $0 + $1.participants.count }),
      ("diagnostics", document.diagnostics.count),
    ]
  }

  /// Expects that twice the text gives at most about twice the output in every layer (linear,
  /// not quadratic), and that both documents are well formed. Time is not measured here (unit
  /// tests do not time things); `scripts/hostile-inputs.sh` times the same kinds of input at two
  /// sizes with the release build.
  @discardableResult
  static func expectProportional(
    _ name: String, size: Int, date: String? = nil, _ make: (Int) -> String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Document {
    let small = try process(make(size), date: date)
    let large = try process(make(2 * size), date: date)
    for ((layer, smallCount), (_, largeCount)) in zip(sizes(small), sizes(large)) {
      #expect(
        largeCount <= 2 * smallCount + 2 + smallCount / 10,
        "\(name), \(layer): \(smallCount) for \(small.text.utf8.count) bytes, \(largeCount) for \(large.text.utf8.count) bytes",
        sourceLocation: sourceLocation)
    }
    expectWellFormed(small, sourceLocation: sourceLocation)
    expectWellFormed(large, sourceLocation: sourceLocation)
    return large
  }

  /// The words of the samples without any punctuation, repeated to at least `size` bytes.
  static func unpunctuated(_ size: Int) -> String {
    let samples = (try? FileManager.default.contentsOfDirectory(atPath: TestData.samples)) ?? []
    var words: [Substring] = []
    for name in samples.sorted() where name.hasSuffix(".txt") {
      let text = (try? String(contentsOfFile: TestData.samples + "/" + name, encoding: .utf8)) ?? ""
      let letters = String(String.UnicodeScalarView(text.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? $0 : " " }))
      words += letters.split(separator: " ")
    }
    let line = words.joined(separator: " ") + " "
    var text = String(repeating: line, count: size / line.utf8.count + 1)
    text.makeContiguousUTF8()
    return text
  }

  // MARK: - Bytes

  @Test("invalid UTF-8 and NUL bytes: the document is kept, repaired with a warning, and annotated")
  func invalidBytes() throws {
    let directory = try TemporaryDirectory()
    let bytes: [UInt8] =
      Array("Trump met Kim in Hanoi on Feb. 27, 2019.".utf8) + [0x00, 0xFF, 0xC3, 0x28, 0xE2, 0x82, 0x00]
      + Array(" Kim left on Thursday. \0".utf8) + [0xF0, 0x9F, 0x98]
    let file = try directory.write("bad.txt", bytes)
    let documents = try Self.process([file])
    #expect(documents.count == 1)
    let document = try #require(documents.first)
    #expect(document.text.contains("\u{FFFD}"))
    #expect(document.text.contains("\0"))
    #expect(document.diagnostics.contains { $0.code == "input.invalid-utf8" && $0.message.contains(file) })
    #expect(document.mentions.contains { document.text(in: $0.range) == "Hanoi" })
    #expect(document.times.contains { $0.value == "2019-02-27" })
    Self.expectWellFormed(document)
  }

  @Test("a byte-order mark is dropped from text and JSON Lines files; offsets count from the text")
  func byteOrderMark() throws {
    let directory = try TemporaryDirectory()
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let text = try directory.write("bom.txt", bom + Array("Kim met Trump in Hanoi.".utf8))
    let lines = try directory.write(
      "bom.jsonl", bom + Array("{\"id\":\"a\",\"text\":\"Kim met Trump in Hanoi.\"}\r\n{\"id\":\"b\",\"text\":\"Second.\"}\r\n".utf8))
    let documents = try Self.process([text, lines])
    #expect(documents.map(\.id) == [text, "a", "b"])
    for document in documents.prefix(2) {
      #expect(document.text == "Kim met Trump in Hanoi.")
      #expect(document.sentences.first?.range.start == 0)
      #expect(document.mentions.first.map { document.text(in: $0.range) } == "Kim")
      Self.expectWellFormed(document)
    }
  }

  @Test("CR, CRLF and LF line endings give the same sentences, names and times")
  func lineEndings() throws {
    let paragraphs = [
      "North Korea, White House offer dueling claims", "HANOI, Vietnam, Feb. 28, 2019 -- Trump sat down with Kim.",
      "He left Hanoi on Thursday.",
    ]
    var results: [[String]] = []
    for ending in ["\n", "\r\n", "\r"] {
      let document = try Self.process(paragraphs.joined(separator: ending + ending) + ending)
      Self.expectWellFormed(document)
      var summary = document.sentences.map { "\($0.paragraph): " + document.text(in: $0.range) }
      summary += document.mentions.map { document.text(in: $0.range) }
      summary += document.times.map { document.text(in: $0.range) + " = " + $0.value }
      results.append(summary)
    }
    #expect(results[0].count >= 5)
    #expect(results[1] == results[0])
    #expect(results[2] == results[0])
  }

  @Test("right-to-left text, combining characters and emoji keep every range on scalar boundaries")
  func scripts() throws {
    let text = """
      ‏مرحبا بالعالم‎ Trump met Kim in Hanoi on Feb. 27, 2019. שלום עולם 👩‍👩‍👧‍👦🇻🇳 Zoe\u{0308}\u{0301}\u{0327} said \
      ‮Friday‬ was 🎉. Ko\u{0308}nig visited Berlin on Monday\u{0301}. \u{200B}Kim\u{200D} left.
      """
    let document = try Self.process(text)
    Self.expectWellFormed(document)
    #expect(document.mentions.contains { document.text(in: $0.range) == "Hanoi" })
    #expect(document.times.contains { $0.value == "2019-02-27" })
    // Code point offsets (the default output) count each scalar once.
    let converter = OffsetConverter(text: document.text, unit: .codepoint)
    for mention in document.mentions {
      let (start, end) = converter.convert(mention.range)
      let scalars = Array(document.text.unicodeScalars)
      #expect(String(String.UnicodeScalarView(scalars[start..<end])) == document.text(in: mention.range))
    }
  }

  // MARK: - JSON

  @Test("lone surrogates and invalid UTF-8 in JSON Lines are repaired with a warning, and annotated")
  func surrogates() throws {
    let directory = try TemporaryDirectory()
    let line =
      Array("{\"id\":\"s\",\"text\":\"\\ud800 Trump met Kim in Hanoi \\udc00\\ud83d on Feb. 27, 2019. \\u0000 ".utf8)
      + [0xFF, 0xFE] + Array(" \\ud83d\\ude00\"}\n".utf8)
    let file = try directory.write("surrogates.jsonl", line)
    let document = try #require(try Self.process([file]).first)
    #expect(document.text.hasPrefix("\u{FFFD} Trump"))
    #expect(document.text.hasSuffix("😀"))
    #expect(document.diagnostics.contains { $0.code == "input.repaired-text" && $0.message.contains(file + ":1") })
    #expect(document.times.contains { $0.value == "2019-02-27" })
    Self.expectWellFormed(document)
  }

  @Test(
    "invalid UTF-8 in a JSON string is counted as a repair, even when the repair keeps its length",
    arguments: [
      ([0xF0, 0x9F, 0x98], "\u{FFFD}", 1),  // a cut 4-byte sequence: three bytes for three
      ([0x41, 0xFF, 0x42], "A\u{FFFD}B", 1),
      ([0xC3, 0x28], "\u{FFFD}(", 1),
      ([0x5A, 0x6F, 0xC3, 0xAB, 0xE2, 0x80, 0x99], "Zoë’", 0),
      ([], "", 0),
    ] as [([UInt8], String, Int)])
  func stringRepairs(bytes: [UInt8], expected: String, repairs: Int) throws {
    let json = Array("[\"".utf8) + bytes + Array("\", \"plain text of some length\"]".utf8)
    try json.withUnsafeBufferPointer { buffer in
      var parser = JSONParser(bytes: buffer)
      let value = try parser.parseDocument()
      guard case .array(let items) = value else {
        Issue.record("expected an array")
        return
      }
      #expect(items.first?.stringValue == expected)
      #expect(items.last?.stringValue == "plain text of some length")
      #expect(parser.repairs == repairs)
    }
  }

  @Test("huge and deeply nested JSON values: huge ones are read, too deep ones fail alone by line")
  func hugeJSON() throws {
    let directory = try TemporaryDirectory()
    let numbers = "[" + (0..<100_000).map(String.init).joined(separator: ",") + "]"
    let long = String(repeating: "Trump met Kim in Hanoi. ", count: 1_000)
    let deep = String(repeating: "{\"a\":[", count: 50_000) + String(repeating: "]}", count: 50_000)
    let lines = [
      "{\"id\":\"numbers\",\"junk\":\(numbers),\"text\":\"Kim met Trump.\",\"more\":\"\(String(repeating: "x", count: 1_000_000))\"}",
      "{\"id\":\"deep\",\"text\":\"lost\",\"junk\":\(deep)}",
      "{\"id\":\"long\",\"text\":\"\(long)\"}",
      "{\"id\":\(String(repeating: "9", count: 10_000)),\"text\":\"Big id.\",\"n\":1e999999}",
    ]
    let file = try directory.write("huge.jsonl", lines.joined(separator: "\n"))
    let items = DocumentReader(paths: [file]).readAll()
    #expect(items.count == 4)
    if case .failure(let failure) = items[1] {
      #expect(failure.location == file + ":2")
      #expect(failure.reason.contains("nesting"))
    } else {
      Issue.record("expected the deeply nested line to fail")
    }
    let documents = try items.compactMap { try? $0.get() }.map { try Self.pipeline.processed(Document(input: $0)) }
    #expect(documents.map(\.id) == ["numbers", "long", String(repeating: "9", count: 10_000)])
    #expect(documents[1].sentences.count == 1_000)
    for document in documents { Self.expectWellFormed(document) }
  }

  // MARK: - Size and repetition

  @Test("a single token of a million characters")
  func millionCharacterToken() throws {
    let token = String(repeating: "x", count: 1_000_000)
    let document = try Self.process("Kim met Trump in Hanoi on Friday. " + token + " Kim left Hanoi.")
    #expect(document.tokens.contains { $0.range.length == 1_000_000 })
    #expect(document.mentions.filter { document.text(in: $0.range) == "Hanoi" }.count == 2)
    Self.expectWellFormed(document)
    let digits = try Self.process(String(repeating: "7", count: 1_000_000))
    #expect(digits.times.isEmpty)
    Self.expectWellFormed(digits)
  }

  @Test("a long line without punctuation: output grows linearly, events from bounded blocks")
  func longLine() throws {
    let document = try Self.expectProportional("unpunctuated line", size: 40_000, Self.unpunctuated)
    // One sentence of some 14,000 tokens, whose events come from blocks of at most 400.
    #expect(document.sentences.count == 1)
    #expect(document.tokens.count > 10 * 400)
    #expect(document.events.count > 100)
    #expect(document.events.allSatisfy { $0.participants.count <= 400 })
  }

  struct Repetition: Sendable, CustomTestStringConvertible {
    var unit: String
    var size = 20_000
    /// The reference date: with one, "Friday" depends on the tense around it; without, the
    /// text's own dates are looked at for one.
    var date: String?
    var testDescription: String { "\"\(unit)\" repeated" }
  }

  @Test(
    "pathological repetition: output grows linearly",
    arguments: [
      Repetition(unit: "May may "), Repetition(unit: "Mr. "), Repetition(unit: "Corps ", size: 40_000),
      Repetition(unit: "Kim met Trump in Hanoi and "), Repetition(unit: "on Friday it rained, ", date: "2019-02-28"),
      Repetition(unit: "Kim left Feb 28 "),
    ])
  func repetition(_ example: Repetition) throws {
    try Self.expectProportional(example.unit, size: example.size, date: example.date) { size in
      String(repeating: example.unit, count: size / example.unit.utf8.count)
    }
  }

  @Test("thousands of different dates and clock times, no window repeated: output grows linearly")
  func differentDates() throws {
    let months = ["January", "March", "May", "July", "September", "November"]
    let document = try Self.expectProportional("different dates", size: 20_000, date: "2019-02-28") { size in
      var generator = SplitMix64(seed: 11)
      func number(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(generator.next() % UInt64(range.count)) }
      var sentences: [String] = []
      var bytes = 0
      while bytes < size {
        let sentence =
          "On \(number(1...28)) \(months[number(0...5)]) \(number(1900...2030)) at \(number(1...12)):\(number(10...59)) p.m., "
          + "from \(number(1...28))/\(number(1...12))/\(number(1990...2020)) to \(number(1...28)) \(months[number(0...5)]), talks resumed."
        sentences.append(sentence)
        bytes += sentence.utf8.count + 1
      }
      return sentences.joined(separator: " ")
    }
    // Two per sentence: the date with its clock time, and the range.
    let sentences = document.sentences.count
    #expect(sentences > 100)
    #expect(document.times.count >= 2 * sentences)
  }

  @Test("thousands of different capitalised words: output grows linearly")
  func capitalisedWords() throws {
    let syllables = ["ka", "lo", "mi", "ren", "dor", "ta", "vi", "su", "bel", "han", "oi", "ng"]
    try Self.expectProportional("capitalised words", size: 30_000) { size in
      var generator = SplitMix64(seed: 7)
      var words: [String] = []
      var bytes = 0
      while bytes < size {
        let count = Int(generator.next() % 3) + 2
        let word = (0..<count).map { _ in syllables[Int(generator.next() % UInt64(syllables.count))] }.joined()
        let name = word.prefix(1).uppercased() + word.dropFirst()
        // Every other word a known family or given name (so that short forms are ambiguous), or
        // the last word of an organization's or a place's name.
        words.append(words.count % 2 == 0 ? name : ["Kim", "Corps", "Steve", "Street", "Trump"][words.count % 5])
        bytes += name.utf8.count + 1
      }
      return words.joined(separator: " ")
    }
  }
}

/// A small deterministic random number generator for test data.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
