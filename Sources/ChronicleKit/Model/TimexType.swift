/// The TIMEX3 `type` of a time expression.
public enum TimexType: String, Sendable, Hashable, CaseIterable {
  /// A calendar date or period: "June 12, 2018", "last week", "the 1990s", "Q3 2019".
  case date = "DATE"
  /// A time of day, possibly with a date: "5 p.m.", "Thursday morning", "17:30 GMT".
  case time = "TIME"
  /// A length of time: "two days", "18 months", "a decade".
  case duration = "DURATION"
  /// A recurring time: "every Monday", "weekly", "annually".
  case set = "SET"
}
