/// The unit the time grammar matches: a token, or a piece of one ("Feb13" is "Feb" + "13",
/// "10.31.1974" is "10" "." "31" "." "1974").
struct Atom: Sendable {
  /// Spelling and position facts.
  struct Flags: OptionSet, Hashable, Sendable {
    let rawValue: UInt16
    init(rawValue: UInt16) { self.rawValue = rawValue }
    /// No white space before the atom (it touches the previous one).
    static let tight = Flags(rawValue: 1 << 0)
    /// Starts with an upper-case letter.
    static let capitalized = Flags(rawValue: 1 << 1)
    /// All letters upper case.
    static let allCaps = Flags(rawValue: 1 << 2)
    /// Starts with a lower-case letter.
    static let lowercase = Flags(rawValue: 1 << 3)
    /// A line break before it.
    static let newlineBefore = Flags(rawValue: 1 << 4)
    /// First atom of a sentence.
    static let sentenceStart = Flags(rawValue: 1 << 5)
    /// A dash written as "–", "—" or "--".
    static let longDash = Flags(rawValue: 1 << 6)
    /// A clitic ("'s").
    static let clitic = Flags(rawValue: 1 << 7)
    /// A run of digits starting with 0 ("08").
    static let leadingZero = Flags(rawValue: 1 << 8)
    /// The token is inside a URL or an e-mail address.
    static let inAddress = Flags(rawValue: 1 << 9)
  }

  /// First byte (UTF-8 offset in the document).
  var start: Int
  /// One past the last byte.
  var end: Int
  /// Word, number, punctuation or symbol.
  var kind: Token.Kind
  /// The lexicon id of a word, or -1.
  var word: Int = -1
  /// The value of a digit run of at most nine digits, or -1.
  var number: Int = -1
  /// How many digits a number atom has.
  var digits: Int = 0
  /// An ASCII punctuation or symbol byte; dashes are `-`, an ellipsis is 0.
  var punct: UInt8 = 0
  /// Spelling and position facts.
  var flags: Flags = []
  /// The index of the token the atom comes from.
  var token: Int = 0

  /// Whether the atom touches the one before it.
  var isTight: Bool { flags.contains(.tight) }
}
