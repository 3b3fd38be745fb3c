/// A resolved stretch of the calendar at one grain: the day 2019-02-27, the month 2018-06,
/// the ISO week 2019-W09, the minute 2019-02-28T17:30. It prints as a TIMEX3 value and
/// compares by its start and end in seconds (local time, no zone).
struct CalendarPeriod: Hashable, Sendable {
  /// The grain.
  var grain: Grain
  /// The first day of the period (a week's Monday, a weekend's Saturday).
  var date: CivilDate
  /// The hour, for grains finer than a day (a part of day's first hour).
  var hour: Int = 0
  /// The minute, for minute and second grains.
  var minute: Int = 0
  /// The second, for the second grain.
  var second: Int = 0
  /// The part of day, for that grain.
  var part: PartOfDay?
  /// The season, for that grain.
  var season: Season?

  /// The period of `grain` that holds a day and time.
  init(grain: Grain, containing date: CivilDate, hour: Int = 0, minute: Int = 0, second: Int = 0) {
    self.grain = grain
    switch grain {
    case .second:
      self.date = date
      self.hour = hour
      self.minute = minute
      self.second = second
    case .minute:
      self.date = date
      self.hour = hour
      self.minute = minute
    case .hour:
      self.date = date
      self.hour = hour
    case .partOfDay:
      // The part holding the hour; hours before 6 belong to the previous day's night.
      if hour < 6 {
        self.date = date.adding(days: -1)
        self.part = .night
        self.hour = 22
      } else {
        let part: PartOfDay = hour < 12 ? .morning : hour < 18 ? .afternoon : hour < 22 ? .evening : .night
        self.date = date
        self.part = part
        self.hour = part.startHour
      }
    case .day:
      self.date = date
    case .weekend, .week:
      let monday = date.adding(days: 1 - date.weekday)
      self.date = grain == .week ? monday : monday.adding(days: 5)
    case .month:
      self.date = CivilDate(date.year, date.month, 1)
    case .season:
      // Winter runs December to February and belongs to the year of its December.
      let (year, season): (Int, Season) =
        switch date.month {
        case 3...5: (date.year, .spring)
        case 6...8: (date.year, .summer)
        case 9...11: (date.year, .fall)
        case 12: (date.year, .winter)
        default: (date.year - 1, .winter)
        }
      self.date = CivilDate(year, season.firstMonth, 1)
      self.season = season
    case .quarter:
      self.date = CivilDate(date.year, (date.month - 1) / 3 * 3 + 1, 1)
    case .half:
      self.date = CivilDate(date.year, date.month <= 6 ? 1 : 7, 1)
    case .year:
      self.date = CivilDate(date.year, 1, 1)
    case .decade:
      self.date = CivilDate(CalendarPeriod.floor(date.year, 10), 1, 1)
    case .century:
      self.date = CivilDate(CalendarPeriod.floor(date.year, 100), 1, 1)
    case .millennium:
      self.date = CivilDate(CalendarPeriod.floor(date.year, 1000), 1, 1)
    }
  }

  /// A part of a given day.
  init(date: CivilDate, part: PartOfDay) {
    self.grain = .partOfDay
    self.date = date
    self.part = part
    self.hour = part.startHour
  }

  /// A season of a year (winter: the one starting in December of `year`).
  init(year: Int, season: Season) {
    self.grain = .season
    self.date = CivilDate(year, season.firstMonth, 1)
    self.season = season
  }

  static func floor(_ value: Int, _ step: Int) -> Int {
    value >= 0 ? value / step * step : -((-value + step - 1) / step) * step
  }

  /// Seconds from 1970-01-01T00:00 (local) to the start.
  var start: Int {
    date.dayNumber * 86_400 + hour * 3600 + minute * 60 + second
  }

  /// Seconds from 1970-01-01T00:00 (local) to the end (exclusive).
  var end: Int {
    switch grain {
    case .second: return start + 1
    case .minute: return start + 60
    case .hour: return start + 3600
    case .partOfDay: return start + (part?.hours ?? 6) * 3600
    case .day: return start + 86_400
    case .weekend: return start + 2 * 86_400
    case .week: return start + 7 * 86_400
    case .month: return date.adding(months: 1).dayNumber * 86_400
    case .season: return date.adding(months: 3).dayNumber * 86_400
    case .quarter: return date.adding(months: 3).dayNumber * 86_400
    case .half: return date.adding(months: 6).dayNumber * 86_400
    case .year: return CivilDate(date.year + 1, 1, 1).dayNumber * 86_400
    case .decade: return CivilDate(date.year + 10, 1, 1).dayNumber * 86_400
    case .century: return CivilDate(date.year + 100, 1, 1).dayNumber * 86_400
    case .millennium: return CivilDate(date.year + 1000, 1, 1).dayNumber * 86_400
    }
  }

