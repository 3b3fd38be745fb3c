/// A time as the text states it, before it is resolved against a reference date: the
/// calendar fields it names and how it relates to its anchor.
///
/// "June 12, 2018" sets year, month and day; "last June" sets the month and relation
/// `.before`; "tomorrow at 5 p.m." is a day cycle of +1 with hour 17. Two specifications
/// combine (``merged(with:)``) when their fields agree ("Thursday" + "morning").
struct TimeSpec: Hashable, Sendable {
  /// The year (astronomical: 0 is 1 BC).
  @CompactInt var year: Int? = nil
  /// A two-digit year whose century the reference date (or a fixed pivot) decides ("'74").
  @CompactInt var shortYear: Int? = nil
  /// The century, as TIMEX3 counts it (18 is 1800-1899, "the 19th century").
  @CompactInt var century: Int? = nil
  /// The decade (199 is the 1990s).
  @CompactInt var decade: Int? = nil
  /// A decade written with two digits ("the '90s" is 90), placed by the reference date.
  @CompactInt var shortDecade: Int? = nil
  /// The half year, 1 or 2.
  @CompactInt var half: Int? = nil
  /// The quarter, 1...4.
  @CompactInt var quarter: Int? = nil
  /// The season.
  var season: Season?
  /// The month, 1...12.
  @CompactInt var month: Int? = nil
  /// The ISO week number.
  @CompactInt var week: Int? = nil
  /// The weekend of the week.
  var weekend = false
  /// The day of the month.
  @CompactInt var day: Int? = nil
  /// The ISO weekday, 1 (Monday) ... 7 (Sunday).
  @CompactInt var weekday: Int? = nil
  /// The part of the day.
  var partOfDay: PartOfDay?
  /// The hour, 0...23 (or 1...12 when `clock12`).
  @CompactInt var hour: Int? = nil
  /// The minute.
  @CompactInt var minute: Int? = nil
  /// The second.
  @CompactInt var second: Int? = nil
  /// The hour was read on a 12-hour clock without a.m. or p.m. ("at 3", "10:30").
  var clock12 = false
  /// The UTC offset the text names ("GMT", "PST"), in minutes.
  @CompactInt var zone: Int? = nil
  /// A holiday, by its index in the holiday table.
  @CompactInt var holiday: Int? = nil
  /// The n-th day, weekday or week of the period the other fields name.
  var ordinal: OrdinalSpec?
  /// How the time is placed relative to its anchor.
  var relation: TimeRelation = .free
  /// A TIMEX3 `mod` ("START" for "early May").
  var mod: TimexMod?

  init() {}

  /// The finest grain the specification states.
  var grain: Grain {
    if second != nil { return .second }
    if minute != nil { return .minute }
    if hour != nil { return .hour }
    if partOfDay != nil { return .partOfDay }
    if day != nil || weekday != nil || holiday != nil { return .day }
    if let ordinal {
      switch ordinal.item {
      case .day, .weekday: return .day
      case .week: return .week
      }
    }
    if weekend { return .weekend }
    if week != nil { return .week }
    if month != nil { return .month }
    if season != nil { return .season }
    if quarter != nil { return .quarter }
    if half != nil { return .half }
    if year != nil || shortYear != nil { return .year }
    if decade != nil || shortDecade != nil { return .decade }
    if century != nil { return .century }
    switch relation {
    case .cycle(let grain, _, _): return grain
    case .offset(let duration, _): return duration.grain
    case .shifted(let duration, let base): return min(base.grain, duration.grain)
    case .within(let grain, _): return grain
    default: return .day
    }
  }

  /// Whether any calendar field is set (as opposed to a bare relation such as "next week").
  var hasFields: Bool {
    year != nil || shortYear != nil || century != nil || decade != nil || shortDecade != nil || half != nil
      || quarter != nil || season != nil || month != nil || week != nil || weekend || day != nil
      || weekday != nil || partOfDay != nil || hour != nil || holiday != nil || ordinal != nil
  }

  /// Whether the year (or decade, century) is fixed by the text.
  var hasYear: Bool { year != nil || shortYear != nil || decade != nil || century != nil || shortDecade != nil }

