/// A possible mention found by the gazetteer or a rule, before overlapping candidates are
/// resolved.
struct Candidate {
  /// The first token.
  var tokenStart: Int
  /// One past the last token.
  var tokenEnd: Int
  /// The entity type.
  var type: EntityType
  /// Gazetteer entries for the span, best first (empty for rule candidates): a range of the
  /// recognizer's entry pool (see ``EntityRecognizer/entries(of:)``). A candidate holds no
  /// references, so the many copies that resolution and linking make cost no reference counting.
  var entries: Range<Int32>
  /// How it was found.
  var method: Mention.Method
  /// The rule or link that found it.
  var evidence: Evidence
  /// How much to trust it when candidates overlap: higher wins among spans of equal length.
  var strength: Int
  /// For a person's name written family name first ("Kim Jong Un").
  var familyNameFirst = false
  /// A `stop` entry: suppresses every mention on its span.
  var isStop = false

  var length: Int { tokenEnd - tokenStart }

  func overlaps(_ other: Candidate) -> Bool {
    tokenStart < other.tokenEnd && other.tokenStart < tokenEnd
  }
}

/// The rule or link behind a candidate, as a mention's `evidence` names it.
enum Evidence: String {
  /// A plain gazetteer match, whose evidence is the entry's source.
  case list = ""
  case title
  case givenName = "given-name"
  case initials
  case familyName = "family-name"
  case familyNameFirst = "family-name-first"
  case surnameForm = "surname-form"
  case organizationSuffix = "organization-suffix"
  case organizationHead = "organization-head"
  case militaryUnit = "military-unit"
  case organizationPrefix = "organization-prefix"
  case placeSuffix = "place-suffix"
  case placeHead = "place-head"
  case placePrefix = "place-prefix"
  case placeNamed = "place-named"
  case cityCountry = "city-country"
  case acronym
  case shortName = "short-name"
}

/// A resolved candidate and the entity it links to (`nil`: a short form that fits several).
struct Linked {
  var candidate: Candidate
  var entity: EntityRef?
}

/// Strengths of candidates, from strongest.
enum Strength {
  static let stop = 10
  static let userList = 6
  static let titleRule = 5
  static let list = 4
  static let cityCountry = 4
  static let nameRule = 3
  static let weakList = 1
}
