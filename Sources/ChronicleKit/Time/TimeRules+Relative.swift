extension TimeRules {
  /// The cycle grain of a unit word, with "weekend" as a week holding a weekend.
  static func cycleSpec(_ unit: TimeUnit, _ count: Int, narrative: Bool) -> TimeSpec {
    spec { $0.relation = .cycle(unit.cycleGrain, count, narrative: narrative) }
  }

  /// A month, season or holiday without a year: what "last", "next" and "this" can modify.
  static let recurringNamed: @Sendable (TimeSpec) -> Bool = { spec in
    (spec.isMonthOnly || (spec.season != nil && spec.month == nil) || (spec.holiday != nil && spec.weekday == nil))
      && !spec.hasYear && spec.relation == .free && spec.mod == nil && spec.day == nil && spec.hour == nil
  }

  /// Whether a specification is a number of months or years from its anchor ("in a year").
  static func isYearOffset(_ spec: TimeSpec) -> Bool {
    if case .offset(let duration, _) = spec.relation {
      return !duration.isVague && (duration.years != 0 || duration.months != 0) && !spec.hasFields
    }
    return false
  }

  /// Relative expressions: this/next/last, ago, later, offsets, modifiers.
  static let relative: [TimeRule] = [
    TimeRule(
      "rel.this-unit", [.w("this", "current", "present"), .unit(.day, .week, .month, .quarter, .year, .decade, .century, .hour)],
      examples: ["this week" => "2019-W09", "this year" => "2019", "this quarter" => "2019-Q1"]
    ) { m in
      if m.flags(1).contains(.plural) { return nil }
      return .time(cycleSpec(m.unit(1), 0, narrative: false))
    },
    TimeRule(
      "rel.last-unit", [.w("last", "past", "previous", "prior"), .unit(.day, .week, .month, .quarter, .year, .decade, .century, .hour)],
      examples: ["last week" => "2019-W08", "last month" => "2019-01", "last year" => "2018"]
    ) { m in
      if m.flags(1).contains(.plural) { return nil }
      return .time(cycleSpec(m.unit(1), -1, narrative: false))
    },
    TimeRule(
      "rel.next-unit", [.w("next", "coming", "upcoming"), .unit(.day, .week, .month, .quarter, .year, .decade, .century, .hour)],
      examples: ["next month" => "2019-03", "next year" => "2020", "next quarter" => "2019-Q2"]
    ) { m in
      if m.flags(1).contains(.plural) { return nil }
      return .time(cycleSpec(m.unit(1), 1, narrative: false))
    },
    TimeRule(
      "rel.the-coming-unit", [.w("the"), .w("coming", "upcoming", "current"), .unit(.day, .week, .month, .quarter, .year)],
      examples: ["the coming week" => "2019-W10", "the current year" => "2019"]
    ) { m in
      if m.flags(2).contains(.plural) { return nil }
      return .time(cycleSpec(m.unit(2), m.word(1) == "current" ? 0 : 1, narrative: false))
    },
    TimeRule(
      "rel.the-next-unit", [.w("the"), .w("next", "following", "previous", "prior", "preceding", "same"), .unit(.day, .week, .month, .quarter, .year, .hour)],
      examples: ["the next day" => "2019-03-01", "the previous week" => "2019-W08", "the following year" => "2020"]
    ) { m in
      if m.flags(2).contains(.plural) { return nil }
      let word = m.word(1)
      let count = word == "same" ? 0 : (word == "next" || word == "following") ? 1 : -1
      return .time(cycleSpec(m.unit(2), count, narrative: true))
    },
    TimeRule(
      "rel.that-unit", [.w("that"), .unit(.day, .week, .month, .year)],
      examples: ["On Monday the talks began. That day they ended." => "2019-02-25"]
    ) { m in
      if m.flags(1).contains(.plural) { return nil }
      return .time(cycleSpec(m.unit(1), 0, narrative: true))
    },
    TimeRule("lex.the-unit", [.w("the"), .unit(.week, .month, .year)]) { m in
      if m.flags(1).contains(.plural) { return nil }
      m.flags = [.fragment]
      return .time(cycleSpec(m.unit(1), 0, narrative: false))
    },
    TimeRule(
      "rel.weekend", [.w("this", "last", "past", "next", "coming"), .w("weekend")],
      examples: ["this weekend" => "2019-W09-WE", "last weekend" => "2019-W08-WE", "next weekend" => "2019-W10-WE"]
    ) { m in
      let word = m.word(0)
      let count = word == "this" ? 0 : (word == "next" || word == "coming") ? 1 : -1
      return .time(
        spec {
          $0.weekend = true
          $0.relation = .cycle(.week, count, narrative: false)
        })
    },
    TimeRule(
      "rel.the-weekend", [.w("the", "over"), .w("weekend")],
      examples: ["The talks continued over the weekend." => "2019-W08-WE"]
    ) { m in
      .time(
        spec {
          $0.weekend = true
        })
    },
    TimeRule(
      "rel.last-weekday", [.w("last", "past", "previous"), .time(.weekdayOnly)],
      examples: ["last Friday" => "2019-02-22", "last Thursday" => "2019-02-21", "last Sun" => "2019-02-24"]
    ) { m in
      var spec = m.time(1)
      spec.relation = .before(skip: 0, narrative: false)
      return .time(spec)
    },
    TimeRule(
      "rel.next-weekday", [.w("next"), .time(.weekdayOnly)],
      examples: ["next Monday" => "2019-03-04", "next Thursday" => "2019-03-07", "next Saturday" => "2019-03-09"]
    ) { m in
      var spec = m.time(1)
      spec.relation = .cycle(.week, 1, narrative: false)
      return .time(spec)
    },
    TimeRule(
      "rel.this-weekday", [.w("this"), .time(.weekdayOnly)],
      examples: ["this Saturday" => "2019-03-02", "this Thursday" => "2019-02-28"]
    ) { m in
      var spec = m.time(1)
      spec.relation = .upcoming
      return .time(spec)
    },
    TimeRule(
      "rel.coming-weekday", [.w("this").opt, .w("coming", "upcoming"), .time(.weekdayOnly)],
      examples: ["this coming Friday" => "2019-03-01", "the coming Thursday" => "2019-03-07"]
    ) { m in
      var spec = m.time(2)
      spec.relation = .after(skip: 0, narrative: false)
      return .time(spec)
    },
    TimeRule(
      "rel.weekday-of-week", [.time(.weekdayOnly), .w("of", "from").opt, .p(",").opt, .time(where: { bareCycle($0) && $0.grain == .week })],
      examples: ["Friday next week" => "2019-03-08", "Tuesday of last week" => "2019-02-19", "wednesday of this week" => "2019-02-27"]
    ) { m in m.time(0).merged(with: m.time(3)).map(Meaning.time) },
    TimeRule(
      "rel.week-weekday", [.time(where: { bareCycle($0) && $0.grain == .week }), .w("'s").touching, .time(.weekdayOnly)],
      examples: ["last week's Sunday" => "2019-02-24"]
    ) { m in m.time(0).merged(with: m.time(2)).map(Meaning.time) },
    TimeRule(
      "rel.last-named", [.w("last", "past"), .time(.recurringNamed)],
      examples: ["last June" => "2018-06", "last summer" => "2018-SU", "last Christmas" => "2018-12-25", "last May" => "2018-05"]
    ) { m in
      var spec = m.time(1)
      spec.relation = .before(skip: 0, narrative: false)
      return .time(spec)
    },
    TimeRule(
      "rel.next-named", [.w("next", "coming"), .time(.recurringNamed)],
      examples: ["next March" => "2019-03", "next June" => "2019-06", "next Christmas" => "2019-12-25"]
    ) { m in
      var spec = m.time(1)
      spec.relation = .after(skip: 0, narrative: false)
      return .time(spec)
    },
    TimeRule(
      "rel.this-named", [.w("this"), .time(.recurringNamed)],
      examples: ["this summer" => "2019-SU", "this June" => "2019-06", "this Thanksgiving" => "2019-11-28", "this Christmas" => "2019-12-25"]
    ) { m in
      var spec = m.time(1)
      // "this Christmas" is the coming one; "this June" and "this summer" are this year's.
      spec.relation = spec.holiday != nil ? .upcoming : .cycle(.year, 0, narrative: false)
      return .time(spec)
    },
    TimeRule(
      "rel.named-offset", [.time(.recurringNamed), .time(.offset)],
      examples: ["Thanksgiving three years ago" => "2016-11-24", "March in a year" => "2020-03"]
    ) { m in
      let offset = m.time(1)
      guard isDayOffset(offset) || isYearOffset(offset) else { return nil }
      return m.time(0).merged(with: offset).map(Meaning.time)
    },
    TimeRule(
      "rel.after-next", [.time(where: { weekdayOnly($0) || recurringNamed($0) }), .w("after"), .w("next")],
      examples: ["Friday after next" => "2019-03-08", "March after next" => "2020-03"]
    ) { m in
      var spec = m.time(0)
      spec.relation = .after(skip: 1, narrative: false)
      return .time(spec)
    },
    TimeRule(
      "rel.named-of-cycle", [.time(where: { recurringNamed($0) || dayNoClock($0) && $0.relation == .free && !$0.hasYear && $0.weekday == nil }), .w("of").opt, .time(where: { bareCycle($0) && $0.grain == .year })],
      examples: [
        "Thanksgiving of next year" => "2020-11-26", "June of last year" => "2018-06", "Christmas last year" => "2018-12-25",
      ]
    ) { m in m.time(0).merged(with: m.time(2)).map(Meaning.time) },
    TimeRule(
      "rel.ago", [.dur, .w("ago", "back")],
      examples: ["two days ago" => "2019-02-26", "a decade ago" => "2009", "three months ago" => "2018-11", "years ago" => "PAST_REF"]
    ) { m in
      if m.flags(0).contains(.spanBack) || m.flags(0).contains(.spanForward) { return nil }
      if m.duration(0).isVague { return m.word(1) == "back" ? nil : .reference(.past) }
      return .time(spec { $0.relation = .offset(m.duration(0).negated, narrative: false) })
    },
    TimeRule(
      "rel.from-now", [.dur, .w("from"), .w("right").opt, .w("now", "today")],
      examples: ["five days from now" => "2019-03-05", "3 years from today" => "2022"]
    ) { m in
      if m.duration(0).isVague { return .reference(.future) }
      return .time(spec { $0.relation = .offset(m.duration(0), narrative: false) })
    },
    TimeRule(
      "rel.hence", [.dur, .w("hence")],
      examples: ["two years hence" => "2021"]
    ) { m in
      if m.duration(0).isVague { return .reference(.future) }
      return .time(spec { $0.relation = .offset(m.duration(0), narrative: false) })
    },
    TimeRule(
      "rel.later", [.dur, .w("later", "afterwards", "afterward", "after", "earlier", "before", "previously")],
      examples: ["On June 5, 2018 they met. Two weeks later they spoke." => "2018-06-19", "three weeks earlier" => "2019-02-07"]
    ) { m in
      let word = m.word(1)
      let backwards = word == "earlier" || word == "before" || word == "previously"
      let duration = m.duration(0)
      if m.flags(0).contains(.spanBack) || m.flags(0).contains(.spanForward) { return nil }
      if duration.isVague {
        // "hours after Trump left", "days later": a vague length of time.
        return .duration(duration)
      }
      if (word == "after" || word == "before"), let after = m.after, after.kind == .word {
        // "five years after its launch": a length of time before or after an event, not a date.
        return .duration(duration)
      }
      return .time(spec { $0.relation = .offset(backwards ? duration.negated : duration, narrative: true) })
    },
    TimeRule(
      "rel.in", [.w("in"), .dur],
      examples: [
        "The plant will close in two years." => "2021", "in 5 minutes" => "2019-02-28", TimeExample("in 5 minutes", "2012-08-10T12:19", ref: "2012-08-10T12:14"),
        "in two more days" => "2019-03-02", "in three-quarters of an hour" => "2019-02-28",
      ]
    ) { m in
      if m.flags(1).contains(.spanBack) || m.flags(1).contains(.spanForward) { return nil }
      if let after = m.wordAfter, ["ago", "later", "earlier", "after", "before", "from"].contains(after.text) { return nil }
      m.flags = [.inPhrase]
      return .time(spec { $0.relation = .offset(m.duration(1), narrative: false) })
    },
    TimeRule(
      "rel.within", [.w("within"), .dur],
      examples: ["within 48 hours" => "PT48H", "within a month" => "P1M"]
    ) { m in
      if m.flags(1).contains(.spanBack) || m.flags(1).contains(.spanForward) { return nil }
      m.flags = [.spanForward]
      m.reportFrom = 0
      return .duration(m.duration(1))
    },
    TimeRule(
      "rel.shifted", [.dur, .w("after", "from", "before"), .time(where: { $0.mod == nil })],
      examples: ["three days after Easter" => "2019-04-24", "2 weeks after yesterday" => "2019-03-13", "a year from Christmas" => "2019-12-25"]
    ) { m in
      let duration = m.duration(0)
      if duration.isVague || m.flags(2).contains(.bareHour) || m.flags(2).contains(.fragment) { return nil }
      if m.flags(0).contains(.spanBack) || m.flags(0).contains(.spanForward) { return nil }
      let base = m.time(2)
      if !base.hasDate && !isDayCycle(base) && !base.hasClock { return nil }
      return .time(spec { $0.relation = .shifted(m.word(1) == "before" ? duration.negated : duration, base) })
    },
    TimeRule(
      "rel.day-after-tomorrow", [.w("the").opt, .w("day"), .w("after", "before"), .w("tomorrow", "yesterday")],
      examples: ["the day after tomorrow" => "2019-03-02", "the day before yesterday" => "2019-02-26"]
    ) { m in
      let after = m.word(2) == "after"
      let tomorrow = m.word(3) == "tomorrow"
      guard after == tomorrow else { return nil }
      return .time(spec { $0.relation = .cycle(.day, after ? 2 : -2, narrative: false) })
    },
    TimeRule(
      "rel.the-unit-after", [.w("the"), .unit(.day, .week, .month, .year), .w("after", "before")],
      examples: ["On Monday the talks began. The day after, they ended." => "2019-02-26", "the day before" => "2019-02-27"]
    ) { m in
      if m.flags(1).contains(.plural) { return nil }
      return .time(cycleSpec(m.unit(1), m.word(2) == "after" ? 1 : -1, narrative: true))
    },
    TimeRule(
      "rel.earlier-this", [.w("earlier", "later"), .time(where: { bareCycle($0) })],
      examples: ["earlier this month" => "2019-02", "later this year" => "2019", "earlier this week" => "2019-W09"]
    ) { m in .time(m.time(1)) },
    TimeRule(
      "rel.early-late", [.w("the").opt, .w("early", "late", "mid", "middle"), .p("-").touching.opt, .time(where: { $0.mod == nil && $0.hour == nil && ($0.grain >= .day || $0.partOfDay != nil) })],
      examples: [
        "early May" => "2019-05", "mid-2019" => "2019", "late 2018" => "2018", "the late 1990s" => "199",
        "late last year" => "2018", "early next year" => "2020",
      ]
    ) { m in
      if m.has(2) && !(m.atom(2).isTight && m.atom(3).isTight) { return nil }
      var spec = m.time(3)
      switch m.word(1) {
      case "early": spec.mod = .start
      case "late": spec.mod = .end
      default: spec.mod = .mid
      }
      return .time(spec)
    },
    TimeRule(
      "rel.part-of", [.w("the").opt, .w("beginning", "start", "middle", "end", "close"), .w("of"), .time(where: { $0.mod == nil && $0.hour == nil && $0.grain >= .day })],
      examples: ["the end of August" => "2019-08", "the beginning of next year" => "2020", "the end of the year" => "2019"]
    ) { m in
      var spec = m.time(3)
      switch m.word(1) {
      case "beginning", "start": spec.mod = .start
      case "middle": spec.mod = .mid
      default: spec.mod = .end
      }
      return .time(spec)
    },
    TimeRule(
      "rel.weekdays-ago", [.num(1...12), .cat(.weekday), .w("ago", "back")],
      examples: ["2 thursdays ago" => "2019-02-14"]
    ) { m in
      let entry = m.entry(1)
      guard entry.categories.contains(.plural) else { return nil }
      return .time(
        spec {
          $0.weekday = entry.weekday
          $0.relation = .before(skip: m.int(0) - 1, narrative: false)
        })
    },
    TimeRule(
      "rel.weekdays-from-now", [.num(1...12), .cat(.weekday), .w("from"), .w("now", "today")],
      examples: ["3 fridays from now" => "2019-03-15"]
    ) { m in
      let entry = m.entry(1)
      guard entry.categories.contains(.plural) else { return nil }
      return .time(
        spec {
          $0.weekday = entry.weekday
          $0.relation = .after(skip: m.int(0) - 1, narrative: false)
        })
    },
  ]
}
