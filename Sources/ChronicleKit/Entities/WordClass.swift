/// What the word lists say about a word, looked up once per token.
struct WordClass: OptionSet, Sendable {
  let rawValue: UInt32

  /// Starts a title ("President", "Foreign Minister").
  static let titleStart = WordClass(rawValue: 1 << 0)
  /// A given name (`given-names.txt`: Census given names and first names from the people lists).
  static let givenName = WordClass(rawValue: 1 << 1)
  /// A family name written first (Kim, Ri, Xi).
  static let familyName = WordClass(rawValue: 1 << 2)
  /// A Census surname.
  static let surname = WordClass(rawValue: 1 << 3)
  /// A common English word (SCOWL up to size 35).
  static let common = WordClass(rawValue: 1 << 4)
  /// A very common English word (SCOWL up to size 20).
  static let veryCommon = WordClass(rawValue: 1 << 5)
  /// A month or weekday name.
  static let time = WordClass(rawValue: 1 << 6)
  /// A particle inside a name ("de", "van", "bin").
  static let particle = WordClass(rawValue: 1 << 7)
  /// A word that introduces a place ("in", "from").
  static let placeCue = WordClass(rawValue: 1 << 8)
  /// A small word inside an organization's name ("of", "and", "&").
  static let connector = WordClass(rawValue: 1 << 9)
  static let organizationSuffix = WordClass(rawValue: 1 << 10)
  static let organizationHead = WordClass(rawValue: 1 << 11)
  static let placeSuffix = WordClass(rawValue: 1 << 12)
  static let placeHead = WordClass(rawValue: 1 << 13)
  static let placePrefix = WordClass(rawValue: 1 << 14)
  /// An all-capitals word that is no organization (CEO, GDP).
  static let nonNameAcronym = WordClass(rawValue: 1 << 15)
  /// Ends the name of an event or a work ("War", "Cup").
  static let event = WordClass(rawValue: 1 << 16)
  /// "the".
  static let article = WordClass(rawValue: 1 << 17)
  /// "of", "for", "on": joins an organization's head to its name.
  static let headJoiner = WordClass(rawValue: 1 << 18)
  /// A generational suffix (Jr, Sr, II, III).
  static let generation = WordClass(rawValue: 1 << 19)
  /// An adjective of nationality (German, Canadian): alone, no place.
  static let demonym = WordClass(rawValue: 1 << 20)
  /// Ends a military unit's name after an ordinal ("82nd Airborne Division", "Sixth Fleet").
  static let militaryUnit = WordClass(rawValue: 1 << 21)
  /// An ordinal written out (First … Twentieth).
  static let ordinal = WordClass(rawValue: 1 << 22)
  /// Before a known place makes a sports club's name ("FC Basel", "AC Milan").
  static let organizationPrefix = WordClass(rawValue: 1 << 23)
  /// Starts a suffix of several words ("Hall" of "Hall of Fame"): see
  /// ``NameLexicon/organizationSuffixPhrases``.
  static let organizationSuffixPhrase = WordClass(rawValue: 1 << 24)
  /// A given name the Census lists for men only (`given-names.txt`, gender `M`).
  static let maleName = WordClass(rawValue: 1 << 25)
  /// A given name the Census lists for women only (gender `F`).
  static let femaleName = WordClass(rawValue: 1 << 26)
}
