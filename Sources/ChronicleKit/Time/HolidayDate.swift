import CICU

/// When a holiday falls in a given year, as written in `gazetteers/time-holidays.tsv`.
///
/// Forms (each may end with an offset in days, `+1` or `-2`):
/// - `12-25` — a fixed month and day; `07-04 nearest-weekday` moves a Saturday to Friday and a
///   Sunday to Monday; `04-27 not-sunday` moves a Sunday to the Saturday before.
/// - `nth 4 thu 11` — the fourth Thursday of November; `last mon 05` — the last Monday of May.
/// - `easter`, `orthodox-easter` — Easter Sunday (Gregorian computus, or the Julian one for the
///   Orthodox churches), with an offset: `easter -2` is Good Friday.
/// - `islamic 10-01`, `hebrew 01-10`, `chinese 01-01` — a month and day of another calendar,
///   converted by ICU: the Islamic Umm al-Qura calendar (months from 1, Muharram, to 12,
///   Dhu al-Hijjah), the Hebrew calendar (1 Tishri … 6 Adar I, 7 Adar — Adar II in leap years —,
///   8 Nisan … 13 Elul) and the Chinese lunisolar calendar (never a leap month). When such a day
///   falls twice in one Gregorian year (an Islamic year is 11 days shorter), the first is taken.
/// - `listed diwali` — the dates listed under that key in `gazetteers/time-holiday-dates.tsv`,
///   for holidays no rule computes (the Hindu lunisolar calendar, US primary days); none in a
///   year the list does not cover.
/// - `fri before islamic 10-01` — the last Friday before another form's day (the last Friday
///   of Ramadan).
/// - `04-15 us-deadline` — a US federal filing deadline: a weekend day, or the District of
///   Columbia's Emancipation Day (April 16, on the nearest weekday, a holiday since 2005), moves
///   it to the next business day.
indirect enum HolidayDate: Hashable, Sendable {
  /// How a fixed date moves when it falls on a weekend.
  enum Adjustment: String, Hashable, Sendable {
    case none
    case nearestWeekday = "nearest-weekday"
    case notSunday = "not-sunday"
    case usDeadline = "us-deadline"
  }

  case fixed(month: Int, day: Int, Adjustment, offset: Int)
  case nthWeekday(n: Int, weekday: Int, month: Int, offset: Int)
  case easter(offset: Int)
  case orthodoxEaster(offset: Int)
  case calendar(OtherCalendar, month: Int, day: Int, offset: Int)
  case listed(key: String, firstDayByYear: [Int: Int], offset: Int)
  case weekdayBefore(weekday: Int, HolidayDate)

  /// A calendar other than the Gregorian one, by the name the data file uses.
  enum OtherCalendar: String, Hashable, Sendable {
    case islamic
    case hebrew
    case chinese

    /// ICU's name for it.
    var icuName: String {
      switch self {
      case .islamic: return "islamic-umalqura"
      case .hebrew: return "hebrew"
      case .chinese: return "chinese"
      }
    }

    /// The number of months a year can have.
    var months: Int { self == .hebrew ? 13 : 12 }
  }

  /// The date in `year`, if it exists.
  func date(in year: Int) -> CivilDate? {
    switch self {
    case .fixed(let month, let day, let adjustment, let offset):
      guard var date = CivilDate(validYear: year, month: month, day: day) else { return nil }
      switch adjustment {
      case .none: break
      case .nearestWeekday:
        if date.weekday == 6 { date = date.adding(days: -1) }
        if date.weekday == 7 { date = date.adding(days: 1) }
      case .notSunday:
        if date.weekday == 7 { date = date.adding(days: -1) }
      case .usDeadline:
        let emancipationDay = year >= 2005 ? HolidayDate.emancipationDay.date(in: year) : nil
        while date.weekday >= 6 || date == emancipationDay { date = date.adding(days: 1) }
      }
      return date.adding(days: offset)
    case .nthWeekday(let n, let weekday, let month, let offset):
      return CivilDate.nthWeekday(n, weekday, month: month, year: year)?.adding(days: offset)
    case .easter(let offset):
      return CivilDate.easter(year).adding(days: offset)
    case .orthodoxEaster(let offset):
      return CivilDate.orthodoxEaster(year).adding(days: offset)
    case .calendar(let calendar, let month, let day, let offset):
      // The holiday's base day lies `offset` days before the days of the year.
      let from = CivilDate(year, 1, 1).dayNumber - offset
      let to = CivilDate(year + 1, 1, 1).dayNumber - offset
      var first: Int64 = 0
      let count = cicu_calendar_days(calendar.icuName, Int64(from), Int64(to), Int32(month), Int32(day), &first, 1)
      guard count > 0 else { return nil }
      return CivilDate(dayNumber: Int(first) + offset)
    case .listed(_, let firstDayByYear, let offset):
      // The base day lies in `year` or, with an offset, in a year next to it; the first wins.
      for base in [year - 1, year, year + 1] {
        guard let day = firstDayByYear[base] else { continue }
        let date = CivilDate(dayNumber: day + offset)
        if date.year == year { return date }
      }
      return nil
    case .weekdayBefore(let weekday, let base):
      // The base day of this year, or of the next when the weekday before it falls in this one.
      for candidate in [base.date(in: year), base.date(in: year + 1)] {
        guard let day = candidate else { continue }
        let date = day.adding(days: -((day.weekday - weekday + 6) % 7 + 1))
        if date.year == year { return date }
      }
      return nil
    }
  }

  /// The District of Columbia's Emancipation Day, a holiday for federal deadlines.
  private static let emancipationDay = HolidayDate.fixed(month: 4, day: 16, .nearestWeekday, offset: 0)

  /// The month and day, when they are the same every year.
  var fixedMonthDay: (month: Int, day: Int)? {
    if case .fixed(let month, let day, .none, let offset) = self, offset == 0 { return (month, day) }
    return nil
  }

  private static let weekdays = ["mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7]

  /// Parses the `when` column; `nil` when it is not one of the forms above. `listed` holds the
  /// dates of `time-holiday-dates.tsv` by key (day numbers, in order).
  init?(parsing text: Substring, listed: [String: [Int]] = [:]) {
    var words = text.split(separator: " ").map(String.init)
    if words.count > 2, words[1] == "before", let weekday = HolidayDate.weekdays[words[0]] {
      guard let base = HolidayDate(parsing: words.dropFirst(2).joined(separator: " ")[...], listed: listed) else {
        return nil
      }
      self = .weekdayBefore(weekday: weekday, base)
      return
    }
    var offset = 0
    if let last = words.last, last.count > 1, last.first == "+" || last.first == "-", let value = Int(last.dropFirst()) {
      offset = last.first == "-" ? -value : value
      words.removeLast()
    }
    guard let head = words.first else { return nil }
    switch head {
    case "easter":
      guard words.count == 1 else { return nil }
      self = .easter(offset: offset)
    case "orthodox-easter":
      guard words.count == 1 else { return nil }
      self = .orthodoxEaster(offset: offset)
    case "islamic", "hebrew", "chinese":
      let pieces = words.count == 2 ? words[1].split(separator: "-") : []
      guard let calendar = OtherCalendar(rawValue: head), pieces.count == 2, let month = Int(pieces[0]),
        let day = Int(pieces[1]), (1...calendar.months).contains(month), (1...30).contains(day)
      else { return nil }
      self = .calendar(calendar, month: month, day: day, offset: offset)
    case "listed":
      guard words.count == 2, let days = listed[words[1]] else { return nil }
      var firstDayByYear: [Int: Int] = [:]
      for day in days where firstDayByYear[CivilDate(dayNumber: day).year] == nil {
        firstDayByYear[CivilDate(dayNumber: day).year] = day
      }
      self = .listed(key: words[1], firstDayByYear: firstDayByYear, offset: offset)
    case "nth":
      guard words.count == 4, let n = Int(words[1]), (1...5).contains(n), let weekday = HolidayDate.weekdays[words[2]],
        let month = Int(words[3]), (1...12).contains(month)
      else { return nil }
      self = .nthWeekday(n: n, weekday: weekday, month: month, offset: offset)
    case "last":
      guard words.count == 3, let weekday = HolidayDate.weekdays[words[1]], let month = Int(words[2]),
        (1...12).contains(month)
      else { return nil }
      self = .nthWeekday(n: -1, weekday: weekday, month: month, offset: offset)
    default:
      let pieces = head.split(separator: "-")
      guard pieces.count == 2, let month = Int(pieces[0]), let day = Int(pieces[1]), (1...12).contains(month),
        day >= 1, day <= DateTimeValue.daysIn(month: month, year: 2000)
      else { return nil }
      var adjustment = Adjustment.none
      if words.count == 2 {
        guard let parsed = Adjustment(rawValue: words[1]) else { return nil }
        adjustment = parsed
      } else if words.count > 2 {
        return nil
      }
      self = .fixed(month: month, day: day, adjustment, offset: offset)
    }
  }
}
