@testable import ChronicleKit
import Testing

@Suite("Times: the word lexicon")
struct TimeLexiconTests {
  /// Every word token of `text` that the scanner looks up by its key, with the id found by the
  /// key and the id found by the bytes.
  static func lookups(_ text: String, _ lexicon: TimeLexicon) throws -> [(word: String, byKey: Int, byBytes: Int)] {
    var document = Document(id: "d", text: text)
    try Tokenizer().annotate(&document)
    let keys = document.tokenKeys.lower
    #expect(keys.count == document.tokens.count)
    return document.withUTF8 { bytes in
      document.tokens.indices.compactMap { i in
        let token = document.tokens[i]
        guard token.kind == .word, token.flags.isDisjoint(with: [.hasDigit, .nonASCII, .dotted]) else { return nil }
        return (
          document.text(in: token.range), lexicon.lookup(key: keys[i]),
          lexicon.lookup(bytes, token.range.start, token.range.end)
        )
      }
    }
  }

  @Test("a word found by its token key is the word found by its bytes, in any case")
  func keyLookup() throws {
    let lexicon = TimeTagger(holidays: TimeTest.holidays).grammar.lexicon
    let words = lexicon.entries.map(\.text)
    #expect(words.count > 200)
    let capitalized = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }
    let others = ["Hanoi", "summit", "talks", "mondays", "marchs", "o'clock", "O'Brien", "quarterly", "tonight's", "x"]
    let text = (words + words.map { $0.uppercased() } + capitalized + others).joined(separator: " ")
    let found = try TimeLexiconTests.lookups(text, lexicon)
    for lookup in found {
      #expect(lookup.byKey == lookup.byBytes, "\(lookup.word)")
    }
    // Most time words are plain ASCII words, looked up by key (three casings each).
    #expect(found.filter { $0.byKey >= 0 }.count > 2 * words.count)
    #expect(found.contains { $0.byBytes < 0 })
  }
}
