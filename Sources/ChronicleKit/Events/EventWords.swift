/// The function words the events stage looks at, as lower-case token keys, made once. (A class:
/// each document's finder keeps a reference, where a copy of a structure retained each list.)
final class EventWords: Sendable {
  static let shared = EventWords()

  let determiners: KeySet
  let verbCues: KeySet
  let subordinators: KeySet
  let placeCues: KeySet
  /// Function words that may follow a name that heads its phrase ("in the United States on
  /// Monday"), where a common noun after it shows a name qualifying it ("the Yongbyon area").
  let phraseLinks: KeySet
  let pronouns: KeySet
  /// The pronouns of `pronouns` that stand for a man.
  let masculinePronouns: KeySet
  /// Modals of possibility and condition: what they govern has not happened.
  let modals: KeySet
  /// Words that may stand between an auxiliary or modal and its verb.
  let auxiliaryBridges: KeySet
  let by: UInt64
  let had: UInt64
  let between: UInt64
  let and: UInt64
  let but: UInt64
  let highly: UInt64
  let widely: UInt64
  let whileKey: UInt64
  let to: UInt64
  let the: UInt64
  /// What makes a time the baseline of a comparison: "from" after "up" or "down", "with" or
  /// "to" after "compared", and "versus" (see ``EventFinder/isComparisonBaseline(_:in:)``).
  let from: UInt64
  let upOrDown: KeySet
  let compared: UInt64
  let comparedLinks: KeySet
  let versus: KeySet
  /// The possessive clitic ("next year's vote").
  let possessive: KeySet
  /// Punctuation that may end a block of a long sentence.
  let blockBreaks = ScalarSet(",;:—–()[]\"“”")
  /// Apostrophes, straight and curly.
  let apostrophes = ScalarSet("'’")
  /// What may stand inside a word run: apostrophes and the hyphen.
  let wordJoiners = ScalarSet("'’-")
  let comma = ScalarSet(",")
  /// Closing quotation marks, and the straight ones.
  let closingQuotes = ScalarSet("”\"’'")

  /// A few characters to test a token's first one against: the ASCII ones as a bit mask, up to
  /// four others by value (a `String`'s scalars walked for every test cost 60 instructions).
  struct ScalarSet: Sendable {
    private var ascii: UInt128 = 0
    private var others: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)

    init(_ characters: String) {
      var count = 0
      for scalar in characters.unicodeScalars {
        if scalar.isASCII {
          ascii |= 1 << scalar.value
          continue
        }
        switch count {
        case 0: others.0 = scalar.value
        case 1: others.1 = scalar.value
        case 2: others.2 = scalar.value
        case 3: others.3 = scalar.value
        default: preconditionFailure("a ScalarSet holds at most four characters beyond ASCII")
        }
        count += 1
      }
    }

    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
      if value < 0x80 { return ascii & (1 << value) != 0 }
      return value == others.0 || value == others.1 || value == others.2 || value == others.3
    }
  }

  /// The lower-case key of a word.
  static func key(_ word: String) -> UInt64 {
    var text = word
    return text.withUTF8 { TokenKey.key($0, TextRange(start: 0, end: $0.count), case: .lower) }
  }

  private init() {
    func keys(_ words: [String]) -> KeySet { KeySet(words.map(EventWords.key)) }
    determiners = keys([
      "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "whose",
      "no", "any", "each", "every", "some", "rare", "new", "two", "three", "another", "'s", "’s",
    ])
    verbCues = keys([
      "to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "did", "does", "do", "not",
      "never", "also", "already", "then", "just", "he", "she", "they", "we", "i", "you", "it", "who", "n't", "n’t",
    ])
    subordinators = keys([
      "which", "whom", "while", "whereas", "although", "though", "because", "but", "when", "after", "before", "since",
      "unless", "until", "whether", "where", "if",
    ])
    placeCues = keys(["in", "at", "near", "outside", "inside"])
    phraseLinks = keys([
      "in", "on", "at", "of", "for", "to", "from", "with", "by", "and", "or", "but", "as", "during", "after", "before",
      "since", "until", "near", "over", "under", "against", "about", "into", "through", "between", "among", "across",
      "where", "when", "while", "which", "who", "that", "than", "last", "this", "next", "earlier", "later",
    ])
    pronouns = keys(["he", "she", "him", "his", "her"])
    masculinePronouns = keys(["he", "him", "his"])
    modals = keys(["would", "could", "should", "might", "may", "must", "can", "cannot", "'d", "’d"])
    auxiliaryBridges = keys([
      "not", "n't", "n’t", "be", "been", "have", "also", "still", "never", "soon", "only", "just", "then", "likely",
      "probably", "eventually", "ever", "even", "already",
    ])
    by = EventWords.key("by")
    had = EventWords.key("had")
    between = EventWords.key("between")
    and = EventWords.key("and")
    but = EventWords.key("but")
    highly = EventWords.key("highly")
    widely = EventWords.key("widely")
    whileKey = EventWords.key("while")
    to = EventWords.key("to")
    the = EventWords.key("the")
    from = EventWords.key("from")
    upOrDown = keys(["up", "down"])
    compared = EventWords.key("compared")
    comparedLinks = keys(["with", "to"])
    versus = keys(["versus", "vs", "vs."])
    possessive = keys(["'s", "’s"])
  }
}
