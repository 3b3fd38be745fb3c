/// What a person's given name says of them: which of "he" and "she" can stand for them.
enum PersonGender: Int8 {
  case unknown, male, female
}

/// The word lists behind the name rules, loaded from `gazetteers/`: titles (`titles.txt`),
/// organization suffixes and heads (`organization-words.txt`), place suffixes, heads and
/// prefixes (`place-words.txt`), words that are no names (`not-names.txt`), family names written first
/// (`family-names.txt`), given names and Census surnames (`given-names.txt`, `surnames.txt`) and
/// common English words (`common-words.txt`).
///
/// Words are kept as lower-case token keys (see ``TokenKey``), so a lookup costs a hash of the
/// token and no allocation.
public struct NameLexicon: Sendable {
  // No defaults: a compiled lexicon read from the cache would build them (megabytes) only to
  // drop them.
  var titles: PhraseSet
  /// Suffixes of several words that end an organization's name ("Hockey Hall of Fame").
  var organizationSuffixPhrases: PhraseSet
  /// Each word's classes (low 32 bits) and Census surname rank (high 32 bits, 0 when none).
  private var table: KeyTable
  /// The classes of the words that are not names (titles, connectors, cues, place and
  /// organization words): a small table that stays in cache for lower-case tokens.
  private var smallTable: KeyTable
  /// The classes that the small table holds.
  private static let smallClasses: WordClass = [
    .titleStart, .time, .particle, .placeCue, .connector, .organizationSuffix, .organizationHead, .placeSuffix,
    .placeHead, .placePrefix, .nonNameAcronym, .event, .article, .headJoiner, .generation,
  ]

  /// The classes of a word, by its lower-case key.
  @inline(__always)
  func classes(_ key: UInt64) -> WordClass {
    guard let value = table[key] else { return [] }
    return WordClass(rawValue: UInt32(truncatingIfNeeded: value))
  }

  /// Starts loading what ``classes(_:)`` will read for `key`.
  @inline(__always)
  func prefetchClasses(_ key: UInt64) { table.prefetch(key) }

  /// The classes of a lower-case word: only those of words that are not names (see
  /// ``smallClasses``), from the small table.
  @inline(__always)
  func functionClasses(_ key: UInt64) -> WordClass {
    guard let value = smallTable[key] else { return [] }
    return WordClass(rawValue: UInt32(truncatingIfNeeded: value))
  }

  /// Whether a given name is a man's or a woman's, when the Census lists it for one only (by its
  /// lower-case key): what "he" and "she" can stand for.
  func gender(ofGivenName key: UInt64) -> PersonGender {
    let classes = classes(key)
    if classes.contains(.familyName) { return .unknown }  // "Kim" of "Kim Jong Un" is no woman's name
    if classes.contains(.maleName) { return .male }
    return classes.contains(.femaleName) ? .female : .unknown
  }

  /// The Census rank of a surname (1 = most frequent), or `Int32.max` when it is none.
  func surnameRank(_ key: UInt64) -> Int32 {
    guard let value = table[key], value >> 32 != 0 else { return Int32.max }
    return Int32(truncatingIfNeeded: value >> 32)
  }

  private mutating func add(_ key: UInt64, _ classes: WordClass, rank: Int32 = 0) {
    let small = classes.intersection(NameLexicon.smallClasses)
    if !small.isEmpty {
      smallTable.update(key, UInt64(small.rawValue)) { $0 | $1 }
    }
    table.update(key, UInt64(classes.rawValue) | UInt64(UInt32(bitPattern: rank)) << 32) { old, new in
      let rank = new >> 32 != 0 ? new >> 32 : old >> 32
      return (old | new) & 0xFFFF_FFFF | rank << 32
    }
  }

  private mutating func add(_ words: [String], _ classes: WordClass) {
    for word in words { add(NameLexicon.key(word), classes) }
  }

  /// An empty lexicon: no rule fires.
  public init() {
    titles = PhraseSet()
    organizationSuffixPhrases = PhraseSet()
    table = KeyTable(capacity: 1 << 17)
    smallTable = KeyTable(capacity: 1 << 10)
    loadBuiltIns()
  }

  /// The data files the lexicon is read from.
  static let fileNames = [
    "titles.txt", "organization-words.txt", "place-words.txt", "not-names.txt", "family-names.txt",
    "given-names.txt", "surnames.txt", "common-words.txt",
  ]

  /// Loads the lists from a data directory, from the compiled cache when the files are unchanged.
  /// - Throws: ``DataFileError`` naming the file and line of a problem.
  public init(directory: String) throws {
    self = try CompiledCache.value(
      kind: "name-lexicon", files: NameLexicon.fileNames.map { directory + "/" + $0 },
      decode: { try NameLexicon(from: &$0) }, encode: { $0.write(to: &$1) },
      build: { try NameLexicon(reading: directory) })
  }

  func write(to writer: inout BinaryWriter) {
    titles.write(to: &writer)
    organizationSuffixPhrases.write(to: &writer)
    table.write(to: &writer)
    smallTable.write(to: &writer)
  }

  init(from reader: inout BinaryReader) throws {
    titles = try PhraseSet(from: &reader)
    organizationSuffixPhrases = try PhraseSet(from: &reader)
    table = try KeyTable(from: &reader)
    smallTable = try KeyTable(from: &reader)
  }

