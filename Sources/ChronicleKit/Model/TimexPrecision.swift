/// How precisely a time expression states its value: the smallest calendar unit it fixes.
///
/// "2018" is ``year``, "June 2018" ``month``, "Thursday morning" ``partOfDay``, "17:30"
/// ``minute``. Durations and sets report the smallest unit they count ("P2D" is ``day``);
/// `PRESENT_REF`, `PAST_REF` and `FUTURE_REF` are ``vague``.
public enum TimexPrecision: String, Sendable, Hashable, CaseIterable {
  case millennium
  case century
  case decade
  case year
  case half
  case quarter
  case season
  case month
  case week
  case weekend
  case day
  case partOfDay
  case hour
  case minute
  case second
  /// No calendar unit: a general reference such as "recently" or "in the future".
  case vague
}
