@testable import ChronicleKit
import Testing

@Suite("Gazetteer files")
struct GazetteerLoaderTests {
  let loader = GazetteerLoader()

  @Test("Chronicle TSV: columns by header, defaults, flags, BOM and CRLF")
  func tsv() throws {
    let text = "\u{FEFF}# my list\r\n# columns: type\tsurface\tflags\r\nPERSON\tRi Yong Ho\t\r\nLOCATION\tNice\tcommon,person-name\r\n\r\n"
    let loaded = try loader.parse(text, path: "mine.tsv", isUser: true)
    #expect(loaded.entries.map(\.surface) == ["Ri Yong Ho", "Nice"])
    #expect(loaded.entries[0].id == "name:person/ri-yong-ho")
    #expect(loaded.entries[0].name == "Ri Yong Ho")
    #expect(loaded.entries[1].flags == [.common, .personName])
    #expect(loaded.entries.allSatisfy { $0.isUserEntry })
    #expect(loaded.entries[1].source == "mine.tsv:4")
  }

  struct BadLine: Sendable, CustomTestStringConvertible {
    var line: String
    var reason: String
    var testDescription: String { line }
  }

  @Test(
    "malformed TSV lines name the file and line",
    arguments: [
      BadLine(line: "Kim", reason: "mine.tsv:2: expected 3 tab-separated fields (surface, type, priority), found 1"),
      BadLine(line: "Kim\tPERSON\t1\textra", reason: "mine.tsv:2: expected 3 tab-separated fields"),
      BadLine(line: "Kim\tPLANET\t1", reason: "mine.tsv:2: unknown type 'PLANET'"),
      BadLine(line: "Kim\tPERSON\thigh", reason: "mine.tsv:2: priority 'high' is not an integer"),
      BadLine(line: "\tPERSON\t1", reason: "mine.tsv:2: empty surface"),
    ])
  func malformedTSV(_ example: BadLine) throws {
    let text = "# columns: surface\ttype\tpriority\n" + example.line + "\n"
    do {
      _ = try loader.parse(text, path: "mine.tsv", isUser: true)
      Issue.record("expected an error")
    } catch let error as DataFileError {
      #expect(error.description.hasPrefix(example.reason))
    }
    // With skipping, the line is dropped with a warning that names it.
    let lenient = try GazetteerLoader(skipMalformedLines: true).parse(text, path: "mine.tsv", isUser: true)
    #expect(lenient.entries.isEmpty)
    #expect(lenient.warnings.first?.hasPrefix("mine.tsv:2:") == true)
  }

  @Test("spaCy EntityRuler patterns: string patterns load, token patterns are reported")
  func spacy() throws {
    let text = """
      {"label": "ORG", "pattern": "Talk Media News", "id": "tmn"}
      {"label": "GPE", "pattern": "Hanoi"}
      {"label": "PERSON", "pattern": [{"LOWER": "ri"}, {"LOWER": "yong"}]}
      {"label": "PRODUCT", "pattern": "iPhone"}
      """
    let loaded = try loader.parse(text, path: "patterns.jsonl", isUser: true)
    #expect(loaded.entries.map(\.surface) == ["Talk Media News", "Hanoi"])
    #expect(loaded.entries.map(\.type) == [.organization, .location])
    #expect(loaded.entries[0].id == "tmn")
    #expect(loaded.warnings.contains { $0.hasPrefix("patterns.jsonl:3: token-list patterns are not supported") })
    #expect(loaded.warnings.contains { $0.contains("1 entries with labels other than") })
    #expect(throws: DataFileError.self) { try loader.parse("{\"label\": \"ORG\"\n", path: "bad.jsonl", isUser: true) }
  }

  @Test("CoreNLP RegexNER mappings: literal patterns load, regular expressions are reported")
  func regexner() throws {
    let text = "Ri Yong Ho\tPERSON\nKorean Central News Agency\tORGANIZATION\tLOCATION,MISC\t2.0\nPresident|Chairman\tTITLE\n(Kim|Ri) .*\tPERSON\n"
    let loaded = try loader.parse(text, path: "mapping.txt", isUser: true)
    #expect(loaded.entries.map(\.surface) == ["Ri Yong Ho", "Korean Central News Agency"])
    #expect(loaded.entries[1].priority == 2)
    #expect(loaded.warnings.contains { $0.hasPrefix("mapping.txt:3: regular-expression patterns are not supported") })
    #expect(throws: DataFileError.self) { try loader.parse("only-one-field\n", path: "mapping.txt", isUser: true) }
  }

