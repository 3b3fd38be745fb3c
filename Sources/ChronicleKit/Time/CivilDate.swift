/// A day of the proleptic Gregorian calendar, with the arithmetic the time stage needs: day
/// numbers, weekdays, ISO weeks, adding months with clamping.
///
/// Written out rather than taken from `Foundation.Calendar`, which is slow, locale-dependent
/// and not needed for a fixed calendar (the algorithms are Howard Hinnant's `days_from_civil`
/// and `civil_from_days`).
struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year; 0 is 1 BC, -1 is 2 BC (astronomical numbering).
  var year: Int
  /// The month, 1...12.
  var month: Int
  /// The day of the month, 1...31.
  var day: Int

  /// A date that must exist (callers validate first).
  init(_ year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// A date, or `nil` when the day does not exist in that month (February 29, 2015; April 31).
  init?(validYear year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= DateTimeValue.daysIn(month: month, year: year) else {
      return nil
    }
    self.init(year, month, day)
  }

  /// The date `dayNumber` days after 1970-01-01.
  init(dayNumber: Int) {
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  /// Days since 1970-01-01 (negative before).
  var dayNumber: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The ISO weekday: 1 is Monday, 7 is Sunday.
  var weekday: Int {
    let n = dayNumber
    // 1970-01-01 was a Thursday (4).
    return ((n % 7) + 7 + 3) % 7 + 1
  }

  /// The date `days` days later (earlier when negative).
  func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

  /// The date `months` months later, with the day clamped to the end of a shorter month
  /// (January 31 + 1 month is February 28 or 29).
  func adding(months: Int) -> CivilDate {
    let index = year * 12 + (month - 1) + months
    let y = index >= 0 ? index / 12 : (index - 11) / 12
    let m = index - y * 12 + 1
    return CivilDate(y, m, min(day, DateTimeValue.daysIn(month: m, year: y)))
  }

  /// The ISO 8601 week-numbering year and week (1...53) of the date.
  var isoWeek: (year: Int, week: Int) {
    // The week belongs to the year of its Thursday.
    let thursday = adding(days: 4 - weekday)
    let jan1 = CivilDate(thursday.year, 1, 1)
    return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
  }

  /// The Monday that starts ISO week `week` of ISO year `year`.
  static func mondayOf(isoYear year: Int, week: Int) -> CivilDate {
    let jan4 = CivilDate(year, 1, 4)
    let week1Monday = jan4.adding(days: 1 - jan4.weekday)
    return week1Monday.adding(days: (week - 1) * 7)
  }

  /// The number of ISO weeks (52 or 53) in an ISO year.
  static func isoWeeks(in year: Int) -> Int {
    CivilDate(year, 12, 28).isoWeek.week
  }

  /// The `n`th (1-based) `weekday` of a month, or with `n` < 0 the `-n`th from the end;
  /// `nil` when the month has no such day (a fifth Monday).
  static func nthWeekday(_ n: Int, _ weekday: Int, month: Int, year: Int) -> CivilDate? {
    if n > 0 {
      let first = CivilDate(year, month, 1)
      let offset = (weekday - first.weekday + 7) % 7
      let day = 1 + offset + (n - 1) * 7
      return CivilDate(validYear: year, month: month, day: day)
    }
    let lastDay = DateTimeValue.daysIn(month: month, year: year)
    let last = CivilDate(year, month, lastDay)
    let offset = (last.weekday - weekday + 7) % 7
    let day = lastDay - offset - (-n - 1) * 7
    return day >= 1 ? CivilDate(year, month, day) : nil
  }

  /// Western (Gregorian) Easter Sunday of a year (the anonymous Gregorian algorithm).
  static func easter(_ year: Int) -> CivilDate {
    let a = year % 19
    let b = year / 100
    let c = year % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return CivilDate(year, month, day)
  }

  /// Orthodox Easter Sunday of a year, as a Gregorian date (Meeus' Julian algorithm, then the
  /// Julian calendar date converted).
  static func orthodoxEaster(_ year: Int) -> CivilDate {
    let a = year % 4
    let b = year % 7
    let c = year % 19
    let d = (19 * c + 15) % 30
    let e = (2 * a + 4 * b - d + 34) % 7
    let month = (d + e + 114) / 31
    let day = (d + e + 114) % 31 + 1
    return CivilDate.fromJulian(year, month, day)
  }

  /// The Gregorian date of a Julian calendar date.
  static func fromJulian(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
    // Julian day number of the Julian calendar date, then to days since 1970.
    let a = (14 - month) / 12
    let y = year + 4800 - a
    let m = month + 12 * a - 3
    let jdn = day + (153 * m + 2) / 5 + 365 * y + y / 4 - 32083
    return CivilDate(dayNumber: jdn - 2_440_588)
  }

  static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// "YYYY-MM-DD".
  var description: String { ASCIIText.make { $0.appendDate(year: year, month: month, day: day) } }
}
