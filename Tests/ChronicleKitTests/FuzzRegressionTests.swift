import ChronicleKit
import Foundation
import Testing

/// Inputs kept from fuzzing (`scripts/fuzz.sh`, harness in `Fuzz/`): the crashes that were fixed
/// and a few nasty seeds per target. Every file in `Fixtures/fuzz/<target>/` goes through what
/// that fuzz target runs, and the output must keep its contract: ranges inside the text, on
/// character boundaries, in order and (where the layer promises it) not overlapping.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  static let directory = TestData.root + "/Tests/ChronicleKitTests/Fixtures/fuzz"

  /// The fixture files of a target, sorted.
  static func inputs(_ target: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory + "/" + target)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted()
  }

  static func bytes(_ target: String, _ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: directory + "/" + target + "/" + name)))
  }

  /// A fixture's text, decoded as the readers do (invalid UTF-8 becomes U+FFFD).
  static func text(_ target: String, _ name: String) throws -> String {
    String(decoding: try bytes(target, name), as: UTF8.self)
  }

  static let timesPipeline: Pipeline = {
    do {
      return try Pipeline.standard(for: .times, configuration: .init(dataDirectory: TestData.gazetteers))
    } catch {
      fatalError("cannot build the times pipeline: \(error)")
    }
  }()

  @Test("every target has fixtures")
  func fixturesPresent() {
    for target in ["sentences", "entities", "times", "jsonl", "gazetteers", "pipeline"] {
      #expect(!Self.inputs(target).isEmpty, "no fixtures for \(target)")
    }
  }

  @Test("sentences and tokens", arguments: inputs("sentences"))
  func sentences(_ name: String) throws {
    let text = try Self.text("sentences", name)
    for policy in SentenceSegmenter.NewlinePolicy.allCases {
      let sentences = try TestData.segmenter(policy).sentences(in: text)
      #expect(Contract.sentences(sentences, in: text) == [], "\(policy)")
    }
    #expect(Contract.ranges(Tokenizer().tokens(in: text).map(\.range), in: text, "token") == [])
  }

  @Test("entities", arguments: inputs("entities"))
  func entities(_ name: String) throws {
    let document = try EntityFixtures.process(try Self.text("entities", name))
    #expect(Contract.entities(document) == [])
  }

  @Test("times, with a reference date and without", arguments: inputs("times"))
  func times(_ name: String) throws {
    let text = try Self.text("times", name)
    for date in [ReferenceDate(value: DateTimeValue(iso8601: "2019-02-28")!, source: .option), nil] {
      let document = try Self.timesPipeline.processed(Document(id: name, text: text, referenceDate: date))
      #expect(Contract.times(document) == [])
    }
  }

  @Test("JSON Lines reader", arguments: inputs("jsonl"))
  func jsonLines(_ name: String) throws {
    let bytes = try Self.bytes("jsonl", name)
    let path = NSTemporaryDirectory() + "/chronicle-fuzz-regression-\(UUID().uuidString).jsonl"
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let items = DocumentReader(paths: [path], format: .jsonl).readAll()
    #expect(items.count <= bytes.count(where: { $0 == 0x0A }) + 1)
    for item in items {
      switch item {
      case .success(let input):
        #expect(input.location.hasPrefix(path + ":"))
        #expect(Document(input: input).text == input.text)
      case .failure(let failure):
        #expect(failure.location.hasPrefix(path))
      }
    }
  }

  /// As the fuzz target: the first byte picks the format (modulo 3: TSV, spaCy, RegexNER).
  @Test("gazetteer loaders", arguments: inputs("gazetteers"))
  func gazetteers(_ name: String) throws {
    let bytes = try Self.bytes("gazetteers", name)
    guard let selector = bytes.first else { return }
    let format = Int(selector % 3)
    var text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    if format == 0 && !text.contains("columns:") {
      text = "# columns: surface\ttype\tid\tname\tflags\tpriority\n" + text
    }
    let path = ["fuzz.tsv", "fuzz.jsonl", "fuzz.txt"][format]
    _ = try? GazetteerLoader().parse(text, path: path, isUser: true)
    let loaded = try? GazetteerLoader(skipMalformedLines: true).parse(text, path: path, isUser: true)
    if format != 0 && !text.contains("columns:") { #expect(loaded != nil, "failed with malformed lines skipped") }
    let entries = loaded?.entries ?? []
    #expect(entries.allSatisfy { !$0.surface.isEmpty })
    _ = GazetteerMatcher(entries: entries)
  }

  @Test("full pipeline and outputs", arguments: inputs("pipeline"))
  func pipeline(_ name: String) throws {
    let document = try EventFixtures.process(try Self.text("pipeline", name), id: name)
    #expect(Contract.sentences(document.sentences, in: document.text) == [])
    #expect(Contract.ranges(document.tokens.map(\.range), in: document.text, "token") == [])
    #expect(Contract.entities(document) == [])
    #expect(Contract.times(document) == [])
    #expect(
      Contract.ranges(document.events.map(\.trigger.range), in: document.text, "event trigger", disjoint: false) == [])
    for unit in OffsetConverter.Unit.allCases {
      var writer = JSONWriter()
      DocumentEncoder(layers: .all, offsets: unit, includeDiagnostics: true).writeJSON(document, to: &writer)
      #expect(Contract.isJSON(writer.bytes), "document JSON (\(unit))")
    }
    let entries = EventFixtures.timeline([document]).entries
    for format in [TimelineFormat.json, .timelinejs] {
      #expect(Contract.isJSON(TimelineEncoder().encode(entries, format: format)), "timeline \(format)")
    }
  }
}

