@testable import ChronicleKit
import Foundation
import Testing

/// The Gregorian arithmetic the time stage uses instead of `Foundation.Calendar`.
@Suite("Time: calendar arithmetic")
struct TimeCalendarTests {
  @Test("day numbers round-trip over four centuries")
  func dayNumbers() {
    #expect(CivilDate(1970, 1, 1).dayNumber == 0)
    #expect(CivilDate(2000, 3, 1).dayNumber == 11_017)
    #expect(CivilDate(1969, 12, 31).dayNumber == -1)
    var expected = CivilDate(1800, 1, 1)
    for number in CivilDate(1800, 1, 1).dayNumber..<CivilDate(2200, 1, 1).dayNumber {
      let date = CivilDate(dayNumber: number)
      #expect(date == expected)
      #expect(date.dayNumber == number)
      // The next day by hand: the calendar's own rules, not the day-number algorithm.
      if expected.day < DateTimeValue.daysIn(month: expected.month, year: expected.year) {
        expected.day += 1
      } else if expected.month < 12 {
        expected = CivilDate(expected.year, expected.month + 1, 1)
      } else {
        expected = CivilDate(expected.year + 1, 1, 1)
      }
    }
  }

  @Test(
    "weekdays", arguments: [("2019-02-28", 4), ("1970-01-01", 4), ("2000-01-01", 6), ("2024-02-29", 4), ("1900-03-01", 4)])
  func weekday(_ item: (String, Int)) {
    let value = DateTimeValue(iso8601: item.0)!
    #expect(CivilDate(value.year, value.month, value.day).weekday == item.1)
  }

  @Test(
    "ISO weeks",
    arguments: [
      ("2019-02-28", 2019, 9), ("2021-01-03", 2020, 53), ("2008-12-29", 2009, 1), ("2010-01-03", 2009, 53),
      ("2018-12-31", 2019, 1), ("2016-01-03", 2015, 53),
    ])
  func isoWeek(_ item: (String, Int, Int)) {
    let value = DateTimeValue(iso8601: item.0)!
    let week = CivilDate(value.year, value.month, value.day).isoWeek
    #expect(week.year == item.1 && week.week == item.2)
    #expect(CivilDate.mondayOf(isoYear: item.1, week: item.2).isoWeek.week == item.2)
  }

  @Test("adding months clamps to the end of a shorter month")
  func addingMonths() {
    #expect(CivilDate(2019, 1, 31).adding(months: 1) == CivilDate(2019, 2, 28))
    #expect(CivilDate(2020, 1, 31).adding(months: 1) == CivilDate(2020, 2, 29))
    #expect(CivilDate(2019, 3, 31).adding(months: -1) == CivilDate(2019, 2, 28))
    #expect(CivilDate(2019, 12, 15).adding(months: 1) == CivilDate(2020, 1, 15))
    #expect(CivilDate(2019, 1, 15).adding(months: -13) == CivilDate(2017, 12, 15))
  }

  @Test("invalid days are refused")
  func validity() {
    #expect(CivilDate(validYear: 2015, month: 2, day: 29) == nil)
    #expect(CivilDate(validYear: 2016, month: 2, day: 29) != nil)
    #expect(CivilDate(validYear: 2019, month: 4, day: 31) == nil)
    #expect(CivilDate(validYear: 1900, month: 2, day: 29) == nil)
    #expect(CivilDate(validYear: 2000, month: 2, day: 29) != nil)
  }

  @Test("Easter", arguments: [(2019, 4, 21), (2024, 3, 31), (2000, 4, 23), (2038, 4, 25), (1961, 4, 2)])
  func easter(_ item: (Int, Int, Int)) {
    #expect(CivilDate.easter(item.0) == CivilDate(item.0, item.1, item.2))
  }

  @Test("Orthodox Easter", arguments: [(2019, 4, 28), (2021, 5, 2), (2018, 4, 8), (2020, 4, 19)])
  func orthodoxEaster(_ item: (Int, Int, Int)) {
    #expect(CivilDate.orthodoxEaster(item.0) == CivilDate(item.0, item.1, item.2))
  }

