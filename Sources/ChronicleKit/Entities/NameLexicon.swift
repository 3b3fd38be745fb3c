/// The word lists behind the name rules, loaded from `gazetteers/`: titles (`titles.txt`),
/// organization suffixes and heads (`organization-words.txt`), place suffixes, heads and
/// prefixes (`place-words.txt`), words that are no names (`not-names.txt`), family names written first
/// (`family-names.txt`), Census given names and surnames (`given-names.txt`, `surnames.txt`) and
/// common English words (`common-words.txt`).
///
/// Words are kept as lower-case token keys (see ``TokenKey``), so a lookup costs a hash of the
/// token and no allocation.
public struct NameLexicon: Sendable {
  var titles = PhraseSet()
  var organizationSuffixes: Set<UInt64> = []
  var organizationHeads: Set<UInt64> = []
  var placeSuffixes: Set<UInt64> = []
  var placeHeads: Set<UInt64> = []
  var placePrefixes: Set<UInt64> = []
  /// All-capitals words that are not organizations (CEO, GDP).
  var nonNameAcronyms: Set<UInt64> = []
  /// Words that end the name of an event or a work ("War", "Summit", "Cup").
  var eventWords: Set<UInt64> = []
  var familyNames: Set<UInt64> = []
  var givenNames: Set<UInt64> = []
  /// Surnames with their Census rank (1 = most frequent).
  var surnames: [UInt64: Int32] = [:]
  var commonWords: Set<UInt64> = []
  /// The most common English words (SCOWL size 20 and below).
  var veryCommonWords: Set<UInt64> = []
  /// Month and weekday names, which are never part of a person's name.
  var timeWords: Set<UInt64> = []
  /// Lower-case words that join parts of a name ("de", "van", "bin").
  var nameParticles: Set<UInt64> = []
  /// Words that introduce a place ("in Hanoi", "from Nice", "visited Reading").
  var placeCues: Set<UInt64> = []
  /// Lower-case words allowed inside an organization's name ("of", "for", "and", "&", "the").
  var organizationConnectors: Set<UInt64> = []

  /// An empty lexicon: no rule fires.
  public init() {
    loadBuiltIns()
  }

  /// Loads the lists from a data directory.
  /// - Throws: ``DataFileError`` naming the file and line of a problem.
  public init(directory: String) throws {
    loadBuiltIns()
    try DataFileReader.records(directory + "/titles.txt", minimumFields: 1) { _, fields in
      titles.insert(NameLexicon.keys(fields[0].string))
    }
    let organizationWords = directory + "/organization-words.txt"
    try DataFileReader.records(organizationWords, minimumFields: 2) { number, fields in
      let word = NameLexicon.withoutFinalPeriod(fields[0])
      switch fields[1].string {
      case "suffix": organizationSuffixes.insert(NameLexicon.key(word))
      case "head": organizationHeads.insert(NameLexicon.key(word))
      default:
        throw DataFileError(path: organizationWords, line: number, reason: "unknown role '\(fields[1].string)' (expected suffix or head)")
      }
    }
    let placeWords = directory + "/place-words.txt"
    try DataFileReader.records(placeWords, minimumFields: 2) { number, fields in
      let key = NameLexicon.key(NameLexicon.withoutFinalPeriod(fields[0]))
      switch fields[1].string {
      case "suffix": placeSuffixes.insert(key)
      case "head": placeHeads.insert(key)
      case "prefix": placePrefixes.insert(key)
      default:
        throw DataFileError(path: placeWords, line: number, reason: "unknown role '\(fields[1].string)' (expected suffix, head or prefix)")
      }
    }
    let notNames = directory + "/not-names.txt"
    try DataFileReader.records(notNames, minimumFields: 2) { number, fields in
      switch fields[1].string {
      case "acronym": nonNameAcronyms.insert(NameLexicon.key(fields[0]))
      case "event": eventWords.insert(NameLexicon.key(fields[0]))
      default:
        throw DataFileError(path: notNames, line: number, reason: "unknown role '\(fields[1].string)' (expected acronym or event)")
      }
    }
    try DataFileReader.records(directory + "/family-names.txt", minimumFields: 1) { _, fields in
      familyNames.insert(NameLexicon.key(fields[0]))
    }
    try DataFileReader.records(directory + "/given-names.txt", minimumFields: 1) { _, fields in
      givenNames.insert(NameLexicon.key(fields[0]))
    }
    let surnameFile = directory + "/surnames.txt"
    try DataFileReader.records(surnameFile, minimumFields: 2) { number, fields in
      guard let rank = Int32(fields[1].string) else {
        throw DataFileError(path: surnameFile, line: number, reason: "rank '\(fields[1].string)' is not a number")
      }
      surnames[NameLexicon.key(fields[0])] = rank
    }
    try DataFileReader.records(directory + "/common-words.txt", minimumFields: 2) { _, fields in
      let key = NameLexicon.key(fields[0])
      commonWords.insert(key)
      if let size = Int(fields[1].string), size <= 20 { veryCommonWords.insert(key) }
    }
  }

  private mutating func loadBuiltIns() {
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]
    let days = [
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed",
      "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Today", "Tonight", "Yesterday", "Tomorrow",
    ]
    timeWords = Set((months + days).map(NameLexicon.key))
    nameParticles = Set(
      ["de", "del", "della", "der", "den", "di", "da", "das", "dos", "du", "la", "le", "van", "von", "bin", "ibn", "al",
        "el", "abu", "ter", "ten", "y", "zu", "st."].map(NameLexicon.key))
    placeCues = Set(
      ["in", "at", "from", "to", "near", "outside", "inside", "across", "into", "toward", "towards", "via", "through",
        "around", "throughout", "visited", "visiting", "entered", "leaving", "left", "reached", "arrived", "born",
        "based"].map(NameLexicon.key))
    organizationConnectors = Set(["of", "for", "and", "&", "the", "on"].map(NameLexicon.key))
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
