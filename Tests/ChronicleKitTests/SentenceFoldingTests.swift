import Testing

@testable import ChronicleKit

/// ICU's iterator reads text whose runs of ASCII letters, digits and spaces are folded into one
/// character each (see ``ICUSentenceBreaker``); these tests check that it finds the boundaries
/// it finds in the text as it is.
@Suite("Sentence boundaries on folded text")
struct SentenceFoldingTests {
  let breaker = ICUSentenceBreaker()

  func check(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    var text = text
    try text.withUTF8 { bytes in
      let folded = try breaker.boundaries(in: bytes, folding: true)
      let reference = try breaker.boundaries(in: bytes, folding: false)
      #expect(folded == reference, "\(String(decoding: bytes, as: UTF8.self).debugDescription)", sourceLocation: sourceLocation)
    }
  }

  @Test("crafted news text")
  func crafted() throws {
    let texts = [
      "The cat sat on the mat. The dog did not.",
      "U.S. officials met Gen. Smith in Washington, D.C. on Tuesday.  He left.",
      "Mr. Kim  met   Mr. Trump.\tThen\t\tthey ate. 3.5 percent fell. No. 5 rose.",
      "He said: \"Go home.\" Then he left. (It rained.) After that, nothing.",
      "What? Really!? Yes... maybe. e.g. this one. i.e. that one.",
      "A.B.C. Def ghi. x.Y z. 1.2.3 ABC. DEF.",
      "Line one\nLine two.\r\nLine three.\rLine four.\n\nLast paragraph.",
      "Café. Été à Paris. Naïve résumé. ÉCOLE. 東京。大阪。",
      "He wrote e\u{301}. Then x.\u{301} Y and a\u{AD}b. Z.",
      "Ends with spaces.     ",
      "   Starts with spaces. And ends",
      "12345. 67890. ABC123def. abcDEF. 1,000.00 dollars.",
      "Hanoi, Vietnam (AP) — Kim Jong Un met Trump on Wednesday… They talked.\u{2029}Next.",
      "\"Quote.\"  'Single.'  [Bracket.]  {Brace.}  Done.",
      "a", ".", " ", "\n", "aa. BB. 00. \t\t",
      // Sixteen bytes and more with no letter, digit or space, then words: the fold's fast path.
      "東京は日本の首都です。大阪は大きい都市です。Kim met Trump. 東京は日本の首都です。 Then it ended.",
      "Москва — столица России. Санкт-Петербург — большой город. Sec. Ivanov left.",
    ]
    for text in texts { try check(text) }
  }

  /// Random strings over characters of every sentence-break class, several of each foldable
  /// class so that runs form, from a fixed seed.
  @Test("random text over every sentence-break class")
  func random() throws {
    let pieces = [
      "a", "b", "z", "A", "B", "Z", "0", "7", " ", "  ", "\t", "\n", "\r", "\r\n", ".", "?", "!", ",", ":", ";",
      "\"", "'", "(", ")", "-", "é", "É", "\u{301}", "\u{AD}", "。", "\u{2029}", "…", "\u{3000}", "٣", "ab", "AB", "e.g.",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    for _ in 0..<100_000 {
      let length = Int(next() % 48) + 1
      var text = ""
      for _ in 0..<length { text += pieces[Int(next() % UInt64(pieces.count))] }
      try check(text)
    }
  }

  /// Each thread keeps the room its calls fold text into, and lets it go after a text longer
  /// than 64 KB: short and long texts, ASCII and not, in turn, each as it reads alone.
  @Test("texts of every length in turn, across the room a thread keeps")
  func lengthsInTurn() throws {
    let short = "Mr. Kim met Gen. Smith. They talked."
    let sentence = "Kim Jong Un met Trump in Hanoi on Wednesday, and the talks ended early. "
    let long = String(repeating: sentence, count: 1_200)  // about 86 KB
    let longAccented = String(repeating: "Café talks in Hà Nội ended. ", count: 3_000)
    let expectedShort = try { var text = short; return try text.withUTF8 { try breaker.boundaries(in: $0) } }()
    for text in [long, short, longAccented, short, long + longAccented, short, "Été. Fin."] {
      try check(text)
      var again = short
      #expect(try again.withUTF8 { try breaker.boundaries(in: $0) } == expectedShort)
    }
  }

  @Test("the sample articles", arguments: Golden.samples)
  func samples(_ sample: Golden.Sample) throws {
    try check(try TestData.text("samples/" + sample.file))
  }

  @Test("a locale that suppresses breaks after abbreviations reads the text as it is")
  func suppressions() throws {
    // Folded, "Mr." would read "Aa." and no longer be suppressed.
    var text = "Mr. Smith left. They talked."
    let suppressing = ICUSentenceBreaker(locale: "en@ss=standard")
    let boundaries = try text.withUTF8 { try suppressing.boundaries(in: $0) }
    let reference = try text.withUTF8 { try suppressing.boundaries(in: $0, folding: false) }
    #expect(boundaries == reference)
    #expect(boundaries == [16, 28])
    #expect(try text.withUTF8 { try breaker.boundaries(in: $0) } == [4, 16, 28])
  }
}