  @Test(
    "days of the Islamic, Hebrew and Chinese calendars",
    arguments: [
      ("islamic 10-01", 2023, "2023-04-21"),  // Eid al-Fitr
      ("islamic 10-01", 2000, "2000-01-08"),  // fell twice in 2000 (and on December 27): the first
      ("hebrew 01-10", 2023, "2023-09-25"),  // Yom Kippur
      ("hebrew 07-14", 2024, "2024-03-24"),  // Purim, in Adar II of a leap year
      ("hebrew 03-25", 2023, "2023-12-08"),  // Hanukkah's first day
      ("chinese 01-01", 2024, "2024-02-10"),  // the Lunar New Year
      ("chinese 08-15 -1", 2019, "2019-09-12"),  // an offset: the eve of the Mid-Autumn Festival
    ])
  func otherCalendars(_ item: (String, Int, String)) throws {
    let date = try #require(HolidayDate(parsing: Substring(item.0)))
    #expect(date.date(in: item.1)?.description == item.2)
  }

  @Test("other calendars: months and days out of range are refused")
  func otherCalendarsInvalid() {
    #expect(HolidayDate(parsing: "islamic 13-01") == nil)
    #expect(HolidayDate(parsing: "hebrew 14-01") == nil)
    #expect(HolidayDate(parsing: "chinese 01-31") == nil)
    #expect(HolidayDate(parsing: "mayan 01-01") == nil)
    #expect(HolidayDate(parsing: "hebrew 13-01") != nil)
  }

  @Test(
    "US filing deadlines move past weekends and Emancipation Day",
    arguments: [
      (2011, "2011-04-18"),  // Friday the 15th is Emancipation Day observed (the 16th is a Saturday)
      (2012, "2012-04-17"),  // Sunday, then Emancipation Day on Monday the 16th
      (2013, "2013-04-15"),  // a Monday
      (2017, "2017-04-18"),  // Saturday; Sunday the 16th is observed on Monday the 17th
      (2004, "2004-04-15"),  // before Emancipation Day was a holiday
    ])
  func usDeadline(_ item: (Int, String)) throws {
    let date = try #require(HolidayDate(parsing: "04-15 us-deadline"))
    #expect(date.date(in: item.0)?.description == item.1)
  }

  @Test("listed dates, with offsets across a year's end, and a weekday before another day")
  func listedDates() throws {
    let listed = ["festival": [CivilDate(2018, 12, 31).dayNumber, CivilDate(2019, 10, 27).dayNumber]]
    let plain = try #require(HolidayDate(parsing: "listed festival", listed: listed))
    #expect(plain.date(in: 2019)?.description == "2019-10-27")
    #expect(plain.date(in: 2020) == nil)
    let after = try #require(HolidayDate(parsing: "listed festival +2", listed: listed))
    #expect(after.date(in: 2019)?.description == "2019-01-02")
    #expect(HolidayDate(parsing: "listed unknown", listed: listed) == nil)
    // The last Friday of Ramadan 1438 (Eid al-Fitr was Sunday, June 25, 2017).
    let lastFriday = try #require(HolidayDate(parsing: "fri before islamic 10-01"))
    #expect(lastFriday.date(in: 2017)?.description == "2017-06-23")
    // Eid al-Fitr 1439 was itself a Friday (June 15, 2018): the Friday before is a week earlier.
    #expect(lastFriday.date(in: 2018)?.description == "2018-06-08")
  }

