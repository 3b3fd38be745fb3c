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

  @Test("forms that share their first two words: the longest that the limit leaves room for, from either build")
  func sharedPairs() throws {
    let directory = try DocumentReaderTests.TemporaryDirectory()
    let lines = """
      take part\ttake part\tV\tsocial\t
      take part in\ttake part in\tV\tsocial\t
      take off\ttake off\tV\tmotion\t
      took part\ttake part\tV\tsocial\t

      """
    let built = try EventLexicon(file: try directory.write("triggers.tsv", lines))
    var writer = BinaryWriter()
    built.write(to: &writer)
    var reader = BinaryReader(writer.bytes)
    let restored = try EventLexicon(from: &reader)
    let text = Array("they take part in talks and take off then took part".utf8)
    let keys = text.withUnsafeBufferPointer { bytes in TokenKeys(bytes, Tokenizer().tokens(in: bytes)).lower }
    for lexicon in [built, restored] {
      #expect(EventLexicon.startsPhrase(lexicon.form(keys[1])))
      #expect(EventLexicon.senses(of: lexicon.form(keys[1])).isEmpty)
      #expect(lexicon.form(keys[4]) == 0)  // "talks"
      #expect(lexicon.phrase(keys, at: 1, limit: keys.count)?.length == 3)  // take part in
      #expect(lexicon.phrase(keys, at: 1, limit: 3)?.length == 2)  // take part
      #expect(lexicon.phrase(keys, at: 1, limit: 2) == nil)
      #expect(lexicon.phrase(keys, at: 6, limit: keys.count)?.length == 2)  // take off
      #expect(lexicon.phrase(keys, at: 9, limit: keys.count)?.length == 2)  // took part
      #expect(lexicon.phrase(keys, at: 2, limit: keys.count) == nil)  // "part in" starts nothing
      let senses = lexicon.phrase(keys, at: 6, limit: keys.count)!.senses
      #expect(senses.map { lexicon.eventClass(of: lexicon.sense($0)) } == ["motion"])
    }
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
      let form = lexicon.form(keys[t])
      var parts = EventLexicon.senses(of: form).map { i -> String in
        let sense = lexicon.sense(i)
        return "\(lexicon.lemma(of: sense))/\(sense.partOfSpeech.rawValue)/\(lexicon.eventClass(of: sense))"
      }
      if EventLexicon.startsPhrase(form), let phrase = lexicon.phrase(keys, at: t, limit: keys.count) {
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
