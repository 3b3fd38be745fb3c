/// A possible mention found by the gazetteer or a rule, before overlapping candidates are
/// resolved.
struct Candidate {
  /// The first token.
  var tokenStart: Int
  /// One past the last token.
  var tokenEnd: Int
  /// The entity type.
  var type: EntityType
  /// Gazetteer entries for the span, best first (empty for rule candidates): a slice of the
  /// matcher's own storage, so making a candidate allocates nothing.
  var entries: ArraySlice<Int32>
  /// How it was found.
  var method: Mention.Method
  /// The rule that found it (empty for a plain gazetteer match, whose evidence is the entry's
  /// source).
  var evidence: String
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