  @Test(
    "default ids: lower-case letters and digits joined by dashes, the same on the ASCII and general paths",
    arguments: [
      ("Ri Yong Ho", EntityType.person, "name:person/ri-yong-ho"),
      ("Talk Media News", .organization, "name:organization/talk-media-news"),
      ("  U.S.-North Korea (2019) ", .location, "name:location/u-s-north-korea-2019"),
      ("Zoë Saldaña-Nazario", .person, "name:person/zoë-saldaña-nazario"),
      ("東京 Tower", .location, "name:location/東京-tower"),
      ("--", .organization, "name:organization/"),
    ])
  func defaultIDs(_ name: String, _ type: EntityType, _ id: String) {
    #expect(GazetteerEntry.defaultID(type: type, name: name) == id)
    #expect(GazetteerEntry.generalID(type: type, name: name) == id)
  }

  @Test("default ids of ASCII names: the fast path and the general one agree, and so does the slug's hash")
  func defaultIDsOfManyNames() {
    // Names drawn from letters of both cases, digits, spaces and punctuation (a fixed sequence).
    let alphabet = Array("aZ9 .-'(&Kq0_,")
    var generator = SplitMix64(seed: 0x2545_F491_4F6C_DD1D)
    for length in 0..<400 {
      var name = ""
      for _ in 0..<(length % 23) { name.append(alphabet.randomElement(using: &generator)!) }
      for type in EntityType.allCases {
        let id = GazetteerEntry.defaultID(type: type, name: name)
        #expect(id == GazetteerEntry.generalID(type: type, name: name), "\(name)")
        var byCall: [UInt8] = []
        name.utf8.withContiguousStorageIfAvailable { GazetteerEntry.slug($0) { byCall.append($0) } }
        #expect(id == "name:\(type.rawValue.lowercased())/" + String(decoding: byCall, as: UTF8.self), "\(name)")
      }
    }
  }