/// Checks of the output contracts; each returns the problems found (none when it holds).
enum Contract {
  static func ranges(
    _ ranges: [TextRange], in text: String, _ label: String, nonEmpty: Bool = true, disjoint: Bool = true
  ) -> [String] {
    let utf8 = Array(text.utf8)
    func boundary(_ offset: Int) -> Bool { offset == utf8.count || utf8[offset] & 0xC0 != 0x80 }
    var problems: [String] = []
    var previous: TextRange?
    for range in ranges {
      guard range.start >= 0, range.start <= range.end, range.end <= utf8.count else {
        problems.append("\(label) \(range) outside 0..<\(utf8.count)")
        continue
      }
      if !boundary(range.start) || !boundary(range.end) { problems.append("\(label) \(range) splits a character") }
      if nonEmpty && range.isEmpty { problems.append("\(label) \(range) is empty") }
      if let previous {
        if range.start < previous.start { problems.append("\(label) \(range) before \(previous)") }
        if disjoint && range.start < previous.end { problems.append("\(label) \(range) overlaps \(previous)") }
      }
      previous = range
    }
    return problems
  }

  static func sentences(_ sentences: [Sentence], in text: String) -> [String] {
    var problems = ranges(sentences.map(\.range), in: text, "sentence")
    guard problems.isEmpty else { return problems }
    let utf8 = Array(text.utf8)
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    for (sentence, next) in zip(sentences, sentences.dropFirst()) where next.paragraph < sentence.paragraph {
      problems.append("sentence \(next.range) goes back to paragraph \(next.paragraph)")
    }
    for sentence in sentences where isSpace(utf8[sentence.range.start]) || isSpace(utf8[sentence.range.end - 1]) {
      problems.append("sentence \(sentence.range) not trimmed")
    }
    return problems
  }

  static func entities(_ document: Document) -> [String] {
    var problems = ranges(document.mentions.map(\.range), in: document.text, "mention")
    let ids = Set(document.entities.map(\.id))
    if ids.count != document.entities.count { problems.append("duplicate entity ids") }
    for mention in document.mentions {
      if let id = mention.entityID, !ids.contains(id) { problems.append("mention \(mention.range) links to \(id)") }
    }
    return problems
  }

  static func times(_ document: Document) -> [String] {
    var problems = ranges(document.times.map(\.range), in: document.text, "time")
    for time in document.times where time.value.isEmpty { problems.append("time \(time.range) has no value") }
    if let range = document.referenceDate?.range {
      problems += ranges([range], in: document.text, "reference date", nonEmpty: false)
    }
    return problems
  }

  static func isJSON(_ bytes: [UInt8]) -> Bool {
    (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil
  }
}
