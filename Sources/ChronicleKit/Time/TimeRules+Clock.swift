extension TimeRules {
  /// A time of day from an hour and minute; `clock12` when the hour could be a.m. or p.m.
  static func clockTime(_ hour: Int, _ minute: Int?, second: Int? = nil, leadingZero: Bool = false) -> TimeSpec? {
    guard (0...23).contains(hour), (minute ?? 0) >= 0, (minute ?? 0) <= 59, (second ?? 0) >= 0, (second ?? 0) <= 59
    else { return nil }
    return spec {
      $0.hour = hour
      $0.minute = minute
      $0.second = second
      $0.clock12 = (1...12).contains(hour) && !leadingZero
    }
  }

  /// Applies a.m. (0) or p.m. (12) to a time read on a 12-hour clock.
  static func withMeridiem(_ base: TimeSpec, _ meridiem: Int) -> TimeSpec? {
    guard let hour = base.hour, (0...12).contains(hour) else { return nil }
    var spec = base
    spec.hour = hour % 12 + meridiem
    spec.clock12 = false
    return spec
  }

  /// An hour that minutes can be counted from: "3", "3 p.m.", "noon".
  static let hourOperand: @Sendable (TimeSpec) -> Bool = { spec in
    spec.isClockOnly && (spec.minute ?? 0) == 0 && spec.second == nil && spec.zone == nil
  }

  /// A strong clock time: not a bare number.
  static let clockTimeOnly: @Sendable (TimeSpec) -> Bool = { spec in spec.isClockOnly }

  /// A date or day that a clock time can attach to.
  static let dateForClock: @Sendable (TimeSpec) -> Bool = { spec in
    spec.hour == nil && (spec.hasDate || isDayCycle(spec) || spec.partOfDay != nil || isDayOffset(spec))
      && (spec.grain <= .day || isDayOffset(spec)) && spec.mod == nil
  }

  /// Whether a specification is a whole number of days or more away from its anchor ("in 7
  /// days", "two weeks ago").
  static func isDayOffset(_ spec: TimeSpec) -> Bool {
    if case .offset(let duration, _) = spec.relation { return !duration.isVague && !duration.hasClockPart }
    return false
  }

  /// Clock times and their combinations with dates and parts of the day.
  static let clock: [TimeRule] = [
    TimeRule(
      "time.hour-minute", [.digits(1...2, 0...23), .p(":").touching, .digits(2...2, 0...59).touching],
      examples: ["17:30" => "2019-02-28T17:30", "The vote is at 10:30." => "2019-02-28T10:30"]
    ) { m in
      guard !m.chained(before: [0x3A, 0x2E]) else { return nil }
      if let after = m.after, after.isTight, after.word < 0, after.punct == 0x3A { return nil }
      return clockTime(m.int(0), m.int(2), leadingZero: m.number(0).leadingZero).map(Meaning.time)
    },
    TimeRule(
      "time.hour-minute-second",
      [.digits(1...2, 0...23), .p(":").touching, .digits(2...2, 0...59).touching, .p(":").touching, .digits(2...2, 0...59).touching],
      examples: ["15:23:24" => "2019-02-28T15:23:24"]
    ) { m in
      guard !m.chained(before: [0x3A, 0x2E]) else { return nil }
      return clockTime(m.int(0), m.int(2), second: m.int(4), leadingZero: m.number(0).leadingZero).map(Meaning.time)
    },
    TimeRule(
      "time.hour-meridiem", [.num(1...12), .cat(.meridiem)],
      examples: ["5 p.m." => "2019-02-28T17:00", "5pm" => "2019-02-28T17:00", "12 am" => "2019-02-28T00:00", "three PM" => "2019-02-28T15:00"]
    ) { m in
      if m.chainedBefore { return nil }
      return withMeridiem(spec { $0.hour = m.int(0) }, m.entry(1).meridiem).map(Meaning.time)
    },
    TimeRule(
      "time.clock-meridiem", [.time(where: { $0.isClockOnly && ($0.hour ?? 99) <= 12 && $0.zone == nil }), .cat(.meridiem)],
      examples: [
        "3:30 p.m." => "2019-02-28T15:30", "11:45am" => "2019-02-28T11:45", "9:01:10 AM" => "2019-02-28T09:01:10",
        "07:00 PM" => "2019-02-28T19:00",
      ]
    ) { m in withMeridiem(m.time(0), m.entry(1).meridiem).map(Meaning.time) },
    TimeRule(
      "time.meridiem-letter", [.time(where: { $0.isClockOnly && $0.clock12 && $0.zone == nil }), .w("a", "p").touching, .p(".").touching.opt],
      examples: ["3:18a" => "2019-02-28T03:18", "at 3p" => "2019-02-28T15:00"]
    ) { m in
      if let before = m.before, m.chart.pointee.atoms[m.first].isTight, before.kind != .word || before.word < 0 { return nil }  // "%e7%b7%8a"
      if let after = m.after, after.isTight, after.word >= 0 { return nil }
      return withMeridiem(m.time(0), m.word(1) == "p" ? 12 : 0).map(Meaning.time)
    },
    TimeRule(
      "time.meridiem-spaced", [.time(where: { $0.isClockOnly && $0.clock12 && $0.zone == nil }), .w("a", "p"), .w("m")],
      examples: ["3:30 p m" => "2019-02-28T15:30"]
    ) { m in withMeridiem(m.time(0), m.word(1) == "p" ? 12 : 0).map(Meaning.time) },
    TimeRule(
      "time.oclock", [.num(1...12), .w("o'clock", "oclock")],
      examples: ["3 o'clock" => "2019-02-28T03:00", TimeExample("at 3 oclock", "2013-02-12T15:00", ref: "2013-02-12T04:30", prefer: .future)]
    ) { m in clockTime(m.int(0), nil).map(Meaning.time) },
    TimeRule(
      "time.o-clock-spaced", [.num(1...12), .w("o"), .w("clock")],
      examples: ["10 o clock" => "2019-02-28T10:00"]
    ) { m in clockTime(m.int(0), nil).map(Meaning.time) },
    TimeRule(
      "time.h-notation", [.digits(1...2, 0...23), .w("h").touching, .digitAtom.touching.opt],
      examples: ["15h00" => "2019-02-28T15:00", "3h18" => "2019-02-28T03:18"]
    ) { m in
      if m.has(2) {
        let atom = m.atom(2)
        guard atom.digits == 2 else { return nil }
        return clockTime(m.int(0), atom.number, leadingZero: true).map(Meaning.time)
      }
      if let after = m.after, after.isTight { return nil }
      return clockTime(m.int(0), nil, leadingZero: true).map(Meaning.time)
    },
    TimeRule(
      "time.hhmm-meridiem", [.digits(3...4, 100...1259), .cat(.meridiem)],
      examples: ["330 p.m." => "2019-02-28T15:30"]
    ) { m in
      let value = m.int(0)
      guard value % 100 < 60, let base = clockTime(value / 100, value % 100) else { return nil }
      return withMeridiem(base, m.entry(1).meridiem).map(Meaning.time)
    },
    TimeRule(
      "time.at-hhmm", [.at, .digits(3...4, 100...2359)],
      examples: ["at 1030" => "2019-02-28T10:30"]
    ) { m in
      let value = m.int(1)
      guard value % 100 < 60, m.number(1).digits == 4 || value < 1000, !m.chained(after: [0x2C, 0x2E, 0x3A]) else { return nil }
      if let after = m.after, after.word >= 0, m.chart.pointee.lexicon.categories(after.word).isDisjoint(with: [.meridiem, .zone, .glue]) {
        return nil  // "at 1030 Main Street"
      }
      m.reportFrom = 1
      return clockTime(value / 100, value % 100, leadingZero: m.number(1).leadingZero).map(Meaning.time)
    },
    TimeRule(
      "time.at-dotted", [.wordOrPunct(["at", "by"], "@"), .digits(1...2, 0...23), .p(".").touching, .digits(2...2, 0...59).touching],
      examples: ["at 12.30" => "2019-02-28T12:30"]
    ) { m in
      if m.chainedAfter { return nil }
      m.reportFrom = 1
      return clockTime(m.int(1), m.int(3)).map(Meaning.time)
    },
    TimeRule("lex.bare-hour", [.num(1...12)]) { m in
      if m.chainedBefore || m.chainedAfter { return nil }
      m.flags = [.bareHour, .fragment]
      return clockTime(m.int(0), nil).map(Meaning.time)
    },
    TimeRule(
      "lex.spelled-clock", [.spelled(1...12), .spelled(10...59)],
    ) { m in
      m.flags = [.bareHour, .fragment]
      return clockTime(m.int(0), m.int(1)).map(Meaning.time)
    },
    TimeRule(
      "time.half-past", [.w("half"), .w("past", "after"), .time(.hourOperand)], priority: 1,
      examples: [
        "half past 3 pm" => "2019-02-28T15:30", "half past noon" => "2019-02-28T12:30",
        TimeExample("half past three", "2013-02-12T15:30", ref: "2013-02-12T04:30", prefer: .future),
      ]
    ) { m in
      var spec = m.time(2)
      spec.minute = 30
      return .time(spec)
    },
    TimeRule(
      "time.quarter-past", [.w("a").opt, .w("quarter"), .w("past", "after"), .time(.hourOperand)], priority: 1,
      examples: ["a quarter past 3pm" => "2019-02-28T15:15", "quarter past noon" => "2019-02-28T12:15"]
    ) { m in
      var spec = m.time(3)
      spec.minute = 15
      return .time(spec)
    },
    TimeRule(
      "time.quarter-to", [.w("a").opt, .w("quarter"), .w("to", "till", "before", "of"), .time(.hourOperand)], priority: 1,
      examples: ["a quarter to noon" => "2019-02-28T11:45"]
    ) { m in
      var spec = m.time(3)
      guard let hour = spec.hour else { return nil }
      spec.hour = (hour + 23) % 24
      if spec.clock12 && spec.hour == 0 { spec.hour = 12 }
      spec.minute = 45
      return .time(spec)
    },
    TimeRule(
      "time.minutes-past", [.num(1...59), .w("minutes", "minute", "mins", "min").opt, .w("past", "after"), .time(.hourOperand)], priority: 3,
      examples: ["20 minutes past 3pm" => "2019-02-28T15:20", "twenty after 3pm" => "2019-02-28T15:20"]
    ) { m in
      if !m.has(1) && !m.number(0).isSpelled && m.int(0) < 10 { return nil }  // "7 to 9am" is a range
      var spec = m.time(3)
      spec.minute = m.int(0)
      return .time(spec)
    },
    TimeRule(
      "time.minutes-to", [.num(1...59), .w("minutes", "minute", "mins", "min").opt, .w("to", "till", "before", "of"), .time(.hourOperand)], priority: 3,
      examples: ["20 minutes to 2pm" => "2019-02-28T13:40", "15 to noon" => "2019-02-28T11:45"]
    ) { m in
      if !m.has(1) && !m.number(0).isSpelled && m.int(0) < 10 { return nil }  // "7 to 9am" is a range
      var spec = m.time(3)
      guard let hour = spec.hour else { return nil }
      spec.hour = (hour + 23) % 24
      if spec.clock12 && spec.hour == 0 { spec.hour = 12 }
      spec.minute = 60 - m.int(0)
      return .time(spec)
    },
    TimeRule(
      "time.in-the-part", [.time(.clock12), .w("in"), .w("the"), .time(.partOnly)],
      examples: ["3 in the afternoon" => "2019-02-28T15:00", "6 in the morning" => "2019-02-28T06:00"]
    ) { m in m.time(0).merged(with: m.time(3)).map(Meaning.time) },
    TimeRule(
      "time.at-night", [.time(.clock12), .w("at"), .w("night")],
      examples: ["11 at night" => "2019-02-28T23:00"]
    ) { m in
      var part = TimeSpec()
      part.partOfDay = .night
      return m.time(0).merged(with: part).map(Meaning.time)
    },
    TimeRule(
      "time.in-the-meridiem", [.time(.clock12), .w("in"), .w("the"), .cat(.meridiem)],
      examples: ["3 in the AM" => "2019-02-28T03:00"]
    ) { m in withMeridiem(m.time(0), m.entry(3).meridiem).map(Meaning.time) },
    TimeRule(
      "time.zone", [.time(where: { $0.hour != nil && $0.zone == nil }), .p("(").opt, .cat(.zone), .p(")").opt],
      examples: [
        "17:30 GMT" => "2019-02-28T17:30", "9:00 PST" => "2019-02-28T09:00", "9 am (BST)" => "2019-02-28T09:00",
        "Thursday 8:00 GMT" => "2019-02-28T08:00", TimeExample("Thursday 8:00 GMT", "2013-02-14T06:00", ref: "2013-02-12T04:30:00-02:00"),
      ]
    ) { m in
      if m.flags(0).contains(.bareHour) { return nil }
      let atom = m.atom(2)
      let entry = m.entry(2)
      if entry.text.count <= 2 && !atom.flags.contains(.allCaps) { return nil }  // "et", "pt" as words
      if m.has(1) != m.has(3) { return nil }
      var spec = m.time(0)
      spec.zone = entry.zoneMinutes
      return .time(spec)
    },
    TimeRule(
      "time.zone-offset",
      [.time(where: { $0.hour != nil && $0.zone == nil }), .cat(.zone).opt, .p("+-"), .digits(1...4, 0...1400), .p(":").touching.opt, .digits(2...2, 0...59).touching.opt],
      examples: ["11 am utc+02" => "2019-02-28T11:00", "1994-11-05T08:15:30-05:30" => "1994-11-05T08:15:30"]
    ) { m in
      if m.flags(0).contains(.bareHour) { return nil }
      if m.has(1) {
        guard ["gmt", "utc"].contains(m.word(1)) else { return nil }
      } else if !m.atom(2).isTight || !(m.number(3).digits == 2 || m.number(3).digits == 4) {
        return nil  // "3:30-4:30" is a range, not 3:30 at UTC-4:30
      }
      if m.has(4) != m.has(5) { return nil }
      let number = m.number(3)
      var minutes: Int
      if m.has(5) {
        guard number.digits <= 2 else { return nil }
        minutes = m.int(3) * 60 + m.int(5)
      } else if number.digits <= 2 {
        minutes = m.int(3) * 60
      } else {
        minutes = m.int(3) / 100 * 60 + m.int(3) % 100
      }
      guard minutes <= 14 * 60 else { return nil }
      var spec = m.time(0)
      spec.zone = m.atom(2).punct == 0x2D ? -minutes : minutes
      return .time(spec)
    },
    TimeRule(
      "time.zulu", [.time(where: { $0.hour != nil && $0.zone == nil && $0.second != nil }), .w("z").touching],
      examples: ["1994-11-05T13:15:30Z" => "1994-11-05T13:15:30"]
    ) { m in
      var spec = m.time(0)
      spec.zone = 0
      return .time(spec)
    },
    TimeRule(
      "time.fraction", [.time(where: { $0.second != nil && $0.zone == nil }), .p(".").touching, .digitAtom.touching],
      examples: ["2016-05-07T23:45:00.487" => "2016-05-07T23:45:00"]
    ) { m in .time(m.time(0)) },
    TimeRule(
      "time.iso", [.time(where: { $0.day != nil && $0.year != nil && $0.hour == nil }), .w("t").touching, .time(.clockTimeOnly).touching],
      examples: ["1994-11-05T13:15:30" => "1994-11-05T13:15:30", "2015-07-31T12:00:00" => "2015-07-31T12:00:00"]
    ) { m in
      var clock = m.time(2)
      clock.clock12 = false
      return m.time(0).merged(with: clock).map(Meaning.time)
    },
    TimeRule(
      "time.date-clock",
      [.time(.dateForClock), .p(",").opt, .wordOrPunct(["at", "around", "by", "from"], "@").opt, .time(.clockTimeOnly)],
      examples: [
        "Thursday 8:00" => "2019-02-28T08:00", "tomorrow at 5pm" => "2019-03-01T17:00",
        "Jan 1 2025, 9:30" => "2025-01-01T09:30", "4/25 at 4:00pm" => "2019-04-25T16:00",
        "2014-04-18 13:00" => "2014-04-18T13:00",
      ]
    ) { m in
      if m.flags(3).contains(.bareHour) { return nil }
      return m.time(0).merged(with: m.time(3)).map(Meaning.time)
    },
    TimeRule(
      "time.date-bound-clock", [.time(.dateForClock), .w("before", "after", "until", "by"), .time(.clockTimeOnly)],
      examples: ["tomorrow before 4pm" => "2019-03-01T16:00", "tomorrow after 4pm" => "2019-03-01T16:00"]
    ) { m in
      if m.flags(2).contains(.bareHour) { return nil }
      guard var spec = m.time(0).merged(with: m.time(2)) else { return nil }
      switch m.word(1) {
      case "before", "until", "by": spec.mod = .before
      default: spec.mod = .after
      }
      return .time(spec)
    },
    TimeRule(
      "time.date-at-hour", [.time(.dateForClock), .at, .time(.clock12)],
      examples: ["tonight at 8" => "2019-02-28T20:00", "tomorrow at 5" => "2019-03-01T05:00"]
    ) { m in m.time(0).merged(with: m.time(2)).map(Meaning.time) },
    TimeRule(
      "time.clock-date",
      [.time(.clockTimeOnly), .p(",").opt, .w("on", "of").opt, .time(.dateForClock)],
      examples: ["5pm tomorrow" => "2019-03-01T17:00", "8:23 AM, Jul 9" => "2019-07-09T08:23", "14:15 05/31/2024" => "2024-05-31T14:15"]
    ) { m in
      if m.flags(0).contains(.bareHour) { return nil }
      if m.time(3).hour != nil { return nil }
      return m.time(0).merged(with: m.time(3)).map(Meaning.time)
    },
    TimeRule(
      "time.hour-day", [.time(.clock12), .time(where: { isDayCycle($0) && $0.hour == nil })],
      examples: [
        "9 tomorrow" => "2019-03-01T09:00", "8 tonight" => "2019-02-28T20:00", "9 tomorrow evening" => "2019-03-01T21:00",
        "8 this evening" => "2019-02-28T20:00",
      ]
    ) { m in
      // The day must start with a word like "tomorrow" or "this": "2 day before yesterday" is
      // not 2 o'clock.
      let word = m.word(1)
      let atom = m.atom(1)
      guard atom.word >= 0, m.chart.pointee.lexicon.categories(atom.word).contains(.relativeDay) || word == "this" || word == "that"
      else { return nil }
      return m.time(0).merged(with: m.time(1)).map(Meaning.time)
    },
    TimeRule(
      "time.at-hour-day", [.at, .time(.clock12), .time(where: { (isDayCycle($0) || $0.partOfDay != nil) && $0.hour == nil })],
      examples: ["at 5 tomorrow afternoon" => "2019-03-01T17:00"]
    ) { m in
      m.reportFrom = 1
      return m.time(1).merged(with: m.time(2)).map(Meaning.time)
    },
    TimeRule(
      "time.date-part", [.time(.dayPlain), .time(.partOnly)],
      examples: ["Thursday morning" => "2019-02-28TMO", "tomorrow night" => "2019-03-01TNI", "yesterday afternoon" => "2019-02-27TAF"]
    ) { m in m.time(0).merged(with: m.time(1)).map(Meaning.time) },
    TimeRule(
      "time.clock-year", [.time(.clockDatedNoYear), .cat(.zone).opt, .digits(4...4, 1000...2999)],
      examples: ["Thu Oct 26 11:00:09 2023" => "2023-10-26T11:00:09"]
    ) { m in
      var spec = m.time(0)
      if m.has(1) { spec.zone = m.entry(1).zoneMinutes }
      spec.year = m.int(2)
      return .time(spec)
    },
    TimeRule(
      "time.part-of-date", [.w("the").opt, .time(.partOnly), .w("of"), .time(.dayPlain)],
      examples: ["the morning of June 5" => "2019-06-05TMO"]
    ) { m in m.time(1).merged(with: m.time(3)).map(Meaning.time) },
    TimeRule(
      "time.this-part", [.w("this", "that"), .time(.partOnly)],
      examples: ["this morning" => "2019-02-28TMO", "this evening" => "2019-02-28TEV"]
    ) { m in
      var spec = m.time(1)
      spec.relation = .cycle(.day, 0, narrative: m.word(0) == "that")
      return .time(spec)
    },
    TimeRule(
      "time.last-night", [.w("last"), .time(where: { partOnly($0) && ($0.partOfDay == .night || $0.partOfDay == .evening) })],
      examples: ["last night" => "2019-02-27TNI"]
    ) { m in
      var spec = m.time(1)
      spec.relation = .cycle(.day, -1, narrative: false)
      return .time(spec)
    },
    TimeRule(
      "time.part-at-clock", [.w("in"), .w("the"), .time(.partOnly), .at, .time(.clock12)],
      examples: ["in the evening at eight" => "2019-02-28T20:00"]
    ) { m in
      m.reportFrom = 2
      guard var spec = m.time(2).merged(with: m.time(4)) else { return nil }
      spec.relation = .cycle(.day, 0, narrative: false)
      return .time(spec)
    },
  ]
}
