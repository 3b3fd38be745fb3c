extension TimeRules {
  /// Words before a duration that make it one ("for a week", "about a year").
  static let durationContext: Set<String> = [
    "for", "in", "within", "over", "about", "around", "nearly", "almost", "than", "only", "just", "least", "most",
    "once", "twice", "after", "under", "past", "spent", "took", "lasted", "lasting", "last", "of", "during",
    "throughout", "some", "approximately", "roughly", "another", "entire", "whole", "full", "first",
  ]

  /// Durations and recurring times.
  static let durations: [TimeRule] = [
    TimeRule(
      "dur.count-unit", [.number(from: 0.01, below: 100_000), .unit],
      examples: [
        "two days" => "P2D", "18 months" => "P18M", "2.5 hours" => "PT2H30M", "three decades" => "P30Y",
        "two hundred and five days" => "P205D",
      ]
    ) { m in
      let number = m.number(0)
      if m.chainedBefore { return nil }
      if m.word(1).count == 1 && !m.atom(1).isTight { return nil }  // "5 h" is not "5h"
      if number.digits == 4 && (1000...2999).contains(number.integer ?? 0) { return nil }  // "2018 years"?
      if number.integer == 1 && number.isSpelled && !m.flags(1).contains(.plural) {
        m.flags.insert(.articleDuration)  // "one day" is often "some day"
      }
      return .duration(DurationSpec(number.value, m.unit(1)))
    },
    TimeRule(
      "dur.adjective", [.number(from: 0.01, below: 10_000), .p("-").touching, .unit.touching],
      examples: ["the two-day summit" => "P2D", "a 48-hour strike" => "PT48H", "a five-year plan" => "P5Y"]
    ) { m in
      if m.flags(2).contains(.plural) { return nil }
      return .duration(DurationSpec(m.number(0).value, m.unit(2)))
    },
    TimeRule(
      "dur.article-unit", [.w("a", "an"), .unit],
      examples: ["for a week" => "P1W", "She stayed for an hour." => "PT1H"]
    ) { m in
      if m.flags(1).contains(.plural) { return nil }
      m.flags = [.articleDuration]
      return .duration(DurationSpec(1, m.unit(1)))
    },
    TimeRule(
      "dur.vague-count", [.w("a").opt, .w("few", "couple", "pair", "several", "many"), .w("of").opt, .unit],
      examples: ["a few days" => "PXD", "several years" => "PXY", "a couple of hours" => "PT2H", "a pair of minutes" => "PT2M"]
    ) { m in
      let word = m.word(1)
      if word == "couple" || word == "pair" {
        guard m.has(0) else { return nil }
        return .duration(DurationSpec(2, m.unit(3)))
      }
      if !m.flags(3).contains(.plural) { return nil }  // "a few hour"
      return .duration(DurationSpec(vague: m.unit(3)))
    },
    TimeRule(
      "dur.vague-plural", [.unit],
      examples: ["for years" => "PXY", "The talks lasted for hours." => "PTXH"]
    ) { m in
      guard m.flags(0).contains(.plural) else { return nil }
      m.flags = [.commonNoun]
      return .duration(DurationSpec(vague: m.unit(0)))
    },
    TimeRule(
      "dur.half", [.w("half"), .w("a", "an"), .unit],
      examples: ["half an hour" => "PT30M", "half a year" => "P6M"]
    ) { m in .duration(DurationSpec(0.5, m.unit(2))) },
    TimeRule(
      "dur.and-a-half", [.number(from: 0.01, below: 1000), .w("and"), .w("a"), .w("half"), .unit],
      examples: ["2 and a half hours" => "PT2H30M"]
    ) { m in .duration(DurationSpec(m.number(0).value + 0.5, m.unit(4))) },
    TimeRule(
      "dur.unit-and-a-half", [.w("a", "an", "one"), .unit, .w("and"), .w("a"), .w("half")],
      examples: ["a year and a half" => "P1Y6M"]
    ) { m in .duration(DurationSpec(1.5, m.unit(1))) },
    TimeRule(
      "dur.fraction", [.digits(1...1, 1...3), .p("/").touching, .digits(1...1, 2...4).touching, .unit],
      examples: ["1/2 hour" => "PT30M", "3/4h" => "PT45M"]
    ) { m in
      let numerator = Double(m.int(0))
      let denominator = Double(m.int(2))
      guard numerator < denominator, !m.flags(3).contains(.plural) else { return nil }
      return .duration(DurationSpec(numerator / denominator, m.unit(3)))
    },
    TimeRule(
      "dur.quarter-hour", [.w("a", "three").opt, .p("-").touching.opt, .w("quarter", "quarters"), .w("of"), .w("an"), .unit(.hour)],
      examples: ["a quarter of an hour" => "PT15M", "three-quarters of an hour" => "PT45M", "three quarters of an hour" => "PT45M"]
    ) { m in
      let three = m.has(0) && m.word(0) == "three"
      guard three == (m.word(2) == "quarters"), three || !m.has(1) else { return nil }
      return .duration(DurationSpec(three ? 0.75 : 0.25, .hour))
    },
    TimeRule(
      "dur.count-more-unit", [.number(from: 0.01, below: 100_000), .w("more", "additional", "extra", "further"), .unit],
      examples: ["for two more weeks" => "P2W"]
    ) { m in
      if m.chainedBefore { return nil }
      return .duration(DurationSpec(m.number(0).value, m.unit(2)))
    },
    TimeRule(
      "dur.compound", [.dur(where: { !$0.isVague && $0.mod == nil }), .p(",").opt, .w("and").opt, .dur(where: { !$0.isVague && $0.mod == nil })],
      examples: ["1 day 21 hours" => "P1DT21H", "5 minutes and 30 seconds" => "PT5M30S", "1 hour, 5 minutes, and 30 seconds" => "PT1H5M30S"]
    ) { m in
      let first = m.duration(0)
      let second = m.duration(3)
      guard first.finestUnit.rawValue > second.coarsestUnit.rawValue else { return nil }
      if m.flags(0).contains(.articleDuration) && m.flags(3).contains(.articleDuration) { return nil }
      return .duration(first.plus(second))
    },
    TimeRule(
      "dur.modifier",
      [.w("about", "around", "approximately", "roughly", "nearly", "almost", "over", "under", "some"),
        .dur(where: { $0.mod == nil })],
      examples: ["about two years" => "P2Y", "nearly three decades" => "P30Y", "over two weeks" => "P2W"]
    ) { m in
      if m.flags(1).contains(.spanBack) || m.flags(1).contains(.spanForward) { return nil }
      var duration = m.duration(1)
      switch m.word(0) {
      case "nearly", "almost", "under": duration.mod = .lessThan
      case "over": duration.mod = .moreThan
      default: duration.mod = .approx
      }
      return .duration(duration)
    },
    TimeRule(
      "dur.comparison", [.w("more", "less", "fewer"), .w("than"), .dur(where: { $0.mod == nil })],
      examples: ["more than 10 years" => "P10Y", "less than a week" => "P1W"]
    ) { m in
      if m.flags(2).contains(.spanBack) || m.flags(2).contains(.spanForward) { return nil }
      var duration = m.duration(2)
      duration.mod = m.word(0) == "more" ? .moreThan : .lessThan
      return .duration(duration)
    },
    TimeRule(
      "dur.bound", [.w("at", "up"), .w("least", "most", "to"), .dur(where: { $0.mod == nil })],
      examples: ["at least five days" => "P5D", "up to 10 years" => "P10Y"]
    ) { m in
      let first = m.word(0)
      let second = m.word(1)
      guard (first == "at" && second != "to") || (first == "up" && second == "to") else { return nil }
      if m.flags(2).contains(.spanBack) || m.flags(2).contains(.spanForward) { return nil }
      var duration = m.duration(2)
      duration.mod = second == "least" ? .equalOrMore : .equalOrLess
      return .duration(duration)
    },
    TimeRule(
      "dur.past-span", [.w("the").opt, .w("past", "last", "previous"), .number(from: 1, below: 10_000).opt, .unit],
      examples: ["the past year" => "P1Y", "the last three months" => "P3M", "over the past 48 hours" => "PT48H"]
    ) { m in
      let plural = m.flags(3).contains(.plural)
      if !m.has(0) && !m.has(2) { return nil }  // "last week" is a date
      if m.has(2) != plural && !(m.has(2) && m.int(2) == 1) { return nil }
      m.flags = [.spanBack]
      return .duration(DurationSpec(m.has(2) ? m.number(2).value : 1, m.unit(3)))
    },
    TimeRule(
      "dur.past-few", [.w("the").opt, .w("past", "last", "previous", "next", "coming"), .w("few", "several", "couple"), .w("of").opt, .unit],
      examples: ["the past few years" => "PXY", "the next few days" => "PXD"]
    ) { m in
      guard m.flags(4).contains(.plural) else { return nil }
      let word = m.word(1)
      m.flags = word == "next" || word == "coming" ? [.spanForward] : [.spanBack]
      if m.word(2) == "couple" { return .duration(DurationSpec(2, m.unit(4))) }
      return .duration(DurationSpec(vague: m.unit(4)))
    },
    TimeRule(
      "dur.next-span", [.w("the").opt, .w("next", "coming", "following"), .number(from: 1, below: 10_000), .unit],
      examples: ["the next two weeks" => "P2W", "next 2 days" => "P2D"]
    ) { m in
      guard m.flags(3).contains(.plural) || m.int(2) == 1 else { return nil }
      m.flags = [.spanForward]
      return .duration(DurationSpec(m.number(2).value, m.unit(3)))
    },
  ]

  /// Recurring times.
  static let sets: [TimeRule] = [
    TimeRule(
      "set.every-unit", [.w("every", "each"), .w("other").opt, .number(from: 1, below: 1000).opt, .unit],
      examples: ["every day" => "P1D", "every two weeks" => "P2W", "each year" => "P1Y", "every other week" => "P2W"]
    ) { m in
      let count = m.has(2) ? m.number(2).value : m.has(1) ? 2 : 1
      if m.has(1) && m.has(2) { return nil }
      return .set(SetSpec(pattern: nil, period: DurationSpec(count, m.unit(3)), frequency: nil))
    },
    TimeRule(
      "set.every-time", [.w("every", "each"), .time(where: { !$0.hasYear && $0.relation == .free && ($0.weekday != nil || $0.month != nil || $0.partOfDay != nil || $0.holiday != nil || $0.season != nil || $0.hour != nil) })],
      examples: ["every Monday" => "XXXX-WXX-1", "every morning" => "XXXX-XX-XXTMO", "each January" => "XXXX-01"]
    ) { m in .set(SetSpec(pattern: m.time(1), period: nil, frequency: nil)) },
    TimeRule(
      "set.plural-weekday", [.cat(.weekday), .cat(.partOfDay).opt],
      examples: ["The market is closed on Sundays." => "XXXX-WXX-7", "on Monday mornings" => "XXXX-WXX-1TMO"]
    ) { m in
      let entry = m.entry(0)
      if m.has(1) {
        let part = m.entry(1)
        guard !entry.categories.contains(.plural), part.categories.contains(.plural), let partOfDay = part.partOfDay
        else { return nil }
        return .set(
          SetSpec(
            pattern: spec {
              $0.weekday = entry.weekday
              $0.partOfDay = partOfDay
            }, period: nil, frequency: nil))
      }
      guard entry.categories.contains(.plural) else { return nil }
      if let after = m.after, after.flags.contains(.capitalized), after.word < 0 || !m.chart.pointee.lexicon.categories(after.word).contains(.glue) {
        return nil  // "Fridays For Future"
      }
      return .set(SetSpec(pattern: spec { $0.weekday = entry.weekday }, period: nil, frequency: nil))
    },
    TimeRule(
      "set.frequency", [.cat(.frequency)],
      examples: ["The paper appears weekly." => "P1W", "annually" => "P1Y", "daily" => "P1D"]
    ) { m in
      let atom = m.atom(0)
      if atom.flags.contains(.capitalized) && !atom.flags.contains(.sentenceStart) { return nil }  // "Daily Mail"
      guard let unit = m.entry(0).frequency else { return nil }
      return .set(SetSpec(pattern: nil, period: DurationSpec(1, unit), frequency: nil))
    },
    TimeRule(
      "set.times-per", [.w("once", "twice", "thrice"), .w("a", "an", "per", "every", "each"), .unit],
      examples: ["twice a week" => "P1W", "once a year" => "P1Y"]
    ) { m in
      if m.flags(2).contains(.plural) { return nil }
      let frequency = ["once": 1, "twice": 2, "thrice": 3][m.word(0)] ?? 1
      return .set(SetSpec(pattern: nil, period: DurationSpec(1, m.unit(2)), frequency: frequency))
    },
    TimeRule(
      "set.count-times-per", [.num(1...100), .w("times"), .w("a", "an", "per", "every", "each"), .unit],
      examples: ["three times a day" => "P1D"]
    ) { m in
      if m.flags(3).contains(.plural) { return nil }
      return .set(SetSpec(pattern: nil, period: DurationSpec(1, m.unit(3)), frequency: m.int(0)))
    },
    TimeRule(
      "set.per-unit", [.w("per"), .unit(.hour, .day, .week, .month, .year)],
      examples: ["$15 per hour" => "PT1H"]
    ) { m in
      if m.flags(1).contains(.plural) { return nil }
      return .set(SetSpec(pattern: nil, period: DurationSpec(1, m.unit(1)), frequency: nil))
    },
  ]
}