  @Test("a 'listed' holiday without dates names the key; a bad date names its line")
  func listedErrors() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("holidays-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let dates = directory.appendingPathComponent("time-holiday-dates.tsv")
    try "diwali\t2019-10-27 2020-11-14\n".write(to: dates, atomically: true, encoding: .utf8)
    try "diwali\tlisted diwali\tDiwali 2019 => 2019-10-27\nholi\tlisted holi\tHoli 2019 => 2019-03-21\n"
      .write(to: directory.appendingPathComponent("time-holidays.tsv"), atomically: true, encoding: .utf8)
    #expect {
      try HolidayTable(directory: directory.path)
    } throws: { error in
      "\(error)".contains("time-holidays.tsv:2") && "\(error)".contains("no dates are listed for 'holi'")
    }
    for bad in ["2020-02-30", "2020-2-03", "2020-02-1x", "2019-01-01"] {
      try "# dates\ndiwali\t2019-10-27  \(bad)\n".write(to: dates, atomically: true, encoding: .utf8)
      #expect {
        try HolidayTable(directory: directory.path)
      } throws: { error in
        "\(error)".contains("time-holiday-dates.tsv:2") && "\(error)".contains(bad)
          && "\(error)".contains(bad == "2019-01-01" ? "out of order" : "is not a date")
      }
    }
    // Spaces between the dates, doubled or not, only separate them.
    try "diwali\t2019-10-27  2020-11-14 \nholi\t2019-03-21\n".write(to: dates, atomically: true, encoding: .utf8)
    #expect(try HolidayTable.listedDates(dates.path) == ["diwali": [18196, 18580], "holi": [17976]])
  }

  @Test("n-th weekdays of a month")
  func nthWeekday() {
    #expect(CivilDate.nthWeekday(4, 4, month: 11, year: 2019) == CivilDate(2019, 11, 28))  // Thanksgiving
    #expect(CivilDate.nthWeekday(-1, 1, month: 5, year: 2019) == CivilDate(2019, 5, 27))  // Memorial Day
    #expect(CivilDate.nthWeekday(5, 1, month: 2, year: 2019) == nil)
  }

  @Test("periods print as TIMEX3")
  func timex() {
    let day = CivilDate(2019, 2, 28)
    #expect(CalendarPeriod(grain: .week, containing: day).timex == "2019-W09")
    #expect(CalendarPeriod(grain: .weekend, containing: day).timex == "2019-W09-WE")
    #expect(CalendarPeriod(grain: .quarter, containing: day).timex == "2019-Q1")
    #expect(CalendarPeriod(grain: .half, containing: day).timex == "2019-H1")
    #expect(CalendarPeriod(grain: .decade, containing: CivilDate(1995, 6, 1)).timex == "199")
    #expect(CalendarPeriod(grain: .century, containing: CivilDate(1850, 6, 1)).timex == "18")
    #expect(CalendarPeriod(grain: .season, containing: CivilDate(2019, 1, 15)).timex == "2018-WI")
    #expect(CalendarPeriod(grain: .minute, containing: day, hour: 17, minute: 30).timex == "2019-02-28T17:30")
    #expect(CalendarPeriod(date: day, part: .morning).timex == "2019-02-28TMO")
    #expect(CalendarPeriod(grain: .year, containing: CivilDate(-344, 1, 1)).timex == "BC0345")
  }

  @Test("durations print as TIMEX3")
  func durations() {
    #expect(DurationSpec(2, .day).timex == "P2D")
    #expect(DurationSpec(18, .month).timex == "P18M")
    #expect(DurationSpec(1.5, .hour).timex == "PT1H30M")
    #expect(DurationSpec(1, .decade).timex == "P10Y")
    #expect(DurationSpec(2, .week).timex == "P2W")
    #expect(DurationSpec(1, .day).plus(DurationSpec(21, .hour)).timex == "P1DT21H")
    #expect(DurationSpec(vague: .year).timex == "PXY")
  }

  @Test("numbers are written with their digits counted, padded and signed")
  func numberText() {
    let counts = [(0, 1), (9, 1), (10, 2), (-10, 2), (99_999, 5), (Int.max, 19), (Int.min, 19)]
    for (value, digits) in counts { #expect(value.decimalDigitCount == digits, "\(value)") }
    #expect(TimexFormat.pad(7, 2) == "07")
    #expect(TimexFormat.pad(123, 2) == "123")
    #expect(TimexFormat.pad(-5, 3) == "-005")
    #expect(TimexFormat.pad(Int.min, 1) == String(Int.min))
    #expect(TimexFormat.year(2019) == "2019")
    #expect(TimexFormat.year(0) == "BC0001")
    #expect(CivilDate(2019, 2, 8).description == "2019-02-08")
    #expect(DateTimeValue(year: 12, month: 3, day: 4, hour: 5, minute: 6, utcOffsetMinutes: -90)?.iso8601 == "0012-03-04T05:06-01:30")
  }
}
