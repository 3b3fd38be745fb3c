/// A word, number, punctuation mark or symbol: the unit the entity and time stages match on.
///
/// Tokens are made once per document by ``Tokenizer`` and shared by every later stage.
public struct Token: Hashable, Sendable {
  /// What a token is made of.
  public enum Kind: UInt8, Sendable, Hashable {
    /// Letters (and digits after a letter, as in "Q3"); dotted abbreviations such as "U.S."
    /// and "a.m." are one word token including their periods.
    case word
    /// A run of digits, with internal decimal or thousands separators ("100.00", "1,000").
    case number
    /// One punctuation character, or a run of periods ("...") or hyphens ("--").
    case punctuation
    /// Any other character: symbols, emoji, currency signs.
    case symbol
  }

  /// Facts about a token's spelling and position, computed once by the tokenizer.
  public struct Flags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The first character is an upper-case letter ("Kim", "U.S.").
    public static let capitalized = Flags(rawValue: 1 << 0)
    /// Every letter is upper case and there is at least one ("KCNA", "U.S.").
    public static let allCaps = Flags(rawValue: 1 << 1)
    /// The first character is a lower-case letter.
    public static let lowercase = Flags(rawValue: 1 << 2)
    /// The token contains a digit.
    public static let hasDigit = Flags(rawValue: 1 << 3)
    /// White space separates the token from the one before it (or it starts the text).
    public static let spaceBefore = Flags(rawValue: 1 << 4)
    /// A line break lies between the token and the one before it.
    public static let newlineBefore = Flags(rawValue: 1 << 5)
    /// The token is the first of its sentence.
    public static let sentenceStart = Flags(rawValue: 1 << 6)
    /// The token contains a character outside ASCII.
    public static let nonASCII = Flags(rawValue: 1 << 7)
    /// A dotted abbreviation or initialism with internal periods ("U.S.", "a.m.").
    public static let dotted = Flags(rawValue: 1 << 8)
    /// A clitic split off a word: "'s", "’s", "n't", "'ll".
    public static let clitic = Flags(rawValue: 1 << 9)
  }

  /// The token's text (UTF-8 byte offsets).
  public var range: TextRange
  /// What the token is made of.
  public var kind: Kind
  /// Spelling and position facts.
  public var flags: Flags

  /// Creates a token.
  public init(range: TextRange, kind: Kind, flags: Flags) {
    self.range = range
    self.kind = kind
    self.flags = flags
  }
}
