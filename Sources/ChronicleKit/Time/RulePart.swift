/// One element of a rule's pattern: a literal word, a word category, punctuation, or a node
/// of some kind built by another rule.
struct RulePart: Sendable {
  /// What the element accepts.
  enum Test: Sendable {
    /// One of these words (lower case).
    case words([String])
    /// A word of this category.
    case category(WordCategory)
    /// One of these ASCII punctuation characters.
    case punct([UInt8])
    /// A node of a kind whose meaning passes the test.
    case node(NodeKind, @Sendable (Meaning) -> Bool)
    /// Any node of a kind.
    case anyNode(NodeKind)
    /// A time node of these classes (all of them).
    case timeClass(SpecClass)
    /// A number node within bounds.
    case number(NumberTest)
    /// A run of digits (the raw atom, before any rule reads it).
    case digitAtom
    /// A run of digits with a digit count and value in bounds.
    case boundedDigitAtom(NumberTest)
    /// One of these words or one of these punctuation characters ("to" or "-").
    case wordOrPunct([String], [UInt8])
  }

  /// What the element accepts.
  var test: Test
  /// The element must touch the one before it (no space between).
  var tight = false
  /// The element may be absent.
  var optional = false

  init(_ test: Test) { self.test = test }

  /// The same element, required to touch the previous one ("5" "pm" in "5pm").
  var touching: RulePart {
    var copy = self
    copy.tight = true
    return copy
  }

  /// The same element, made optional.
  var opt: RulePart {
    var copy = self
    copy.optional = true
    return copy
  }

  // MARK: Builders

  /// Any of these words.
  static func w(_ words: String...) -> RulePart { RulePart(.words(words)) }
  /// Any of these words.
  static func words(_ words: [String]) -> RulePart { RulePart(.words(words)) }
  /// A word of a category.
  static func cat(_ category: WordCategory) -> RulePart { RulePart(.category(category)) }
  /// One of the characters of `characters`.
  static func p(_ characters: String) -> RulePart { RulePart(.punct(Array(characters.utf8))) }

  /// A word that joins the ends of a range: "-", "–", "to", "through", "until", "till".
  static var connector: RulePart { RulePart(.wordOrPunct(["to", "through", "thru", "until", "till", "til"], [0x2D])) }
  /// One of these words or one of these punctuation characters.
  static func wordOrPunct(_ words: [String], _ characters: String) -> RulePart {
    RulePart(.wordOrPunct(words, Array(characters.utf8)))
  }
  /// "at" or "@".
  static var at: RulePart { RulePart(.wordOrPunct(["at"], Array("@".utf8))) }
  /// A raw run of digits.
  static var digitAtom: RulePart { RulePart(.digitAtom) }
  /// A run of `digits` digits (at most nine) whose value lies in `range`.
  static func digitAtom(_ digits: ClosedRange<Int>, _ range: ClosedRange<Int> = 0...999_999_999) -> RulePart {
    RulePart(
      .boundedDigitAtom(
        NumberTest(digits: digits, integer: true, minimum: Double(range.lowerBound), maximum: Double(range.upperBound))))
  }
  /// A number node.
  static var num: RulePart { RulePart(.number(NumberTest())) }
  /// A whole number in a range, in digits or words.
  static func num(_ range: ClosedRange<Int>) -> RulePart {
    RulePart(.number(NumberTest(integer: true, minimum: Double(range.lowerBound), maximum: Double(range.upperBound))))
  }
  /// A whole number written with digits, of `digits` digits, in a range.
  static func digits(_ digits: ClosedRange<Int>, _ range: ClosedRange<Int> = 0...999_999_999) -> RulePart {
    RulePart(
      .number(
        NumberTest(
          digits: digits, integer: true, minimum: Double(range.lowerBound), maximum: Double(range.upperBound))))
  }
  /// A number from `minimum` (inclusive) up to `maximum` (exclusive), whole or not.
  static func number(from minimum: Double, below maximum: Double) -> RulePart {
    RulePart(.number(NumberTest(minimum: minimum, maximum: maximum.nextDown)))
  }
  /// A whole number in a range, written in words.
  static func spelled(_ range: ClosedRange<Int>) -> RulePart {
    RulePart(.number(NumberTest(digits: 0...0, integer: true, minimum: Double(range.lowerBound), maximum: Double(range.upperBound))))
  }
  /// A number node passing a test.
  static func num(where test: @escaping @Sendable (NumberValue) -> Bool) -> RulePart {
    RulePart(.node(.number, { meaning in meaning.number.map(test) ?? false }))
  }
  /// An ordinal node.
  static var ord: RulePart { RulePart(.anyNode(.ordinal)) }
  /// An ordinal node in a range.
  static func ord(_ range: ClosedRange<Int>) -> RulePart {
    RulePart(
      .node(
        .ordinal,
        { meaning in
          if case .ordinal(let value) = meaning { return range.contains(value) }
          return false
        }))
  }
  /// A unit node.
  static var unit: RulePart { RulePart(.anyNode(.unit)) }
  /// A unit node of these units.
  static func unit(_ units: TimeUnit...) -> RulePart {
    RulePart(
      .node(
        .unit,
        { meaning in
          if case .unit(let unit) = meaning { return units.contains(unit) }
          return false
        }))
  }
  /// A duration node.
  static var dur: RulePart { RulePart(.anyNode(.duration)) }
  /// A duration node passing a test.
  static func dur(where test: @escaping @Sendable (DurationSpec) -> Bool) -> RulePart {
    RulePart(.node(.duration, { meaning in meaning.duration.map(test) ?? false }))
  }
  /// A time node.
  static var time: RulePart { RulePart(.anyNode(.time)) }
  /// A time node of these classes.
  static func time(_ classes: SpecClass) -> RulePart { RulePart(.timeClass(classes)) }
  /// A time node passing a test.
  static func time(where test: @escaping @Sendable (TimeSpec) -> Bool) -> RulePart {
    RulePart(.node(.time, { meaning in meaning.time.map(test) ?? false }))
  }
  /// A range node.
  static var range: RulePart { RulePart(.anyNode(.range)) }
  /// A set node.
  static var set: RulePart { RulePart(.anyNode(.set)) }
  /// A range node whose ends pass a test.
  static func range(where test: @escaping @Sendable (TimeSpec, TimeSpec) -> Bool) -> RulePart {
    RulePart(
      .node(
        .range,
        { meaning in
          if case .range(let begin, let end) = meaning { return test(begin, end) }
          return false
        }))
  }
}
