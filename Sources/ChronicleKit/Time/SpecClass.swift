/// Facts about a time specification that patterns test often, computed once per chart node so
/// that matching checks a bit instead of calling a closure ("a month alone", "a clock time").
struct SpecClass: OptionSet, Hashable, Sendable {
  let rawValue: UInt32
  init(rawValue: UInt32) { self.rawValue = rawValue }

  static let monthOnly = SpecClass(rawValue: 1 << 0)
  static let monthDay = SpecClass(rawValue: 1 << 1)
  static let dayNoClock = SpecClass(rawValue: 1 << 2)
  static let weekdayOnly = SpecClass(rawValue: 1 << 3)
  static let clockOnly = SpecClass(rawValue: 1 << 4)
  static let partOnly = SpecClass(rawValue: 1 << 5)
  static let yearOnly = SpecClass(rawValue: 1 << 6)
  static let bareCycle = SpecClass(rawValue: 1 << 7)
  static let clockTimeOnly = SpecClass(rawValue: 1 << 8)
  static let dateForClock = SpecClass(rawValue: 1 << 9)
  static let hourOperand = SpecClass(rawValue: 1 << 10)
  static let recurringNamed = SpecClass(rawValue: 1 << 11)
  static let clock12 = SpecClass(rawValue: 1 << 12)
  /// A day of the month without a weekday, clock or relation ("June 12", "12/06/2019").
  static let dayFree = SpecClass(rawValue: 1 << 13)
  /// A holiday without a year.
  static let holidayNoYear = SpecClass(rawValue: 1 << 14)
  /// A quarter without a year.
  static let quarterNoYear = SpecClass(rawValue: 1 << 15)
  /// A day without a clock or part of day.
  static let dayPlain = SpecClass(rawValue: 1 << 16)
  /// A date with a clock but no year ("Oct 26 11:00:09").
  static let clockDatedNoYear = SpecClass(rawValue: 1 << 17)
  /// A month and day, free ("May 3", "May 3 at 7pm").
  static let monthDayFree = SpecClass(rawValue: 1 << 18)
  /// A season without a year.
  static let seasonNoYear = SpecClass(rawValue: 1 << 19)
  /// A time some length of time from the anchor ("two days ago", "in a year").
  static let offset = SpecClass(rawValue: 1 << 20)

  /// The classes a specification belongs to.
  static func of(_ spec: TimeSpec) -> SpecClass {
    var classes: SpecClass = []
    if TimeRules.monthOnly(spec) { classes.insert(.monthOnly) }
    if TimeRules.monthDay(spec) { classes.insert(.monthDay) }
    if TimeRules.dayNoClock(spec) { classes.insert(.dayNoClock) }
    if TimeRules.weekdayOnly(spec) { classes.insert(.weekdayOnly) }
    if TimeRules.clockOnly(spec) { classes.insert(.clockOnly) }
    if TimeRules.partOnly(spec) { classes.insert(.partOnly) }
    if TimeRules.yearOnly(spec) { classes.insert(.yearOnly) }
    if TimeRules.bareCycle(spec) { classes.insert(.bareCycle) }
    if TimeRules.clockTimeOnly(spec) { classes.insert(.clockTimeOnly) }
    if TimeRules.dateForClock(spec) { classes.insert(.dateForClock) }
    if TimeRules.hourOperand(spec) { classes.insert(.hourOperand) }
    if TimeRules.recurringNamed(spec) { classes.insert(.recurringNamed) }
    if spec.isClockOnly && spec.clock12 { classes.insert(.clock12) }
    let free = spec.relation == .free
    if spec.day != nil && spec.weekday == nil && spec.hour == nil && free { classes.insert(.dayFree) }
    if spec.holiday != nil && !spec.hasYear && free { classes.insert(.holidayNoYear) }
    if spec.quarter != nil && !spec.hasYear && free { classes.insert(.quarterNoYear) }
    if TimeRules.dayNoClock(spec) && spec.partOfDay == nil { classes.insert(.dayPlain) }
    if spec.hour != nil && spec.month != nil && spec.day != nil && !spec.hasYear { classes.insert(.clockDatedNoYear) }
    if spec.month != nil && spec.day != nil && free { classes.insert(.monthDayFree) }
    if spec.season != nil && !spec.hasYear && free && spec.mod == nil { classes.insert(.seasonNoYear) }
    if case .offset = spec.relation { classes.insert(.offset) }
    return classes
  }
}
