/// The English time grammar: small declarative rules, each with examples, grouped by what
/// they recognize. ``all`` is the order rules are tried in (earlier wins ties of equal length
/// and priority).
///
/// Rule names say what they recognize: `lex.*` read single words and numbers (building
/// blocks), `date.*` calendar dates, `time.*` clock times, `rel.*` relative expressions,
/// `dur.*` durations, `set.*` recurring times, `range.*` ranges, `ref.*` general references,
/// `holiday.*` named days (from `time-holidays.tsv`).
enum TimeRules {
  /// Every rule.
  static let all: [TimeRule] = lexical + dates + clock + relative + durations + sets + ranges + references

  // MARK: Predicates used by the patterns

  /// A month alone: "June".
  static let monthOnly: @Sendable (TimeSpec) -> Bool = { spec in
    spec.isMonthOnly && !spec.hasYear && spec.relation == .free && spec.mod == nil
  }
  /// A month and day without a year or clock: "June 12".
  static let monthDay: @Sendable (TimeSpec) -> Bool = { spec in
    spec.month != nil && spec.day != nil && !spec.hasYear && spec.hour == nil && spec.relation == .free
      && spec.partOfDay == nil
  }
  /// A date at day precision or coarser, without a clock: "June 12, 2018", "Thursday", "tomorrow".
  static let dateNoClock: @Sendable (TimeSpec) -> Bool = { spec in
    spec.hour == nil && spec.partOfDay == nil && (spec.hasDate || isDayCycle(spec)) && spec.mod == nil
  }
  /// A day (day precision) without a clock: "June 12", "Thursday", "tomorrow".
  static let dayNoClock: @Sendable (TimeSpec) -> Bool = { spec in
    spec.hour == nil && spec.partOfDay == nil && spec.grain == .day && spec.mod == nil
  }
  /// A weekday alone: "Thursday".
  static let weekdayOnly: @Sendable (TimeSpec) -> Bool = { spec in
    spec.weekday != nil && spec.day == nil && spec.month == nil && !spec.hasYear && spec.hour == nil
      && spec.partOfDay == nil && spec.relation == .free
  }
  /// A clock time without a date: "5 p.m.", "17:30".
  static let clockOnly: @Sendable (TimeSpec) -> Bool = { spec in spec.isClockOnly && spec.partOfDay == nil }
  /// A part of the day alone: "morning".
  static let partOnly: @Sendable (TimeSpec) -> Bool = { spec in
    spec.partOfDay != nil && !spec.hasDate && spec.hour == nil && spec.relation == .free
  }
  /// A year alone: "2018".
  static let yearOnly: @Sendable (TimeSpec) -> Bool = { spec in spec.isYearOnly && spec.mod == nil }
  /// A calendar unit cycle without fields: "next week", "this year".
  static let bareCycle: @Sendable (TimeSpec) -> Bool = { spec in
    if case .cycle = spec.relation { return !spec.hasFields && spec.mod == nil }
    return false
  }

  /// Whether a specification is "today", "tomorrow" and the like.
  static func isDayCycle(_ spec: TimeSpec) -> Bool {
    if case .cycle(.day, _, _) = spec.relation { return true }
    return false
  }

  /// A specification built by a closure.
  static func spec(_ body: (inout TimeSpec) -> Void) -> TimeSpec {
    var spec = TimeSpec()
    body(&spec)
    return spec
  }

  /// Words after which a lone month, weekday or numeric date reads as a time.
  static let datePrepositions: Set<String> = [
    "in", "on", "during", "since", "until", "till", "til", "by", "from", "through", "of", "before", "after",
    "last", "next", "this", "early", "late", "mid", "between", "and", "to", "that", "every", "each", "around",
    "throughout", "until", "in", "for", "as", "ending", "ended", "starting", "beginning", "end", "-",
  ]
}
