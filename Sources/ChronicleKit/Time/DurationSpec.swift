/// A length of time as the text states it: whole counts per unit ("1 day 21 hours"), or a
/// vague count of one unit ("a few days", "hours").
struct DurationSpec: Hashable, Sendable {
  /// Years (decades and centuries count here).
  var years = 0
  /// Months (quarters count here).
  var months = 0
  /// Weeks.
  var weeks = 0
  /// Days.
  var days = 0
  /// Hours.
  var hours = 0
  /// Minutes.
  var minutes = 0
  /// Seconds.
  var seconds = 0
  /// The unit of a vague count ("a few days" is `PXD`), when the count is not known.
  var vagueUnit: TimeUnit?
  /// The unit the text named last, used to format decades ("P10Y") and choose grains.
  var finestUnit: TimeUnit = .day
  /// A TIMEX3 `mod` ("about two years" is `APPROX`, "more than a decade" `MORE_THAN`).
  var mod: TimexMod?

  /// The largest unit counted (for adding "1 day" and "21 hours" but not "2 hours 3 days").
  var coarsestUnit: TimeUnit {
    if years != 0 { return .year }
    if months != 0 { return .month }
    if weeks != 0 { return .week }
    if days != 0 { return .day }
    if hours != 0 { return .hour }
    if minutes != 0 { return .minute }
    if seconds != 0 { return .second }
    return vagueUnit ?? finestUnit
  }

  /// An empty duration.
  init() {}

  /// `amount` of `unit`; fractions spill into the next smaller unit ("1.5 hours" is 1 hour
  /// 30 minutes, "half a year" 6 months).
  init(_ amount: Double, _ unit: TimeUnit) {
    finestUnit = unit
    add(amount, unit)
  }

  /// A vague count of a unit ("several weeks").
  init(vague unit: TimeUnit) {
    vagueUnit = unit
    finestUnit = unit
  }

  /// Adds `amount` of `unit`.
  mutating func add(_ amount: Double, _ unit: TimeUnit) {
    let whole = Int(amount.rounded(.towardZero))
    let fraction = amount - Double(whole)
    switch unit {
    case .century: years += 100 * whole; if fraction != 0 { add(fraction * 100, .year) }
    case .decade: years += 10 * whole; if fraction != 0 { add(fraction * 10, .year) }
    case .year: years += whole; if fraction != 0 { add(fraction * 12, .month) }
    case .quarter: months += 3 * whole; if fraction != 0 { add(fraction * 3, .month) }
    case .month: months += whole; if fraction != 0 { add(fraction * 30, .day) }
    case .fortnight: weeks += 2 * whole; if fraction != 0 { add(fraction * 14, .day) }
    case .week: weeks += whole; if fraction != 0 { add(fraction * 7, .day) }
    case .day: days += whole; if fraction != 0 { add(fraction * 24, .hour) }
    case .hour: hours += whole; if fraction != 0 { add(fraction * 60, .minute) }
    case .minute: minutes += whole; if fraction != 0 { add(fraction * 60, .second) }
    case .second: seconds += whole
    }
    if unit.rawValue < finestUnit.rawValue { finestUnit = unit }
  }

  /// The sum of two durations.
  func plus(_ other: DurationSpec) -> DurationSpec {
    var sum = self
    sum.years += other.years
    sum.months += other.months
    sum.weeks += other.weeks
    sum.days += other.days
    sum.hours += other.hours
    sum.minutes += other.minutes
    sum.seconds += other.seconds
    if other.finestUnit.rawValue < sum.finestUnit.rawValue { sum.finestUnit = other.finestUnit }
    if sum.vagueUnit == nil { sum.vagueUnit = other.vagueUnit }
    return sum
  }

  /// The same length pointing the other way (for "ago" and "earlier").
  var negated: DurationSpec {
    var copy = self
    copy.years = -years
    copy.months = -months
    copy.weeks = -weeks
    copy.days = -days
    copy.hours = -hours
    copy.minutes = -minutes
    copy.seconds = -seconds
    return copy
  }

  /// Whether the count is vague.
  var isVague: Bool { vagueUnit != nil }

  /// Whether any unit finer than a day is counted.
  var hasClockPart: Bool { hours != 0 || minutes != 0 || seconds != 0 || (vagueUnit.map { $0.rawValue <= TimeUnit.hour.rawValue } ?? false) }

  /// The finest grain a point this far away is stated in.
  var grain: Grain {
    if let vagueUnit { return vagueUnit.grain }
    if seconds != 0 { return .second }
    if minutes != 0 { return .minute }
    if hours != 0 { return .hour }
    if days != 0 || weeks != 0 { return .day }
    if months != 0 { return months % 3 == 0 && finestUnit == .quarter ? .quarter : .month }
    if years != 0 { return .year }
    return .day
  }

  /// The TIMEX3 value: `P2D`, `P18M`, `PT1H30M`, `P1DT21H`, `PXD`.
  var timex: String {
    if let vagueUnit {
      switch vagueUnit {
      case .second: return "PTXS"
      case .minute: return "PTXM"
      case .hour: return "PTXH"
      case .day: return "PXD"
      case .week, .fortnight: return "PXW"
      case .month, .quarter: return "PXM"
      case .year: return "PXY"
      case .decade: return "PXDE"
      case .century: return "PXCE"
      }
    }
    var out = "P"
    let onlyWeeks = weeks != 0 && years == 0 && months == 0 && days == 0 && !hasClockPart
    let dayCount = onlyWeeks ? 0 : days + 7 * weeks
    if years != 0 { out += String(abs(years)) + "Y" }
    if months != 0 { out += String(abs(months)) + "M" }
    if onlyWeeks { out += String(abs(weeks)) + "W" }
    if dayCount != 0 { out += String(abs(dayCount)) + "D" }
    if hasClockPart {
      out += "T"
      if hours != 0 { out += String(abs(hours)) + "H" }
      if minutes != 0 { out += String(abs(minutes)) + "M" }
      if seconds != 0 { out += String(abs(seconds)) + "S" }
    }
    return out == "P" ? "P0D" : out
  }

  /// The precision of the value: the finest unit counted.
  var precision: TimexPrecision {
    if let vagueUnit { return vagueUnit.cycleGrain.precision }
    if seconds != 0 { return .second }
    if minutes != 0 { return .minute }
    if hours != 0 { return .hour }
    if days != 0 { return .day }
    if weeks != 0 { return .week }
    if months != 0 { return .month }
    if years % 100 == 0 && years != 0 && finestUnit == .century { return .century }
    if years % 10 == 0 && years != 0 && finestUnit == .decade { return .decade }
    return .year
  }

  /// Moves a period's start by this duration; the result is at `grain`.
  /// Returns `nil` for a vague duration.
  func shift(_ date: CivilDate, hour: Int, minute: Int, second: Int, grain: Grain) -> CalendarPeriod? {
    guard vagueUnit == nil else { return nil }
    var day = date.adding(months: 12 * years + months).adding(days: 7 * weeks + days)
    var total = hour * 3600 + minute * 60 + second + hours * 3600 + minutes * 60 + seconds
    let carry = CalendarPeriod.floorDiv(total, 86_400)
    total -= carry * 86_400
    day = day.adding(days: carry)
    return CalendarPeriod(grain: grain, containing: day, hour: total / 3600, minute: total % 3600 / 60, second: total % 60)
  }
}
