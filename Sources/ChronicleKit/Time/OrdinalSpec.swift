/// The n-th day, weekday or week inside a period: "the first Tuesday of October", "the last
/// day of October 2015", "the third last week of 2018".
struct OrdinalSpec: Hashable, Sendable {
  /// What is counted.
  enum Item: Hashable, Sendable {
    /// Days with this ISO weekday.
    case weekday(Int)
    /// Days.
    case day
    /// Whole Monday-to-Sunday weeks inside the period.
    case week
  }

  /// 1-based count from the start, or negative from the end (-1 is the last).
  var n: Int
  /// What is counted.
  var item: Item
}
