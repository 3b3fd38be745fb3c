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
enum HolidayDate: Hashable, Sendable {
  /// How a fixed date moves when it falls on a weekend.
  enum Adjustment: String, Hashable, Sendable {
    case none
    case nearestWeekday = "nearest-weekday"
    case notSunday = "not-sunday"
  }

  case fixed(month: Int, day: Int, Adjustment, offset: Int)
  case nthWeekday(n: Int, weekday: Int, month: Int, offset: Int)
  case easter(offset: Int)
  case orthodoxEaster(offset: Int)
  case calendar(OtherCalendar, month: Int, day: Int, offset: Int)

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
    }
  }

  /// The month and day, when they are the same every year.
  var fixedMonthDay: (month: Int, day: Int)? {
    if case .fixed(let month, let day, .none, let offset) = self, offset == 0 { return (month, day) }
    return nil
  }

  private static let weekdays = ["mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7]

  /// Parses the `when` column; `nil` when it is not one of the forms above.
  init?(parsing text: Substring) {
    var words = text.split(separator: " ").map(String.init)
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
        day >= 1, day <= CivilDate.daysIn(month: month, year: 2000)
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
