/// How a time specification is placed relative to its anchor (the reference date, or for
/// narrative expressions the previous time in the text).
indirect enum TimeRelation: Hashable, Sendable {
  /// Only calendar fields; the direction (tense or `--prefer`) picks the instance: "June",
  /// "Wednesday", "5 p.m.".
  case free
  /// The period of a grain holding the anchor, moved by a count: "today" (day, 0), "next week"
  /// (week, +1), "last year" (year, -1), "the next day" (day, +1, narrative).
  case cycle(Grain, Int, narrative: Bool)
  /// The anchor moved by a duration: "two days ago", "in three weeks", "two weeks later".
  case offset(DurationSpec, narrative: Bool)
  /// Another expression moved by a duration: "three days after Easter".
  case shifted(DurationSpec, TimeSpec)
  /// The latest instance wholly before the anchor's period, skipping `skip` more: "last
  /// Friday", "last June", "two Thursdays ago" (skip 1).
  case before(skip: Int, narrative: Bool)
  /// The earliest instance wholly after the anchor's period, skipping `skip` more: "next
  /// March", "Friday after next" (skip 1).
  case after(skip: Int, narrative: Bool)
  /// The period of a grain holding another expression: "the week of October 6th".
  case within(Grain, TimeSpec)
  /// The nearest instance on or after the anchor ("this Friday"); in a past-tense sentence the
  /// nearest one not after it.
  case upcoming

  /// Whether the anchor is the previous time in the text rather than the reference date.
  var isNarrative: Bool {
    switch self {
    case .cycle(_, _, let narrative), .offset(_, let narrative), .before(_, let narrative),
      .after(_, let narrative):
      return narrative
    default: return false
    }
  }
}