  /// Reads the lists' files.
  init(reading directory: String) throws {
    self.init()
    try DataFileReader.records(directory + "/titles.txt", minimumFields: 1) { _, fields in
      let keys = NameLexicon.keys(fields[0].string)
      titles.insert(keys)
      if let first = keys.first { add(first, .titleStart) }
    }
    let organizationWords = directory + "/organization-words.txt"
    try DataFileReader.records(organizationWords, minimumFields: 2) { number, fields in
      let word = NameLexicon.withoutFinalPeriod(fields[0])
      switch fields[1].string {
      case "suffix" where word.bytes.contains(0x20):
        let keys = NameLexicon.keys(word.string)
        organizationSuffixPhrases.insert(keys)
        if let first = keys.first { add(first, .organizationSuffixPhrase) }
      case "suffix": add(NameLexicon.key(word), .organizationSuffix)
      case "head": add(NameLexicon.key(word), .organizationHead)
      case "unit": add(NameLexicon.key(word), .militaryUnit)
      case "prefix": add(NameLexicon.key(word), .organizationPrefix)
      default:
        throw DataFileError(
          path: organizationWords, line: number,
          reason: "unknown role '\(fields[1].string)' (expected suffix, head, unit or prefix)")
      }
    }
    let placeWords = directory + "/place-words.txt"
    try DataFileReader.records(placeWords, minimumFields: 2) { number, fields in
      let key = NameLexicon.key(NameLexicon.withoutFinalPeriod(fields[0]))
      switch fields[1].string {
      case "suffix": add(key, .placeSuffix)
      case "head": add(key, .placeHead)
      case "prefix": add(key, .placePrefix)
      default:
        throw DataFileError(path: placeWords, line: number, reason: "unknown role '\(fields[1].string)' (expected suffix, head or prefix)")
      }
    }
    let notNames = directory + "/not-names.txt"
    try DataFileReader.records(notNames, minimumFields: 2) { number, fields in
      switch fields[1].string {
      case "acronym": add(NameLexicon.key(fields[0]), .nonNameAcronym)
      case "event": add(NameLexicon.key(fields[0]), .event)
      case "demonym": add(NameLexicon.key(fields[0]), .demonym)
      default:
        throw DataFileError(path: notNames, line: number, reason: "unknown role '\(fields[1].string)' (expected acronym, event or demonym)")
      }
    }
    try DataFileReader.records(directory + "/family-names.txt", minimumFields: 1) { _, fields in
      add(NameLexicon.key(fields[0]), .familyName)
    }
    try DataFileReader.records(directory + "/given-names.txt", minimumFields: 1) { _, fields in
      var classes: WordClass = .givenName
      switch fields.count > 1 ? fields[1].string : "" {
      case "M": classes.insert(.maleName)
      case "F": classes.insert(.femaleName)
      default: break  // both, or `-` for names from the people lists
      }
      add(NameLexicon.key(fields[0]), classes)
    }
    let surnameFile = directory + "/surnames.txt"
    try DataFileReader.records(surnameFile, minimumFields: 2) { number, fields in
      guard let rank = Int32(fields[1].string) else {
        throw DataFileError(path: surnameFile, line: number, reason: "rank '\(fields[1].string)' is not a number")
      }
      add(NameLexicon.key(fields[0]), .surname, rank: max(rank, 1))
    }
    try DataFileReader.records(directory + "/common-words.txt", minimumFields: 2) { _, fields in
      let veryCommon = Int(fields[1].string).map { $0 <= 20 } ?? false
      add(NameLexicon.key(fields[0]), veryCommon ? [.common, .veryCommon] : .common)
    }
  }

  private mutating func loadBuiltIns() {
    add(
      [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed",
        "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Today", "Tonight", "Yesterday", "Tomorrow",
      ], .time)
    add(
      ["de", "del", "della", "der", "den", "di", "da", "das", "dos", "du", "la", "le", "van", "von", "bin", "ibn", "al",
        "el", "abu", "ter", "ten", "y", "zu"], .particle)
    add(
      ["in", "at", "from", "to", "near", "outside", "inside", "across", "into", "toward", "towards", "via", "through",
        "around", "throughout", "visited", "visiting", "entered", "leaving", "left", "reached", "arrived", "born",
        "based"], .placeCue)
    add(["of", "for", "and", "&", "the", "on"], .connector)
    add(["of", "for", "on"], .headJoiner)
    add(["the"], .article)
    add(["jr", "sr", "ii", "iii", "iv"], .generation)
    add(
      ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh",
        "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth",
        "Twentieth"], .ordinal)
  }

  /// The lower-case key of a single word.
  static func key(_ word: some StringProtocol) -> UInt64 {
    var text = String(word)
    return text.withUTF8 { bytes in TokenKey.key(bytes, TextRange(start: 0, end: bytes.count), case: .lower) }
  }

  /// The lower-case key of a single word given as bytes.
  static func key(_ word: DataFileReader.Field) -> UInt64 {
    TokenKey.key(word.bytes, TextRange(start: 0, end: word.bytes.count), case: .lower)
  }

  /// A word without its final period ("Inc." → "Inc"): the tokenizer keeps the period apart.
  static func withoutFinalPeriod(_ word: DataFileReader.Field) -> DataFileReader.Field {
    guard word.bytes.count > 1, word.bytes.last == 0x2E else { return word }
    return DataFileReader.Field(bytes: UnsafeBufferPointer(rebasing: word.bytes.dropLast()))
  }

  /// The lower-case keys of a phrase's tokens.
  static func keys(_ phrase: String) -> [UInt64] {
    var text = phrase
    return text.withUTF8 { bytes in
      Tokenizer().tokens(in: bytes).map { TokenKey.key(bytes, $0.range, case: .lower) }
    }
  }
}
