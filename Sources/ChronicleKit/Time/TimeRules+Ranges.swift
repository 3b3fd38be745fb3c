extension TimeRules {
  /// The two ends of a range of clock times with a.m./p.m. carried across ("3:30-4:30pm",
  /// "8pm - 11").
  static func carryMeridiem(_ first: TimeSpec, _ last: TimeSpec) -> (TimeSpec, TimeSpec) {
    var a = first
    var b = last
    if a.clock12, !b.clock12, let start = a.hour, let end = b.hour {
      let candidates = [start % 12, start % 12 + 12]
      a.hour = candidates.last(where: { $0 <= end }) ?? candidates[0]
      a.clock12 = false
    } else if b.clock12, !a.clock12, let start = a.hour, let end = b.hour {
      let candidates = [end % 12, end % 12 + 12]
      b.hour = candidates.first(where: { $0 > start }) ?? candidates[0]
      b.clock12 = false
    }
    return (a, b)
  }

  /// Whether two times can be the ends of one range, and the ends as they should be read.
  static func rangeEnds(_ first: TimeSpec, _ last: TimeSpec) -> (TimeSpec, TimeSpec)? {
    if first.mod != nil || last.mod != nil { return nil }
    // Clock times: "9:00 AM to 5:00 PM", "10 - 11 at night".
    if first.isClockOnly && last.isClockOnly { return carryMeridiem(first, last) }
    // A date and time, then a clock time on the same date: "December 31, 2022 10:00 pm - 1:00 am".
    if first.hasClock && first.hasDate && last.isClockOnly {
      var end = first
      end.hour = last.hour
      end.minute = last.minute
      end.second = last.second
      end.clock12 = last.clock12
      return carryMeridiem(first, end)
    }
    if first.hasClock != last.hasClock && !(first.partOfDay != nil || last.partOfDay != nil) { return nil }
    // Dates of comparable grain: days with days, months with months, years with years.
    let a = first.grain
    let b = last.grain
    let dayLike: (Grain) -> Bool = { $0 <= .day }
    if dayLike(a) && dayLike(b) { return (first, last) }
    if a == b { return (first, last) }
    return nil
  }

  /// Whether a time is a bare year.
  static func isBareYear(_ spec: TimeSpec, _ flags: NodeFlags) -> Bool {
    flags.contains(.bareYear) && spec.isYearOnly
  }

  /// Ranges: "May 3-5", "from 2010 to 2012", "between June and August", "2014-2016".
  static let ranges: [TimeRule] = [
    TimeRule(
      "range.month-day-days", [.time(.monthDayFree), .connector, .digits(1...2, 1...31)],
      examples: [TimeExample("May 3-5", "2019-05-03", end: "2019-05-05"), TimeExample("August 10 to 22", "2019-08-10", end: "2019-08-22")]
    ) { m in
      let begin = m.time(0)
      guard let first = begin.day, m.int(2) > first, !m.chainedAfter else { return nil }
      guard let end = withDay(begin, m.int(2)) else { return invalid(&m) }  // "June 10 - 31"
      return .range(begin, end)
    },
    TimeRule(
      "range.month-day-ordinals", [.time(where: { $0.month != nil && $0.day != nil && $0.hour == nil && $0.relation == .free }), .connector, .ord(1...31)],
      examples: [TimeExample("May eighth - tenth", "2019-05-08", end: "2019-05-10")]
    ) { m in
      let begin = m.time(0)
      guard let first = begin.day, m.ordinal(2) > first, let end = withDay(begin, m.ordinal(2)) else { return nil }
      return .range(begin, end)
    },
    TimeRule(
      "range.days-month", [.digits(1...2, 1...31), .connector, .time(.monthDayFree)],
      examples: [TimeExample("10 - 22 August 2012", "2012-08-10", end: "2012-08-22"), TimeExample("22-23 Feb", "2019-02-22", end: "2019-02-23")]
    ) { m in
      let end = m.time(2)
      guard let last = end.day, m.int(0) < last, !m.chainedBefore, let begin = withDay(end, m.int(0)) else { return nil }
      return .range(begin, end)
    },
    TimeRule(
      "range.ordinals-month", [.ord(1...31), .connector, .time(where: { $0.month != nil && $0.day != nil && $0.hour == nil && $0.relation == .free })],
      examples: [TimeExample("Eighth to eleventh May 2010", "2010-05-08", end: "2010-05-11")]
    ) { m in
      let end = m.time(2)
      guard let last = end.day, m.ordinal(0) < last, let begin = withDay(end, m.ordinal(0)) else { return nil }
      return .range(begin, end)
    },
    TimeRule(
      "range.times", [.time, .connector, .time], priority: 2,
      examples: [
        TimeExample("Monday to Friday", "2019-02-25", end: "2019-03-01"),
        TimeExample("9:00 AM to 5:00 PM", "2019-02-28T09:00", end: "2019-02-28T17:00"),
        TimeExample("3:30-4:30pm", "2019-02-28T15:30", end: "2019-02-28T16:30"),
        TimeExample("2014-2016", "2014", end: "2016"),
        TimeExample("Aug 10 - Nov 12, 2011", "2011-08-10", end: "2011-11-12"),
        TimeExample("Dec. 28 - Jan. 3, 2019", "2018-12-28", end: "2019-01-03"),
        TimeExample("Friday 9am - 5pm", "2019-03-01T09:00", end: "2019-03-01T17:00"),
        TimeExample("9:00 AM to 5:00 PM, Tuesday, 20 May 2013", "2013-05-20T09:00", end: "2013-05-20T17:00"),
      ]
    ) { m in
      let firstFlags = m.flags(0)
      let lastFlags = m.flags(2)
      let first = m.time(0)
      let last = m.time(2)
      let connector = m.atom(1)
      if firstFlags.contains(.fragment) && !firstFlags.contains(.bareHour) { return nil }
      if lastFlags.contains(.fragment) && !lastFlags.contains(.bareHour) { return nil }
      if firstFlags.contains(.bareHour) && (!last.isClockOnly || lastFlags.contains(.bareHour)) { return nil }  // "7 - 8"
      if lastFlags.contains(.bareHour) && !(first.isClockOnly && !first.clock12) { return nil }  // "8pm - 11"
      guard let (begin, end) = rangeEnds(first, last) else { return nil }
      if connector.punct == 0x2D && connector.isTight && m.atom(2).isTight && first.second != nil {
        return nil  // "08:15:30-05:30" is a UTC offset
      }
      if isBareYear(first, firstFlags) || isBareYear(last, lastFlags) {
        guard isBareYear(first, firstFlags) && isBareYear(last, lastFlags), let a = first.year, let b = last.year, b > a, b - a <= 100
        else { return nil }
        // "2014-2016" is a range of years; "2019 to 2020" needs "from", "in", "the" … around it.
        if connector.word >= 0 || m.chainedBefore || m.chainedAfter { m.flags.insert(.bareYearRange) }
      }
      m.flags.formUnion(firstFlags.intersection(lastFlags).intersection(.needsContext).subtracting([.bareYear, .bareHour]))
      return .range(begin, end)
    },
    TimeRule(
      "range.from-to", [.w("from"), .time, .wordOrPunct(["to", "until", "till", "through", "thru"], "-"), .time],
      examples: [TimeExample("from 2010 to 2012", "2010", end: "2012"), TimeExample("From May to December", "2019-05", end: "2019-12")]
    ) { m in
      if m.flags(1).contains(.fragment) && !m.flags(1).contains(.bareHour) { return nil }
      if m.flags(3).contains(.fragment) { return nil }
      guard let (begin, end) = rangeEnds(m.time(1), m.time(3)) else { return nil }
      m.reportFrom = 1
      return .range(begin, end)
    },
    TimeRule(
      "range.between", [.w("between"), .time, .w("and"), .time],
      examples: [TimeExample("between June and August", "2019-06", end: "2019-08"), TimeExample("between 2001 and 2005", "2001", end: "2005")]
    ) { m in
      if m.flags(1).contains(.fragment) || m.flags(3).contains(.fragment) { return nil }
      guard let (begin, end) = rangeEnds(m.time(1), m.time(3)) else { return nil }
      m.reportFrom = 1
      return .range(begin, end)
    },
    TimeRule(
      "range.year-short", [.digits(4...4, 1000...2999), .p("-/").touching, .digits(2...2).touching],
      examples: [
        TimeExample("the 2012-14 period", "2012", end: "2014"), TimeExample("in 2018/19", "2018", end: "2019"),
        TimeExample("the 2006/07 season", "2006", end: "2007"),
      ]
    ) { m in
      let start = m.int(0)
      let end = start / 100 * 100 + m.int(2)
      guard end > start, !m.chainedBefore, !m.chainedAfter else { return nil }
      m.flags = [.bareYearRange]
      return .range(spec { $0.year = start }, spec { $0.year = end })
    },
    TimeRule(
      "range.with-year", [.range(where: { $0.month != nil && $1.month != nil && !$0.hasYear && !$1.hasYear && $0.hour == nil }), .p(",").opt, .digits(4...4, 1000...2999)],
      examples: [TimeExample("May 3-5, 2019", "2019-05-03", end: "2019-05-05"), TimeExample("May eighth - tenth, 2010", "2010-05-08", end: "2010-05-10")]
    ) { m in
      guard case .range(var begin, var end) = m.meaning(0) else { return nil }
      let year = m.int(2)
      end.year = year
      begin.year = (begin.month ?? 1, begin.day ?? 1) > (end.month ?? 1, end.day ?? 1) ? year - 1 : year
      guard let checkedBegin = withYear(begin, begin.year!), let checkedEnd = withYear(end, year) else {
        return invalid(&m)  // "February 20 - 29, 2022"
      }
      return .range(checkedBegin, checkedEnd)
    },
  ]

  /// General references: now, the past, the future.
  static let references: [TimeRule] = [
    TimeRule(
      "ref.word", [.cat(.reference)],
      examples: ["The company is currently reviewing it." => "PRESENT_REF", "now" => "PRESENT_REF", "recently" => "PAST_REF"]
    ) { m in
      guard let kind = m.entry(0).reference else { return nil }
      return .reference(kind)
    },
    TimeRule(
      "ref.right-now", [.w("right", "just"), .w("now")],
      examples: ["right now" => "PRESENT_REF"]
    ) { _ in .reference(.present) },
    TimeRule(
      "ref.at-present", [.w("at"), .w("the").opt, .w("present", "moment")],
      examples: ["at the moment" => "PRESENT_REF", "at present" => "PRESENT_REF"]
    ) { m in
      if m.has(1) != (m.word(2) == "moment") { return nil }
      return .reference(.present)
    },
    TimeRule(
      "ref.these-days", [.w("these"), .w("days")],
      examples: ["these days" => "PRESENT_REF"]
    ) { _ in .reference(.present) },
    TimeRule(
      "ref.the-past", [.w("in").opt, .w("the"), .w("past")],
      examples: ["It happened in the past." => "PAST_REF"]
    ) { m in
      if let after = m.wordAfter, after.categories.contains(.unit) || after.categories.contains(.number) { return nil }
      if let after = m.after, after.number >= 0 { return nil }
      m.reportFrom = 1
      return .reference(.past)
    },
    TimeRule(
      "ref.the-future", [.w("in").opt, .w("the"), .w("near", "distant", "immediate", "foreseeable", "not-too-distant").opt, .w("future")],
      examples: ["in the future" => "FUTURE_REF", "in the near future" => "FUTURE_REF"]
    ) { m in
      m.reportFrom = 1
      return .reference(.future)
    },
    TimeRule(
      "ref.recent", [.w("in").opt, .w("recent"), .unit(.day, .week, .month, .year, .decade)],
      examples: ["in recent years" => "PAST_REF", "in recent weeks" => "PAST_REF"]
    ) { m in
      guard m.flags(2).contains(.plural) else { return nil }
      m.reportFrom = 1
      return .reference(.past)
    },
    TimeRule(
      "ref.coming", [.w("in"), .w("the"), .w("coming", "next", "months", "years"), .unit(.day, .week, .month, .year, .decade)],
      examples: ["in the coming weeks" => "FUTURE_REF", "in the coming years" => "FUTURE_REF"]
    ) { m in
      guard m.flags(3).contains(.plural), m.word(2) == "coming" || m.word(2) == "next" else { return nil }
      m.reportFrom = 1
      return .reference(.future)
    },
  ]
}
