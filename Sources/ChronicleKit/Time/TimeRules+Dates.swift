extension TimeRules {
  /// Whether a month and day exist in some year (February 29 does; April 31 does not).
  static func validDay(_ month: Int, _ day: Int, year: Int? = nil) -> Bool {
    day >= 1 && day <= DateTimeValue.daysIn(month: month, year: year ?? 2000)
  }

  /// A date with its day set, if the month has that day.
  static func withDay(_ base: TimeSpec, _ day: Int) -> TimeSpec? {
    guard let month = base.month, validDay(month, day, year: base.year) else { return nil }
    var spec = base
    spec.day = day
    return spec
  }

  /// A date with its year set, if the day exists in that year.
  static func withYear(_ base: TimeSpec, _ year: Int) -> TimeSpec? {
    if let month = base.month, let day = base.day, !validDay(month, day, year: year) { return nil }
    var spec = base
    spec.year = year
    return spec
  }

  /// Reads all-numeric day and month: month first, unless the first number cannot be a month
  /// or the tagger reads day first.
  static func numericMonthDay(_ first: Int, _ second: Int, dayFirst: Bool) -> (month: Int, day: Int)? {
    let monthFirst = (1...12).contains(first) && (1...31).contains(second)
    let dayFirstReading = (1...12).contains(second) && (1...31).contains(first)
    if monthFirst && (!dayFirst || !dayFirstReading) { return (first, second) }
    if dayFirstReading { return (second, first) }
    return nil
  }

  /// An impossible date that claims its text, so that no valid piece of it is output.
  static func invalid(_ m: inout RuleMatch) -> Meaning {
    m.flags = [.invalid]
    return .time(TimeSpec())
  }

  /// Calendar dates: month names, numeric forms, years, decades, quarters, ordinals.
  static let dates: [TimeRule] = [
    TimeRule(
      "date.month-day", [.time(.monthOnly), .digits(1...2, 1...31)],
      examples: ["Feb. 28" => "2019-02-28", "June 12" => "2019-06-12", "Trump will visit on Sept. 3." => "2019-09-03"]
    ) { m in
      if m.chained(after: [0x2E]) { return nil }  // "June 12.5"
      return withDay(m.time(0), m.int(1)).map(Meaning.time)
    },
    TimeRule(
      "block.month-day", [.time(.monthOnly), .p(",").opt, .digits(1...2, 29...49), .p(",").opt, .digits(4...4).opt],
      examples: []
    ) { m in
      // "August 32", "February 29, 2014", "June 31, 2022": not dates at all ("Aug 96" is
      // August 1996 and is left alone).
      guard let month = m.time(0).month else { return nil }
      return validDay(month, m.int(2), year: m.has(4) ? m.int(4) : nil) ? nil : invalid(&m)
    },
    TimeRule(
      "block.month-long-number", [.time(.monthOnly), .p(",").opt, .digitAtom(5...9)],
      examples: []
    ) { m in
      // "February 151998": a month and a number too long to be a day or a year.
      m.atom(2).digits >= 5 ? invalid(&m) : nil
    },
    TimeRule(
      "block.day-month", [.digits(1...2), .w("of").opt, .time(.monthOnly), .p(",").opt, .digits(4...4).opt],
      examples: []
    ) { m in
      guard let month = m.time(2).month else { return nil }
      let day = m.int(0)
      let year = m.has(4) ? m.int(4) : nil
      // "31 June", "29 February 2014", "32 August"; "96 Aug" may be a year and is left alone.
      return (1...49).contains(day) && !validDay(month, day, year: year) ? invalid(&m) : nil
    },
    TimeRule(
      "date.month-ordinal", [.time(.monthOnly), .w("the").opt, .ord(1...31)],
      examples: ["Feb 28th" => "2019-02-28", "March third" => "2019-03-03", "february the 15th" => "2019-02-15"]
    ) { m in withDay(m.time(0), m.ordinal(2)).map(Meaning.time) },
    TimeRule(
      "date.day-month", [.digits(1...2, 1...31), .w("of").opt, .time(.monthOnly)],
      examples: ["12 June" => "2019-06-12", "28 February" => "2019-02-28", "14april" => "2019-04-14"]
    ) { m in withDay(m.time(2), m.int(0)).map(Meaning.time) },
    TimeRule(
      "date.ordinal-month", [.w("the").opt, .ord(1...31), .w("of").opt, .time(.monthOnly)],
      examples: ["28th February" => "2019-02-28", "the 1st of March" => "2019-03-01", "Twenty-fourth of May" => "2019-05-24"]
    ) { m in withDay(m.time(3), m.ordinal(1)).map(Meaning.time) },
    TimeRule(
      "date.day-month-dashed", [.digits(1...2, 1...31), .p("-/").touching, .time(.monthOnly).touching],
      examples: ["10-August" => "2019-08-10", "31/Oct" => "2018-10-31"]
    ) { m in
      if m.chainedBefore { return nil }
      return withDay(m.time(2), m.int(0)).map(Meaning.time)
    },
    TimeRule(
      "date.with-year", [.time(.monthDay), .p(",").opt, .digits(4...4, 1000...2999)],
      examples: [
        "June 12, 2018" => "2018-06-12", "12 June 2018" => "2018-06-12", "Feb. 28, 2019" => "2019-02-28",
        "November 1,2001" => "2001-11-01", "Thursday, December 15, 2011" => "2011-12-15",
        "Sun, Mar. 6, 2016" => "2016-03-06",
      ]
    ) { m in
      if m.chainedAfter { return nil }
      return withYear(m.time(0), m.int(2)).map(Meaning.time)
    },
    TimeRule(
      "date.with-year-dashed", [.time(.monthDay), .p("-/").touching, .digits(2...4).touching],
      examples: ["31-Oct-74" => "1974-10-31", "09-JAN-2017" => "2017-01-09", "10/August/2012" => "2012-08-10"]
    ) { m in
      guard m.isTight, !m.chainedAfter else { return nil }
      let number = m.number(2)
      guard let value = number.integer, number.digits == 2 || (1000...2999).contains(value) else { return nil }
      if number.digits == 2 {
        var spec = m.time(0)
        spec.shortYear = value
        return .time(spec)
      }
      return withYear(m.time(0), value).map(Meaning.time)
    },
    TimeRule(
      "date.with-short-year", [.time(.monthDay), .p(",'").opt, .digits(2...2)],
      examples: ["Aug 9, 96" => "1996-08-09", "3rd Feb 82" => "1982-02-03"]
    ) { m in
      // Only after a month name: in "14/4 90" the 90 is something else.
      guard (m.first..<m.last).contains(where: { m.chart.pointee.atoms[$0].word >= 0 && m.chart.pointee.lexicon.categories(m.chart.pointee.atoms[$0].word).contains(.month) })
      else { return nil }
      if let after = m.after, after.word >= 0 || after.number >= 0 { return nil }
      if m.chainedAfter { return nil }
      var spec = m.time(0)
      spec.shortYear = m.int(2)
      return .time(spec)
    },
    TimeRule(
      "date.with-era", [.time(.monthDay), .p(",").opt, .digits(1...4, 1...9999), .cat(.era)],
      examples: ["August 10, 345 BC" => "BC0345-08-10", "10 August 88 AD" => "0088-08-10"]
    ) { m in
      let year = m.entry(3).era < 0 ? 1 - m.int(2) : m.int(2)
      return withYear(m.time(0), year).map(Meaning.time)
    },
    TimeRule(
      "date.month-year", [.time(.monthOnly), .p(",").opt, .digits(4...4, 1000...2999)],
      examples: ["June 2018" => "2018-06", "Sept. 2012" => "2012-09", "August, 2012" => "2012-08"]
    ) { m in
      if m.chainedAfter { return nil }
      var spec = m.time(0)
      spec.year = m.int(2)
      return .time(spec)
    },
    TimeRule(
      "date.month-of-year", [.time(.monthOnly), .w("of"), .digits(4...4, 1000...2999)],
      examples: ["June of 2022" => "2022-06"]
    ) { m in
      var spec = m.time(0)
      spec.year = m.int(2)
      return .time(spec)
    },
    TimeRule(
      "date.month-year-dashed", [.time(.monthOnly), .p("-/").touching, .digits(4...4, 1000...2999).touching],
      examples: ["Sep-2012" => "2012-09"]
    ) { m in
      var spec = m.time(0)
      spec.year = m.int(2)
      return .time(spec)
    },
    TimeRule(
      "date.month-short-year", [.time(.monthOnly), .p("'").opt, .digits(2...2)],
      examples: ["Aug 96" => "1996-08", "Sept. '18" => "2018-09"]
    ) { m in
      let value = m.int(2)
      if !m.has(1) && value < 50 { return nil }  // "August 32" is no date; "Aug 96" is 1996
      if m.has(1) && !m.atom(2).isTight { return nil }
      if let after = m.after, after.word >= 0 || after.number >= 0 { return nil }
      var spec = m.time(0)
      spec.shortYear = value
      return .time(spec)
    },
    TimeRule(
      "date.year-month", [.digits(4...4, 1000...2999), .p("-/").touching.opt, .time(.monthOnly)],
      examples: ["2024 August" => "2024-08", "2024-August" => "2024-08"]
    ) { m in
      if m.has(1) && !m.atom(2).isTight { return nil }
      if m.chainedBefore { return nil }
      var spec = m.time(2)
      spec.year = m.int(0)
      return .time(spec)
    },
    TimeRule(
      "date.year-month-day", [.digits(4...4, 1000...2999), .p("-/").opt, .time(.monthOnly), .p("-/").opt, .digits(1...2, 1...31)],
      examples: ["2018 March 18" => "2018-03-18", "2012/Aug/10" => "2012-08-10"]
    ) { m in
      if m.has(1) != m.has(3) { return nil }
      if m.has(1) && !m.isTight { return nil }
      guard var spec = withDay(m.time(2), m.int(4)) else { return nil }
      spec.year = m.int(0)
      return withYear(spec, m.int(0)).map(Meaning.time)
    },
    TimeRule(
      "date.iso",
      [
        .digits(4...4, 1000...2999), .p("-/.").touching, .digits(1...2, 1...12).touching, .p("-/.").touching,
        .digits(1...2, 1...31).touching,
      ],
      examples: ["2019-02-28" => "2019-02-28", "2015/05/25" => "2015-05-25", "2015-3-3" => "2015-03-03"]
    ) { m in
      guard m.atom(1).punct == m.atom(3).punct, !m.chainedBefore else { return nil }
      if m.chained(after: [m.atom(1).punct]) { return nil }
      let month = m.int(2)
      let day = m.int(4)
      guard validDay(month, day, year: m.int(0)) else { return nil }
      return .time(
        spec {
          $0.year = m.int(0)
          $0.month = month
          $0.day = day
        })
    },
    TimeRule(
      "date.numeric",
      [
        .digits(1...2, 1...31), .p("/-.").touching, .digits(1...2, 1...31).touching, .p("/-.").touching,
        .digits(2...4).touching,
      ],
      examples: [
        "2/28/2019" => "2019-02-28", "10/31/74" => "1974-10-31", "28/02/2019" => "2019-02-28",
        "10.31.1974" => "1974-10-31", "12-30-16" => "2016-12-30",
      ]
    ) { m in
      let separator = m.atom(1).punct
      guard separator == m.atom(3).punct, !m.chainedBefore, !m.chained(after: [separator]) else { return nil }
      let yearNumber = m.number(4)
      guard yearNumber.digits == 2 || yearNumber.digits == 4 else { return nil }
      if separator == 0x2E && yearNumber.digits != 4 { return nil }  // "1.10.30" is a version
      guard let (month, day) = numericMonthDay(m.int(0), m.int(2), dayFirst: m.chart.pointee.dayFirst) else { return nil }
      if yearNumber.digits == 4 {
        guard (1000...2999).contains(m.int(4)), validDay(month, day, year: m.int(4)) else { return nil }
      } else {
        guard validDay(month, day, year: nil) else { return nil }
      }
      return .time(
        spec {
          if yearNumber.digits == 4 { $0.year = m.int(4) } else { $0.shortYear = m.int(4) }
          $0.month = month
          $0.day = day
        })
    },
    TimeRule(
      "date.numeric-month-day", [.digits(1...2, 1...31), .p("/-").touching, .digits(1...2, 1...31).touching],
      examples: ["on 2/15" => "2019-02-15", "The deadline is 8/10." => "2019-08-10", "on 3-15" => "2019-03-15"]
    ) { m in
      guard !m.chainedBefore, !m.chainedAfter else { return nil }
      if let before = m.before, before.number >= 0 { return nil }  // "1 1/2"
      if let after = m.after, after.word < 0, after.punct == 0x25 { return nil }  // "2/3%"
      if let after = m.wordAfter, after.categories.contains(.unit) { return nil }  // "1/2 hour"
      let prepositions: Set<String> = ["on", "since", "until", "till", "by", "from", "through", "before", "after", "of", "due", "ending", "dated"]
      if m.atom(1).punct == 0x2D && !m.wordBefore(in: prepositions) { return nil }  // a score
      guard let (month, day) = numericMonthDay(m.int(0), m.int(2), dayFirst: m.chart.pointee.dayFirst) else { return nil }
      guard validDay(month, day) else { return nil }
      if !m.wordBefore(in: prepositions), let after = m.after, after.kind == .word,
        after.word < 0 || m.chart.pointee.lexicon.categories(after.word).isDisjoint(with: [.glue, .triggers])
      {
        return nil  // "2/3 majority", "1/2 cup"
      }
      return .time(
        spec {
          $0.month = month
          $0.day = day
        })
    },
    TimeRule(
      "date.numeric-month-year", [.digits(1...2, 1...12), .p("/").touching, .digits(4...4, 1000...2999).touching],
      examples: ["9/2012" => "2012-09", "04/2016" => "2016-04"]
    ) { m in
      guard !m.chainedBefore, !m.chainedAfter else { return nil }
      return .time(
        spec {
          $0.year = m.int(2)
          $0.month = m.int(0)
        })
    },
    TimeRule(
      "date.numeric-year-month", [.digits(4...4, 1000...2999), .p("/-").touching, .digits(2...2, 1...12).touching],
      examples: ["2014-10" => "2014-10", "2014/10" => "2014-10"]
    ) { m in
      guard !m.chainedBefore, !m.chainedAfter else { return nil }
      // "2010-12" reads as the years 2010 to 2012, and "2006/07" (the next year's last two
      // digits) as a season or fiscal year, 2006 to 2007 (see range.year-short).
      if m.atom(1).punct == 0x2D && m.int(2) > m.int(0) % 100 { return nil }
      if m.int(2) == (m.int(0) + 1) % 100 { return nil }
      return .time(
        spec {
          $0.year = m.int(0)
          $0.month = m.int(2)
        })
    },
    TimeRule(
      "date.weekday-date", [.time(.weekdayOnly), .p(",").opt, .time(.dayFree)],
      examples: ["Monday, Feb 18" => "2019-02-18", "Tuesday 11/3/2015" => "2015-11-03", "Tue, 10 January" => "2019-01-10",
        TimeExample("Tuesday, January 10", "2017-01-10", ref: "2017-01-05"),
        TimeExample("Sunday, Feb 10", "2013-02-10", ref: "2013-02-12", prefer: .future),
      ]
    ) { m in m.time(0).merged(with: m.time(2)).map(Meaning.time) },
    TimeRule(
      "date.date-weekday", [.time(.dayFree), .p(",").opt, .time(.weekdayOnly)],
      examples: ["Jul 18, Thu" => "2019-07-18"]
    ) { m in
      if !m.has(1) { return nil }
      return m.time(0).merged(with: m.time(2)).map(Meaning.time)
    },
    TimeRule(
      "date.weekday-ordinal", [.time(.weekdayOnly), .w("the").opt, .ord(1...31)],
      examples: ["Tuesday the 19th" => "2019-02-19", "Thu 15th" => "2018-11-15"]
    ) { m in
      var spec = m.time(0)
      spec.day = m.ordinal(2)
      return .time(spec)
    },
    TimeRule(
      "date.ordinal-weekday-of",
      [.w("the").opt, .ord(1...5), .time(.weekdayOnly), .w("of", "in"), .time(where: { $0.isMonthOnly || (bareCycle($0) && $0.grain == .month) })],
      examples: ["the first Monday of March" => "2019-03-04", "third tuesday of september 2014" => "2014-09-16"]
    ) { m in
      var spec = m.time(4)
      spec.ordinal = OrdinalSpec(n: m.ordinal(1), item: .weekday(m.time(2).weekday!))
      return .time(spec)
    },
    TimeRule(
      "date.last-weekday-of",
      [.w("the").opt, .w("last"), .time(.weekdayOnly), .w("of", "in"), .time(where: { $0.isMonthOnly || (bareCycle($0) && $0.grain == .month) })],
      examples: ["last Monday of March" => "2019-03-25", "the last friday of october" => "2018-10-26"]
    ) { m in
      var spec = m.time(4)
      spec.ordinal = OrdinalSpec(n: -1, item: .weekday(m.time(2).weekday!))
      return .time(spec)
    },
    TimeRule(
      "date.ordinal-day-of",
      [.w("the").opt, .ord(1...31), .w("last").opt, .w("day"), .w("of", "in"), .time(where: { $0.isMonthOnly || (bareCycle($0) && $0.grain == .month) })],
      examples: ["the third day of october" => "2018-10-03", "fifth last day of May" => "2019-05-27"]
    ) { m in
      var spec = m.time(5)
      spec.ordinal = OrdinalSpec(n: m.has(2) ? -m.ordinal(1) : m.ordinal(1), item: .day)
      return .time(spec)
    },
    TimeRule(
      "date.last-day-of",
      [.w("the").opt, .w("last"), .w("day"), .w("of", "in"), .time(where: { $0.isMonthOnly || (bareCycle($0) && $0.grain == .month) })],
      examples: ["the last day of October 2015" => "2015-10-31"]
    ) { m in
      var spec = m.time(4)
      spec.ordinal = OrdinalSpec(n: -1, item: .day)
      return .time(spec)
    },
    TimeRule(
      "date.ordinal-week-of",
      [.w("the").opt, .ord(1...5), .w("last").opt, .w("week"), .w("of", "in"), .time(where: { ($0.isMonthOnly || $0.isYearOnly) || (bareCycle($0) && ($0.grain == .month || $0.grain == .year)) })],
      examples: ["the first week of October 2014" => "2014-W41", "the third last week of 2018" => "2018-W50"]
    ) { m in
      var spec = m.time(5)
      spec.ordinal = OrdinalSpec(n: m.has(2) ? -m.ordinal(1) : m.ordinal(1), item: .week)
      return .time(spec)
    },
    TimeRule(
      "date.last-week-of",
      [.w("the").opt, .w("last"), .w("week"), .w("of", "in"), .time(where: { ($0.isMonthOnly || $0.isYearOnly) || (bareCycle($0) && ($0.grain == .month || $0.grain == .year)) })],
      examples: ["the last week of September 2014" => "2014-W39"]
    ) { m in
      var spec = m.time(4)
      spec.ordinal = OrdinalSpec(n: -1, item: .week)
      return .time(spec)
    },
    TimeRule(
      "date.day-of-month-cycle",
      [.w("the").opt, .ord(1...31), .w("day").opt, .w("of"), .time(where: { bareCycle($0) && $0.grain == .month })],
      examples: ["the 20th of next month" => "2019-03-20"]
    ) { m in
      var spec = m.time(4)
      spec.day = m.ordinal(1)
      return .time(spec)
    },
    TimeRule(
      "date.day-number-of-month-cycle",
      [.digits(1...2, 1...31), .w("of"), .time(where: { bareCycle($0) && $0.grain == .month })],
      examples: ["20 of next month" => "2019-03-20"]
    ) { m in
      var spec = m.time(2)
      spec.day = m.int(0)
      return .time(spec)
    },
    TimeRule(
      "date.ordinal-day", [.w("the"), .ord(1...31)],
      examples: ["The payment is due on the 15th." => "2019-03-15", "by the 1st" => "2019-03-01"]
    ) { m in
      let prepositions: Set<String> = ["on", "by", "until", "till", "since", "from", "before", "after", "through", "due"]
      guard m.wordBefore(in: prepositions) else { return nil }
      if let after = m.wordAfter, after.categories.contains(.unit) || after.text == "of" { return nil }
      return .time(spec { $0.day = m.ordinal(1) })
    },
    TimeRule(
      "date.week-of", [.w("the").opt, .w("week"), .w("of"), .time(.dayNoClock)],
      examples: [TimeExample("the week of October 7th", "2019-W41", prefer: .future)]
    ) { m in
      .time(spec { $0.relation = .within(.week, m.time(3)) })
    },
    TimeRule(
      "date.decade", [.w("the").opt, .digits(4...4, 1000...2990), .w("s", "'s").touching],
      examples: ["the 1990s" => "199", "the 1800s" => "18", "in the 2010s" => "201"]
    ) { m in
      let year = m.int(1)
      guard year % 10 == 0 else { return nil }
      if m.word(2) == "'s" && !m.has(0) { return nil }
      return .time(
        spec {
          if year % 100 == 0 && year != 2000 { $0.century = year / 100 } else { $0.decade = year / 10 }
        })
    },
    TimeRule(
      "date.decade-short", [.w("the").opt, .p("'").opt, .digits(2...2, 0...90), .w("s").touching],
      examples: ["the '90s" => "199", "the 90s" => "199", "the '20s" => "192"]
    ) { m in
      let value = m.int(2)
      guard value % 10 == 0 else { return nil }
      if m.has(1) && !m.atom(2).isTight { return nil }
      // "in his 50s" is an age: a bare "90s" needs "the" or an apostrophe.
      if !m.has(0) && !m.has(1) { return nil }
      return .time(spec { $0.shortDecade = value })
    },
    TimeRule(
      "date.decade-word",
      [.w("the"), .w("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")],
      examples: ["the nineties" => "199", "the sixties" => "196"]
    ) { m in
      let words = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
      guard let index = words.firstIndex(of: m.word(1)) else { return nil }
      return .time(spec { $0.shortDecade = 20 + 10 * index })
    },
    TimeRule(
      "date.century", [.w("the").opt, .ord(1...30), .p("-").opt, .w("century")],
      examples: ["the 19th century" => "18", "the twenty-first century" => "20", "21st-century" => "20"]
    ) { m in .time(spec { $0.century = m.ordinal(1) - 1 }) },
    TimeRule(
      "date.quarter", [.w("the").opt, .ord(1...4), .p("-").opt, .w("quarter", "qtr")],
      examples: ["The company reported third-quarter results." => "2018-Q3", "the 3rd qtr" => "2019-Q3"]
    ) { m in .time(spec { $0.quarter = m.ordinal(1) }) },
    TimeRule(
      "date.quarter-code", [.w("q"), .digits(1...1, 1...4).touching],
      examples: ["Q1" => "2019-Q1"]
    ) { m in .time(spec { $0.quarter = m.int(1) }) },
    TimeRule(
      "date.quarter-year", [.time(.quarterNoYear), .w("of").opt, .digits(4...4, 1000...2999)],
      examples: ["the fourth quarter of 2018" => "2018-Q4", "Q3 2019" => "2019-Q3"]
    ) { m in
      var spec = m.time(0)
      spec.year = m.int(2)
      return .time(spec)
    },
    TimeRule(
      "date.year-quarter", [.digits(2...4), .time(.quarterNoYear)],
      examples: ["2018Q4" => "2018-Q4", "18q4" => "2018-Q4"]
    ) { m in
      let number = m.number(0)
      guard let value = number.integer else { return nil }
      var spec = m.time(1)
      if number.digits == 4, (1000...2999).contains(value) {
        spec.year = value
      } else if number.digits == 2, m.atom(1).isTight {
        spec.shortYear = value
      } else {
        return nil
      }
      return .time(spec)
    },
    TimeRule(
      "date.half-year", [.w("the").opt, .ord(1...2), .p("-").opt, .w("half"), .w("of"), .digits(4...4, 1000...2999)],
      examples: ["the second half of 2025" => "2025-H2", "the first half of 2019" => "2019-H1"]
    ) { m in
      .time(
        spec {
          $0.half = m.ordinal(1)
          $0.year = m.int(5)
        })
    },
    TimeRule(
      "date.half-cycle", [.w("the").opt, .ord(1...2), .p("-").opt, .w("half"), .w("of"), .time(where: { bareCycle($0) && $0.grain == .year })],
      examples: ["the first half of next year" => "2020-H1"]
    ) { m in
      var spec = m.time(5)
      spec.half = m.ordinal(1)
      return .time(spec)
    },
    TimeRule(
      "date.half-code", [.w("h"), .digits(1...1, 1...2).touching, .digits(4...4, 1000...2999)],
      examples: ["H1 2019" => "2019-H1"]
    ) { m in
      .time(
        spec {
          $0.half = m.int(1)
          $0.year = m.int(2)
        })
    },
    TimeRule(
      "date.season-year", [.w("the").opt, .time(.seasonNoYear), .w("of").opt, .digits(4...4, 1000...2999)],
      examples: ["summer 2018" => "2018-SU", "the winter of 2019" => "2019-WI"]
    ) { m in
      var spec = m.time(1)
      spec.year = m.int(3)
      return .time(spec)
    },
    TimeRule(
      "date.year-era", [.digits(1...4, 1...9999), .cat(.era)],
      examples: ["in 2014 BC" => "BC2014", "in 14 a.d." => "0014", "345 BC" => "BC0345"]
    ) { m in
      let value = m.int(0)
      return .time(spec { $0.year = m.entry(1).era < 0 ? 1 - value : value })
    },
    TimeRule(
      "date.fiscal-year", [.w("fiscal", "fy"), .w("year").opt, .digits(2...4)],
      examples: ["fiscal 2019" => "2019", "FY2019" => "2019", "fiscal year 2018" => "2018"]
    ) { m in
      let number = m.number(2)
      guard let value = number.integer else { return nil }
      if number.digits == 4, (1000...2999).contains(value) { return .time(spec { $0.year = value }) }
      if number.digits == 2 { return .time(spec { $0.shortYear = value }) }
      return nil
    },
    TimeRule(
      "date.the-year", [.w("the"), .w("year"), .digits(4...4, 1000...2999)],
      examples: ["the year 2018" => "2018"]
    ) { m in .time(spec { $0.year = m.int(2) }) },
    TimeRule(
      "date.iso-week", [.digits(4...4, 1000...2999), .p("-").touching.opt, .w("w").touching, .digits(2...2, 1...53).touching],
      examples: ["2019-W09" => "2019-W09"]
    ) { m in
      .time(
        spec {
          $0.year = m.int(0)
          $0.week = m.int(3)
        })
    },
    TimeRule(
      "date.month-dashed-day", [.time(.monthOnly), .p("-/").touching, .digits(1...2, 1...31).touching],
      examples: ["August-10" => "2019-08-10", "August/10" => "2019-08-10"]
    ) { m in
      if m.chained(after: [0x2D, 0x2F]) && !(m.after?.punct == m.atom(1).punct) { return nil }
      return withDay(m.time(0), m.int(2)).map(Meaning.time)
    },
    TimeRule(
      // The year in four digits or spelled out ("two thousand ten").
      "date.holiday-year", [.time(.holidayNoYear), .p(",").opt, .w("of", "in").opt, .digits(0...4, 1000...2999)],
      examples: [
        "Christmas 2019" => "2019-12-25", "Thanksgiving 2013" => "2013-11-28", "Labor Day of 2012" => "2012-09-03",
        "Diwali in 2017" => "2017-10-19", "Easter Sunday two thousand ten" => "2010-04-04",
      ]
    ) { m in
      var spec = m.time(0)
      spec.year = m.int(3)
      return .time(spec)
    },
  ]
}
