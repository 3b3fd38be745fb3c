/// A recurring time: "every Monday" (a calendar pattern that repeats) or "weekly" (a period).
struct SetSpec: Hashable, Sendable {
  /// The calendar pattern that recurs ("every Monday" is weekday 1), when there is one.
  var pattern: TimeSpec?
  /// The period of recurrence ("weekly" is one week), when there is no pattern.
  var period: DurationSpec?
  /// How many times per period ("twice a week" is 2), when said.
  var frequency: Int?
}