  @Test("a missing file names its path")
  func missingFile() {
    #expect(throws: DataFileError(path: "/no/such/list.tsv", reason: "no such file")) {
      try loader.load("/no/such/list.tsv", isUser: true)
    }
  }

  @Test("duplicates merge; user entries win; conflicting types are reported with both sources; stop entries silence")
  func matcherPolicy() throws {
    let shipped = [
      GazetteerEntry(surface: "Jordan", type: .location, id: "place:jordan", priority: 90, source: "places.tsv:1"),
      GazetteerEntry(surface: "Jordan", type: .location, id: "place:jordan", flags: .personName, priority: 10, source: "places.tsv:2"),
    ]
    let user = [GazetteerEntry(surface: "Jordan", type: .person, id: "me:jordan", source: "mine.tsv:1", isUserEntry: true)]
    let matcher = GazetteerMatcher(entries: shipped + user)
    #expect(matcher.count == 2)
    let merged = matcher.entries.first { $0.id == "place:jordan" }
    #expect(merged?.priority == 90)
    #expect(merged?.flags == .personName)
    #expect(matcher.conflicts.count == 1)
    #expect(matcher.conflicts.first?.contains("places.tsv:1") == true)
    #expect(matcher.conflicts.first?.contains("mine.tsv:1") == true)

    let tagger = EntityTagger(gazetteer: matcher, lexicon: NameLexicon())
    let pipeline = try Pipeline([TestData.segmenter(), Tokenizer(), tagger])
    let document = try pipeline.processed(Document(id: "d", text: "He met Jordan there."))
    #expect(document.mentions.first?.entityID == "me:jordan")

    let silenced = GazetteerMatcher(entries: shipped + [GazetteerEntry(surface: "Jordan", type: .location, flags: .stop, isUserEntry: true)])
    let quiet = try Pipeline([TestData.segmenter(), Tokenizer(), EntityTagger(gazetteer: silenced, lexicon: NameLexicon())])
    #expect(try quiet.processed(Document(id: "d", text: "He flew to Jordan.")).mentions.isEmpty)
  }

  @Test("entries' ids and names, kept once made: the same strings as the table's, past the limit and from two threads")
  func keptEntryStrings() async {
    let matcher = GazetteerMatcher(
      entries: (0..<40).map { i in
        GazetteerEntry(
          surface: "Place \(i)", type: .location, id: "place:a-rather-long-identifier-\(i)",
          name: i % 2 == 0 ? "Ŏ\(i)" : "A name longer than fifteen bytes \(i)")
      })
    let table = matcher.entries
    let kept = EntryStrings(limit: 8)
    // Each entry asked for three times, in an order that is not the table's, by two tasks at once.
    let order = (0..<120).map { ($0 * 7) % 40 }
    let answers = await withTaskGroup(of: [(Int, String, String)].self) { group in
      for task in 0..<2 {
        group.addTask {
          (task == 0 ? order : order.reversed()).map { i in
            let (id, name) = kept.idAndName(of: i, in: table)
            return (i, id, name)
          }
        }
      }
      var all: [(Int, String, String)] = []
      for await part in group { all += part }
      return all
    }
    #expect(answers.count == 240)
    for (i, id, name) in answers {
      #expect(id == table.id(i) && name == table.name(i), "entry \(i)")
    }
    #expect(Set(answers.map(\.1)).count == 40)
  }

  @Test("a surface shared by more entities than a trie slot counts keeps them all, compiled and read back")
  func manyEntitiesForOneSurface() throws {
    // 100 places called "Springfield" (more than the 62 entries a slot of the trie counts by
    // itself), one "Springfield Armory", and a name that shares no word with them.
    var entries = (0..<100).map { i in
      GazetteerEntry(surface: "Springfield", type: .location, id: "place:springfield-\(i)", priority: i, source: "t:\(i)")
    }
    entries.append(GazetteerEntry(surface: "Springfield Armory", type: .organization, id: "org:armory", source: "t:a"))
    entries.append(GazetteerEntry(surface: "Hanoi", type: .location, id: "place:hanoi", source: "t:h"))
    let compiled = GazetteerMatcher(entries: entries)
    var writer = BinaryWriter()
    compiled.serialize(to: &writer)
    var reader = BinaryReader(writer.bytes)
    let restored = try GazetteerMatcher(serialized: &reader)
    #expect(reader.isAtEnd)

    let text = Array("From Springfield Armory to Springfield and Hanoi.".utf8)
    let (tokens, keys) = text.withUnsafeBufferPointer { bytes in
      let tokens = Tokenizer().tokens(in: bytes)
      return (tokens, TokenKeys(bytes, tokens))
    }
    for matcher in [compiled, restored] {
      var matches: [GazetteerMatcher.Match] = []
      matcher.matches(startingIn: tokens.indices, limit: tokens.count, keys: keys.exact, lowerKeys: keys.lower, into: &matches)
      let found = matches.map { match in
        let span = tokens[match.tokenStart].range.start..<tokens[match.tokenEnd - 1].range.end
        return (text: String(decoding: text[span], as: UTF8.self), ids: matcher.entries(of: match).map { matcher.entries.id(Int($0)) })
      }
      try #require(found.map(\.text) == ["Springfield", "Springfield Armory", "Springfield", "Hanoi"])
      #expect(found.map(\.ids.count) == [100, 1, 100, 1])
      // Best first: the highest priority.
      #expect(found.first?.ids.first == "place:springfield-99")
      #expect(Set(found[0].ids).count == 100)
      #expect(found[1].ids == ["org:armory"])
      #expect(found[3].ids == ["place:hanoi"])
    }
  }

  @Test("a compiled matcher damaged in any byte is refused or read back usable, never a crash")
  func damagedCompiledMatcher() throws {
    let entries = ["Hanoi", "Kim Jong Un", "Springfield", "Springfield Armory", "United Nations"].enumerated().map { i, surface in
      GazetteerEntry(surface: surface, type: .location, id: "t:\(i)", source: "t:\(i)")
    }
    var writer = BinaryWriter()
    GazetteerMatcher(entries: entries).serialize(to: &writer)
    let bytes = writer.bytes
    let text = Array("Kim Jong Un went from Springfield Armory to Hanoi and the United Nations.".utf8)
    let (tokens, keys) = text.withUnsafeBufferPointer { bytes in
      let tokens = Tokenizer().tokens(in: bytes)
      return (tokens, TokenKeys(bytes, tokens))
    }
    let refused = Damage.readEach(bytes, { try GazetteerMatcher(serialized: &$0) }) { matcher in
      var matches: [GazetteerMatcher.Match] = []
      matcher.matches(startingIn: tokens.indices, limit: tokens.count, keys: keys.exact, lowerKeys: keys.lower, into: &matches)
      for match in matches {
        for entry in matcher.entries(of: match).map(Int.init) {
          _ = (matcher.entries.id(entry), matcher.entries.name(entry), matcher.entries.source(entry))
        }
      }
    }
    #expect(refused > 0)
  }

  @Test("a gazetteer file with a million entries loads into the standard pipeline and matches")
  func largeGazetteer() throws {
    var lines = "# columns: surface\ttype\n"
    lines.reserveCapacity(30_000_000)
    for i in 0..<1_000_000 { lines += "Placename\(i)\tLOCATION\n" }
    let directory = try DocumentReaderTests.TemporaryDirectory()
    let file = try directory.write("big.tsv", lines)
    let configuration = PipelineConfiguration(dataDirectory: TestData.gazetteers, gazetteers: [file], useShippedGazetteers: false)
    let pipeline = try Pipeline.standard(for: .all, configuration: configuration)
    #expect(pipeline.notes.isEmpty)
    let document = try pipeline.processed(Document(id: "d", text: "We went to Placename999999 and Placename7 on Monday."))
    #expect(document.mentions.map { document.text(in: $0.range) } == ["Placename999999", "Placename7"])
    #expect(document.mentions.map(\.entityID) == ["name:location/placename999999", "name:location/placename7"])
  }

  @Test(
    "token keys: the tokenizer's agree with the general key of each token, on ASCII and other text",
    arguments: [
      "President Donald Trump met Kim Jong Un in Hanoi on Wednesday, the White House said.",
      "Q3 sales rose 5th-fastest; the U.S. and U.N. (e.g. at 3 p.m.) don't agree with O'Brien's plan.",
      "Yŏngbyŏn’s reactor, Zoë and ÉCOLE Müller-Lüdenscheidt: naïve “quotes” — and a mark .\u{301} here.",
      "KIM JONG UN'S 2019 VISIT TO HANOI: 1,000.50 people, x1 A1b2C3 ABC123def",
      "e\u{301}cole cafe\u{301}s 東京 Ｔｏｋｙｏ ǅemal ǲ",
      "$5 + 3% = #1 @home ~x ^ & * | \\ / <a> [b] {c} `d` ... -- ? ! I a . A I'm I’d A’s",
    ])
  func scannedTokenKeys(text: String) throws {
    var document = Document(id: "keys", text: text)
    try Tokenizer().annotate(&document)
    // The general, byte-by-byte key of each token (not the one-pass `keys` the tokenizer uses).
    let expected = document.withUTF8 { bytes in
      document.tokens.map { (TokenKey.key(bytes, $0.range, case: .exact), TokenKey.key(bytes, $0.range, case: .lower)) }
    }
    #expect(document.tokenKeys.exact == expected.map(\.0))
    #expect(document.tokenKeys.lower == expected.map(\.1))
  }

  @Test("token keys: tokens set from elsewhere get their own")
  func documentTokenKeys() throws {
    let text = "President Donald Trump met Kim Jong Un in Hanoi on Wednesday, the White House said."
    var document = Document(id: "keys", text: text)
    try TestData.segmenter().annotate(&document)
    try Tokenizer().annotate(&document)

    let tagger = try #require(EntityFixtures.pipeline.annotators.first { $0 is EntityTagger })
    var tagged = document
    try tagger.annotate(&tagged)
    // Tokens set again (here: the same ones) drop the tokenizer's keys; the tagger works them out.
    var retokenized = document
    retokenized.tokens = document.tokens
    #expect(retokenized.tokenKeys.exact.isEmpty)
    try tagger.annotate(&retokenized)
    #expect(!tagged.mentions.isEmpty)
    #expect(retokenized.mentions == tagged.mentions)
  }

  @Test(
    "token keys: the one-pass keys agree with the general key, and fold as promised",
    arguments: [
      "Kim", "NORTH", "korea", "U.N.", "UN", "Yŏngbyŏn", "Korea’s", "Jae-in", "e.g.", ".", "ÉCOLE", "42", "x",
      "@[AZaz]`{~", "3.5", "a\u{0}b",
    ])
  func tokenKeys(word: String) {
    var text = word
    text.withUTF8 { bytes in
      let range = TextRange(start: 0, end: bytes.count)
      let general = (TokenKey.key(bytes, range, case: .exact), TokenKey.key(bytes, range, case: .lower))
      #expect(TokenKey.keys(bytes, range, lowerBytes: TokenKey.lowerKeyBytes) == general)
    }
    // The folding the keys promise.
    let key = { (text: String) in
      var text = text
      return text.withUTF8 { TokenKey.key($0, TextRange(start: 0, end: $0.count), case: .lower) }
    }
    #expect(key("Yŏngbyŏn") == key("yongbyon"))
    #expect(key("U.N.") == key("un"))
    #expect(key("Korea’s") == key("korea's"))
    #expect(key("Kim") != key("Kin"))
  }
}