  /// The period `count` steps of its own grain later (earlier when negative).
  func moved(by count: Int) -> CalendarPeriod {
    switch grain {
    case .second, .minute, .hour:
      let step = grain == .second ? 1 : grain == .minute ? 60 : 3600
      let seconds = start + count * step
      let day = CalendarPeriod.floorDiv(seconds, 86_400)
      let rest = seconds - day * 86_400
      return CalendarPeriod(
        grain: grain, containing: CivilDate(dayNumber: day), hour: rest / 3600, minute: rest % 3600 / 60,
        second: rest % 60)
    case .partOfDay:
      var copy = self
      copy.date = date.adding(days: count)
      return copy
    case .day: return CalendarPeriod(grain: .day, containing: date.adding(days: count))
    case .weekend, .week: return CalendarPeriod(grain: grain, containing: date.adding(days: 7 * count))
    case .month: return CalendarPeriod(grain: .month, containing: date.adding(months: count))
    case .season: return CalendarPeriod(grain: .season, containing: date.adding(months: 3 * count))
    case .quarter: return CalendarPeriod(grain: .quarter, containing: date.adding(months: 3 * count))
    case .half: return CalendarPeriod(grain: .half, containing: date.adding(months: 6 * count))
    case .year: return CalendarPeriod(grain: .year, containing: CivilDate(date.year + count, 1, 1))
    case .decade: return CalendarPeriod(grain: .decade, containing: CivilDate(date.year + 10 * count, 1, 1))
    case .century: return CalendarPeriod(grain: .century, containing: CivilDate(date.year + 100 * count, 1, 1))
    case .millennium:
      return CalendarPeriod(grain: .millennium, containing: CivilDate(date.year + 1000 * count, 1, 1))
    }
  }

  /// The same start seen at a coarser or finer grain.
  func at(_ grain: Grain) -> CalendarPeriod {
    if grain == .partOfDay, let part, self.grain == .partOfDay { return CalendarPeriod(date: date, part: part) }
    return CalendarPeriod(grain: grain, containing: date, hour: hour, minute: minute, second: second)
  }

  static func floorDiv(_ a: Int, _ b: Int) -> Int {
    a >= 0 ? a / b : -((-a + b - 1) / b)
  }

  /// The TIMEX3 value.
  var timex: String {
    // Written in one buffer (see ``ASCIIText``): every resolved time expression makes one.
    ASCIIText.make { text in
      let year = date.year
      switch grain {
      case .millennium: text.appendNumber(CalendarPeriod.floorDiv(year, 1000))
      case .century, .decade:
        let (divisor, width) = grain == .century ? (100, 2) : (10, 3)
        if year < 0 { text.append("BC") }
        text.appendNumber(abs(year) / divisor, width: width)
      case .year: text.appendYear(year)
      case .half:
        text.appendYear(year)
        text.append(date.month <= 6 ? "-H1" : "-H2")
      case .quarter:
        text.appendYear(year)
        text.append("-Q")
        text.appendNumber((date.month - 1) / 3 + 1)
      case .season:
        text.appendYear(year)
        text.append(UInt8(ascii: "-"))
        text.append((season ?? .spring).code)
      case .month:
        text.appendYear(year)
        text.append(UInt8(ascii: "-"))
        text.appendNumber(date.month, width: 2)
      case .week, .weekend:
        let (isoYear, week) = date.isoWeek
        text.appendYear(isoYear)
        text.append("-W")
        text.appendNumber(week, width: 2)
        if grain == .weekend { text.append("-WE") }
      case .day, .partOfDay, .hour, .minute, .second:
        text.appendDate(year: year, month: date.month, day: date.day)
        switch grain {
        case .partOfDay:
          text.append(UInt8(ascii: "T"))
          text.append((part ?? .morning).code)
        case .hour, .minute, .second:
          text.append(UInt8(ascii: "T"))
          text.appendNumber(hour, width: 2)
          text.append(UInt8(ascii: ":"))
          text.appendNumber(grain == .hour ? 0 : minute, width: 2)
          if grain == .second {
            text.append(UInt8(ascii: ":"))
            text.appendNumber(second, width: 2)
          }
        default: break
        }
      }
    }
  }
}
