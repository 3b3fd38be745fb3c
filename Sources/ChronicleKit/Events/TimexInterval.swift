/// The span of calendar time a TIMEX3 value stands for, in minutes, for ordering a timeline:
/// "2018" is the whole year, "2018-06" the month, "2018-06-12" the day, "2019-W09" the ISO week,
/// "2019-Q1" the quarter, "199" the 1990s, "18" the 19th century (1800–1899), "2019-02-28TMO"
/// the morning (06:00–12:00).
///
/// Values that name no particular time (`PRESENT_REF`, `XXXX-WXX-3`, durations) have no interval.
public struct TimexInterval: Hashable, Sendable, Comparable {
  /// The first minute, counted from 0001-01-01T00:00.
  public var start: Int64
  /// One past the last minute.
  public var end: Int64

  /// Creates an interval.
  public init(start: Int64, end: Int64) {
    self.start = start
    self.end = end
  }

  /// Timeline order: the earlier start first; of two that start together, the longer (the
  /// coarser date, such as "2018-06" before "2018-06-01") first.
  public static func < (lhs: TimexInterval, rhs: TimexInterval) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end > rhs.end
  }

  /// Whether the two intervals share a minute.
  public func overlaps(_ other: TimexInterval) -> Bool { start < other.end && other.start < end }

  /// The interval of a TIMEX3 value, or `nil` when it names no particular time.
  public init?(timex value: String) {
    guard let interval = value.withUTF8Bytes({ TimexInterval.parse($0) }) else { return nil }
    self = interval
  }

  /// Two letters as one number, to switch on.
  private static func pair(_ first: UInt8, _ second: UInt8) -> UInt16 { UInt16(first) << 8 | UInt16(second) }

  private static func pair(_ letters: StaticString) -> UInt16 {
    pair(letters.utf8Start[0], letters.utf8Start[1])
  }

  /// The interval of a TIMEX3 value's UTF-8 bytes, read in place.
  private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> TimexInterval? {
    var i = 0
    // (Inlined: called, they check each access to `i` at run time.)
    @inline(__always) func digits(_ count: Int) -> Int? {
      guard i + count <= bytes.count else { return nil }
      var result = 0
      for k in i..<(i + count) {
        guard bytes[k] >= 0x30 && bytes[k] <= 0x39 else { return nil }
        result = result * 10 + Int(bytes[k] - 0x30)
      }
      i += count
      return result
    }
    @inline(__always) func peek(_ byte: UInt8) -> Bool {
      if i < bytes.count && bytes[i] == byte {
        i += 1
        return true
      }
      return false
    }
    // Centuries, decades and years.
    var prefixLength = 0
    while prefixLength < bytes.count && bytes[prefixLength] >= 0x30 && bytes[prefixLength] <= 0x39 { prefixLength += 1 }
    switch prefixLength {
    case 2 where bytes.count == 2:
      let century = digits(2)!
      return TimexInterval(days: TimexInterval.days(century * 100, 1, 1), TimexInterval.days(century * 100 + 100, 1, 1))
    case 3 where bytes.count == 3:
      let decade = digits(3)!
      return TimexInterval(days: TimexInterval.days(decade * 10, 1, 1), TimexInterval.days(decade * 10 + 10, 1, 1))
    case 4:
      break
    default:
      return nil
    }
    guard let year = digits(4), year >= 1 else { return nil }
    if i == bytes.count {
      return TimexInterval(days: TimexInterval.days(year, 1, 1), TimexInterval.days(year + 1, 1, 1))
    }
    guard peek(0x2D) else { return nil }  // "-"
    // A week ("2019-W09"), not winter ("2019-WI").
    if i + 1 < bytes.count && bytes[i] == UInt8(ascii: "W") && bytes[i + 1] != UInt8(ascii: "I") {
      i += 1
      if peek(UInt8(ascii: "X")) { return nil }
      guard let week = digits(2), week >= 1, week <= 53 else { return nil }
      let monday = TimexInterval.isoWeekStart(year: year, week: week)
      if i == bytes.count {
        return TimexInterval(days: monday, monday + 7)
      }
      guard peek(0x2D) else { return nil }
      if peek(UInt8(ascii: "W")) && peek(UInt8(ascii: "E")) && i == bytes.count {
        return TimexInterval(days: monday + 5, monday + 7)
      }
      guard let weekday = digits(1), (1...7).contains(weekday), i == bytes.count else { return nil }
      return TimexInterval(days: monday + weekday - 1, monday + weekday)
    }
    if i + 2 == bytes.count, !(bytes[i] >= 0x30 && bytes[i] <= 0x39) {
      let unit = bytes[i]
      let n = Int(bytes[i + 1]) - 0x30
      switch unit {
      case UInt8(ascii: "Q") where (1...4).contains(n):
        let first = TimexInterval.days(year, 3 * n - 2, 1)
        return TimexInterval(days: first, TimexInterval.days(year + (n == 4 ? 1 : 0), n == 4 ? 1 : 3 * n + 1, 1))
      case UInt8(ascii: "H") where (1...2).contains(n):
        let first = TimexInterval.days(year, n == 1 ? 1 : 7, 1)
        return TimexInterval(days: first, TimexInterval.days(year + (n == 2 ? 1 : 0), n == 1 ? 7 : 1, 1))
      default:
        break
      }
      switch TimexInterval.pair(bytes[i], bytes[i + 1]) {
      case pair("SP"): return TimexInterval(days: TimexInterval.days(year, 3, 1), TimexInterval.days(year, 6, 1))
      case pair("SU"): return TimexInterval(days: TimexInterval.days(year, 6, 1), TimexInterval.days(year, 9, 1))
      case pair("FA"): return TimexInterval(days: TimexInterval.days(year, 9, 1), TimexInterval.days(year, 12, 1))
      case pair("WI"): return TimexInterval(days: TimexInterval.days(year, 12, 1), TimexInterval.days(year + 1, 3, 1))
      default: return nil
      }
    }
    guard let month = digits(2), (1...12).contains(month) else { return nil }
    if i == bytes.count {
      let next = month == 12 ? TimexInterval.days(year + 1, 1, 1) : TimexInterval.days(year, month + 1, 1)
      return TimexInterval(days: TimexInterval.days(year, month, 1), next)
    }
    guard peek(0x2D), let day = digits(2), let dayStart = TimexInterval.dayNumber(year, month, day) else { return nil }
    if i == bytes.count {
      return TimexInterval(days: dayStart, dayStart + 1)
    }
    guard peek(UInt8(ascii: "T")) else { return nil }
    let minutes = Int64(dayStart) * 1440
    if i + 2 == bytes.count, !(bytes[i] >= 0x30 && bytes[i] <= 0x39) {
      let hours: (Int64, Int64)
      switch TimexInterval.pair(bytes[i], bytes[i + 1]) {
      case pair("MO"): hours = (6, 12)
      case pair("MI"): hours = (11, 13)
      case pair("AF"): hours = (12, 18)
      case pair("EV"): hours = (18, 22)
      case pair("NI"): hours = (20, 24)
      case pair("DT"): hours = (8, 18)
      default: return nil
      }
      return TimexInterval(start: minutes + hours.0 * 60, end: minutes + hours.1 * 60)
    }
    guard let hour = digits(2), hour <= 24 else { return nil }
    if i == bytes.count || !peek(0x3A) {
      return TimexInterval(start: minutes + Int64(hour) * 60, end: minutes + Int64(hour) * 60 + 60)
    }
    guard let minute = digits(2), minute < 60 else { return nil }
    let at = minutes + Int64(hour) * 60 + Int64(minute)
    return TimexInterval(start: at, end: at + 1)
  }

  /// The day a date-time value falls on: what ``init(timex:)`` gives for its date
  /// (``DateTimeValue/dateString``), worked out from its fields without the text; `nil` for a
  /// year outside 1...9999 or a day the month does not have.
  init?(dayOf value: DateTimeValue) {
    guard (1...9999).contains(value.year), let day = TimexInterval.dayNumber(value.year, value.month, value.day) else {
      return nil
    }
    self.init(days: day, day + 1)
  }

  /// The day number (see ``days(_:_:_:)``) of a date, or `nil` when the month has no such day.
  private static func dayNumber(_ year: Int, _ month: Int, _ day: Int) -> Int? {
    guard (1...12).contains(month), day >= 1, day <= DateTimeValue.daysIn(month: month, year: year) else { return nil }
    return days(year, month, day)
  }

  private init(days start: Int, _ end: Int) {
    self.init(start: Int64(start) * 1440, end: Int64(end) * 1440)
  }

  /// Days from 0001-01-01 (proleptic Gregorian), by Howard Hinnant's days-from-civil.
  static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146097 + dayOfEra - 306  // 0001-01-01 is day 0 (the era starts on 0000-03-01)
  }

  /// The day number of the Monday of ISO week `week` of `year`.
  static func isoWeekStart(year: Int, week: Int) -> Int {
    let january4 = days(year, 1, 4)
    let weekday = (january4 % 7 + 7) % 7  // 0 = Monday, since 0001-01-01 was a Monday
    return january4 - weekday + (week - 1) * 7
  }
}