  /// Whether a time of day is given.
  var hasClock: Bool { hour != nil }

  /// Whether a date (day-level or coarser calendar field) is given, as opposed to only a time
  /// of day.
  var hasDate: Bool {
    year != nil || shortYear != nil || month != nil || day != nil || weekday != nil || holiday != nil
      || week != nil || ordinal != nil || season != nil || quarter != nil || half != nil || decade != nil
      || century != nil || weekend
  }

  /// Whether only a month (and perhaps a year) is named.
  var isMonthOnly: Bool {
    month != nil && day == nil && weekday == nil && hour == nil && partOfDay == nil && ordinal == nil
      && holiday == nil
  }

  /// Whether the specification is just a year ("2018").
  var isYearOnly: Bool {
    (year != nil || shortYear != nil) && month == nil && day == nil && weekday == nil && hour == nil
      && season == nil && quarter == nil && half == nil && week == nil && holiday == nil && ordinal == nil
      && partOfDay == nil && !weekend && relation == .free
  }

  /// Whether it names a day without a year (June 12, the 15th, Wednesday).
  var isDayWithoutYear: Bool { (day != nil || weekday != nil) && !hasYear && hour == nil }

  /// Whether only clock fields are set (no date and no relation).
  var isClockOnly: Bool { hour != nil && !hasDate && relation == .free }

  /// The two combined, or `nil` when they disagree ("Thursday" and "morning" combine;
  /// "June" and "July" do not).
  func merged(with other: TimeSpec) -> TimeSpec? {
    var out = self
    func take<T: Equatable>(_ mine: T?, _ theirs: T?) -> (T?, Bool) {
      switch (mine, theirs) {
      case (nil, let b): return (b, true)
      case (let a, nil): return (a, true)
      case (let a?, let b?): return (a, a == b)
      }
    }
    var ok = true
    func field<T: Equatable>(_ keyPath: WritableKeyPath<TimeSpec, T?>) {
      let (value, agrees) = take(self[keyPath: keyPath], other[keyPath: keyPath])
      out[keyPath: keyPath] = value
      if !agrees { ok = false }
    }
    field(\.year)
    field(\.shortYear)
    field(\.century)
    field(\.decade)
    field(\.shortDecade)
    field(\.half)
    field(\.quarter)
    field(\.season)
    field(\.month)
    field(\.week)
    field(\.day)
    field(\.weekday)
    field(\.minute)
    field(\.second)
    field(\.zone)
    field(\.holiday)
    field(\.ordinal)
    field(\.mod)
    if !ok { return nil }
    out.weekend = weekend || other.weekend
    // Hours: a 12-hour reading yields to an exact one; a part of day places a 12-hour hour.
    switch (hour, other.hour) {
    case (nil, let b):
      out.hour = b
      out.clock12 = other.clock12
    case (let a, nil):
      out.hour = a
      out.clock12 = clock12
    case (let a?, let b?):
      if a == b {
        out.clock12 = clock12 && other.clock12
      } else if clock12 && (b % 12 == a % 12) {
        out.hour = b
        out.clock12 = other.clock12
      } else if other.clock12 && (a % 12 == b % 12) {
        out.clock12 = clock12
      } else {
        return nil
      }
    }
    switch (partOfDay, other.partOfDay) {
    case (nil, let b): out.partOfDay = b
    case (let a, nil): out.partOfDay = a
    case (let a?, let b?):
      if a != b { return nil }
    }
    if let part = out.partOfDay, let hour = out.hour {
      if out.clock12 {
        out.hour = part.hour24(hour)
        out.clock12 = false
      }
      out.partOfDay = nil
    }
    switch (relation, other.relation) {
    case (.free, let b): out.relation = b
    case (let a, .free): out.relation = a
    case (let a, let b):
      if a != b { return nil }
    }
    if out.day != nil && out.ordinal != nil { return nil }
    if let month = out.month, let day = out.day, day > DateTimeValue.daysIn(month: month, year: out.year ?? 2000) {
      return nil
    }
    return out
  }
}
