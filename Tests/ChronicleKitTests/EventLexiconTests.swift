@testable import ChronicleKit
import Testing

@Suite("Event lexicon")
struct EventLexiconTests {
  static let lines = """
    met\tmeet\tV\tsocial\t
    meets\tmeet\tV\tsocial\t
    meeting\tmeeting\tN\tevent\t
    said\tsay\tV\tcommunication\treporting
    abide by\tabide by\tV\tsocial\t
    well\twell\tN\tevent\tambiguous

    """

  /// The lexicon of `lines`, and the keys of a sentence that uses its words.
  static func lexicon() throws -> (EventLexicon, keys: [UInt64]) {
    let directory = try DocumentReaderTests.TemporaryDirectory()
    let lexicon = try EventLexicon(file: try directory.write("triggers.tsv", lines))
    let text = Array("They met, said they abide by the meeting well.".utf8)
    let keys = text.withUnsafeBufferPointer { bytes in TokenKeys(bytes, Tokenizer().tokens(in: bytes)).lower }
    return (lexicon, keys)
  }

  @Test("a compiled lexicon reads back with the same words, senses and phrases")
  func roundTrip() throws {
    let (lexicon, keys) = try Self.lexicon()
    var writer = BinaryWriter()
    lexicon.write(to: &writer)
    var reader = BinaryReader(writer.bytes)
    let restored = try EventLexicon(from: &reader)
    #expect(reader.isAtEnd)
    #expect(Self.describe(restored, keys) == Self.describe(lexicon, keys))
    #expect(Self.describe(lexicon, keys).contains("1:meet/V/social"))
    #expect(Self.describe(lexicon, keys).contains("5:+2:abide by"))
  }

  @Test("a compiled lexicon damaged in any byte is refused or read back usable, never a crash")
  func damaged() throws {
    let (lexicon, keys) = try Self.lexicon()
    var writer = BinaryWriter()
    lexicon.write(to: &writer)
    let bytes = writer.bytes
    let refused = Damage.readEach(bytes, { try EventLexicon(from: &$0) }) { _ = Self.describe($0, keys) }
    #expect(refused > 0)
  }

  /// Everything the lexicon says about each word of `keys`: its senses, and the phrase that
  /// starts there.
  static func describe(_ lexicon: EventLexicon, _ keys: [UInt64]) -> [String] {
    keys.indices.map { t in
      let word = lexicon.word(keys[t])
      var parts = word.senses.map { i -> String in
        let sense = lexicon.sense(i)
        return "\(lexicon.lemma(of: sense))/\(sense.partOfSpeech.rawValue)/\(lexicon.eventClass(of: sense))"
      }
      if word.startsPhrase, let phrase = lexicon.phrase(keys, at: t, limit: keys.count) {
        parts += phrase.senses.map { "+\(phrase.length):" + lexicon.lemma(of: lexicon.sense($0)) }
      }
      return "\(t):" + parts.joined(separator: ",")
    }
  }

  @Test(
    "event ids: the document id, '#' and the index, for any id and index",
    arguments: [
      ("d", 0, "d#0"), ("doc0", 9, "doc0#9"), ("doc0", 10, "doc0#10"), ("x", 123_456_789, "x#123456789"),
      ("", 7, "#7"), ("Zoë’s story", 42, "Zoë’s story#42"), ("a-long-document-id-past-the-inline-size", 100, "a-long-document-id-past-the-inline-size#100"),
      ("m", Int.max, "m#9223372036854775807"),
    ] as [(String, Int, String)])
  func eventIDs(document: String, index: Int, expected: String) {
    #expect(EventFinder.eventID(document, index) == expected)
  }

  @Test("scalar sets: exactly their characters, ASCII or not")
  func scalarSets() {
    let set = EventWords.ScalarSet(",;:—–()[]\"“”")
    for scalar in ",;:—–()[]\"“”".unicodeScalars { #expect(set.contains(scalar.value), "\(scalar)") }
    for scalar in ".!?-'’‘„ \u{0}\u{7F}\u{80}\u{2015}\u{201E}aZ0".unicodeScalars { #expect(!set.contains(scalar.value), "\(scalar)") }
    let apostrophes = EventWords.shared.apostrophes
    #expect(apostrophes.contains(0x27) && apostrophes.contains(0x2019))
    #expect(!apostrophes.contains(0x2D) && !apostrophes.contains(0x2018))
    #expect(EventWords.shared.wordJoiners.contains(0x2D))
  }
}
