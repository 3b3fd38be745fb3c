/// A TIMEX3 `mod`: how the text qualifies a value.
enum TimexMod: String, Hashable, Sendable {
  /// "early May", "the beginning of next year".
  case start = "START"
  /// "mid-2019", "the middle of the week".
  case mid = "MID"
  /// "late 2018", "the end of August".
  case end = "END"
  /// "about two years".
  case approx = "APPROX"
  /// "nearly three decades", "less than a week".
  case lessThan = "LESS_THAN"
  /// "more than 10 years", "over two weeks".
  case moreThan = "MORE_THAN"
  /// "at least five days".
  case equalOrMore = "EQUAL_OR_MORE"
  /// "up to 10 years".
  case equalOrLess = "EQUAL_OR_LESS"
  /// "tomorrow before 4 p.m.".
  case before = "BEFORE"
  /// "tomorrow after 4 p.m.".
  case after = "AFTER"
}
