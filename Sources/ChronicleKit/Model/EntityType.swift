/// The kinds of named entity Chronicle finds.
public enum EntityType: String, Sendable, Hashable, CaseIterable, Comparable {
  case person = "PERSON"
  case location = "LOCATION"
  case organization = "ORGANIZATION"

  public static func < (lhs: EntityType, rhs: EntityType) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
