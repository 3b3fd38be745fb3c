extension TimeRules {
  /// Single words and numbers: the building blocks other rules combine.
  static let lexical: [TimeRule] = [
    TimeRule("lex.digits", [.digitAtom]) { m in
      let atom = m.atom(0)
      return .number(NumberValue(value: Double(atom.number), digits: atom.digits, leadingZero: atom.flags.contains(.leadingZero)))
    },
    TimeRule("lex.decimal", [.digitAtom(1...4), .p(".").touching, .digitAtom(1...3).touching]) { m in
      let whole = m.atom(0)
      let fraction = m.atom(2)
      guard whole.digits <= 4, fraction.digits <= 3 else { return nil }
      var divisor = 1.0
      for _ in 0..<fraction.digits { divisor *= 10 }
      return .number(NumberValue(value: Double(whole.number) + Double(fraction.number) / divisor, digits: whole.digits))
    },
    TimeRule("lex.number-word", [.cat(.number)]) { m in
      .number(NumberValue(value: Double(m.entry(0).number), digits: 0))
    },
    TimeRule("lex.number-compound", [.cat(.number), .p("-").touching.opt, .cat(.number)]) { m in
      let tens = m.entry(0).number
      let units = m.entry(2).number
      guard tens >= 20, tens % 10 == 0, (1...9).contains(units) else { return nil }
      if m.has(1) && !m.atom(2).isTight { return nil }
      return .number(NumberValue(value: Double(tens + units), digits: 0))
    },
    TimeRule("lex.number-hundreds", [.spelled(1...99), .w("hundred", "thousand"), .w("and").opt, .spelled(1...99).opt]) { m in
      let scale = m.word(1) == "hundred" ? 100 : 1000
      if m.has(2) && !m.has(3) { return nil }
      return .number(NumberValue(value: Double(m.int(0) * scale + (m.has(3) ? m.int(3) : 0)), digits: 0))
    },
    TimeRule("lex.ordinal-digits", [.digitAtom, .cat(.ordinalSuffix).touching]) { m in
      let atom = m.atom(0)
      guard atom.digits <= 3, atom.number >= 1 else { return nil }
      return .ordinal(atom.number)
    },
    TimeRule("lex.ordinal-word", [.cat(.ordinal)]) { m in .ordinal(m.entry(0).ordinal) },
    TimeRule("lex.ordinal-compound", [.cat(.number), .p("-").touching.opt, .cat(.ordinal)]) { m in
      let tens = m.entry(0).number
      let units = m.entry(2).ordinal
      guard tens >= 20, tens % 10 == 0, (1...9).contains(units) else { return nil }
      return .ordinal(tens + units)
    },
    TimeRule("lex.unit", [.cat(.unit)]) { m in
      let entry = m.entry(0)
      guard let unit = entry.unit else { return nil }
      if entry.categories.contains(.plural) { m.flags.insert(.plural) }
      return .unit(unit)
    },
    TimeRule(
      "lex.month", [.cat(.month), .p(".").touching.opt],
      examples: ["It happened in January." => "2019-01", "They met in June." => "2018-06", TimeExample("in Feb.", "2019-02")]
    ) { m in
      let entry = m.entry(0)
      let atom = m.atom(0)
      if entry.categories.contains(.ambiguous) || entry.categories.contains(.abbreviation) || !atom.flags.contains(.capitalized) {
        m.flags.insert(.ambiguousMonth)
      }
      if !m.has(1) || !entry.categories.contains(.abbreviation) { m.reportTo = 1 }
      return .time(spec { $0.month = entry.month })
    },
    TimeRule(
      "lex.weekday", [.cat(.weekday), .p(".").touching.opt],
      examples: ["Trump met Kim on Wednesday." => "2019-02-27", "They will meet Friday." => "2019-03-01"]
    ) { m in
      let entry = m.entry(0)
      if entry.categories.contains(.plural) { return nil }
      // "Sun", "Sat", "Wed" are words too; a date next to them ("Sun, Mar. 6") settles it.
      if entry.categories.contains(.ambiguous) { m.flags.insert(.ambiguousWeekday) }
      if !m.has(1) || !entry.categories.contains(.abbreviation) { m.reportTo = 1 }
      return .time(spec { $0.weekday = entry.weekday })
    },
    TimeRule(
      "lex.relative-day", [.cat(.relativeDay)],
      examples: ["yesterday" => "2019-02-27", "today" => "2019-02-28", "tomorrow" => "2019-03-01", "tonight" => "2019-02-28TNI"]
    ) { m in
      let entry = m.entry(0)
      return .time(
        spec {
          $0.relation = .cycle(.day, entry.dayOffset, narrative: false)
          $0.partOfDay = entry.partOfDay
        })
    },
    TimeRule("lex.part-of-day", [.cat(.partOfDay)]) { m in
      let entry = m.entry(0)
      guard let part = entry.partOfDay, !entry.categories.contains(.plural) else { return nil }
      m.flags.insert(.commonNoun)
      return .time(spec { $0.partOfDay = part })
    },
    TimeRule("lex.season", [.cat(.season)]) { m in
      guard let season = m.entry(0).season else { return nil }
      m.flags.insert(.commonNoun)
      if m.atom(0).flags.contains(.capitalized) && !m.atom(0).flags.contains(.sentenceStart) {
        m.flags.insert(.fragment)  // "Summer Olympics", "Winter Palace"
      }
      return .time(spec { $0.season = season })
    },
    TimeRule(
      "lex.noon", [.w("noon", "midday")], examples: ["noon" => "2019-02-28T12:00", TimeExample("at noon", "2013-02-12T12:00", ref: "2013-02-12T04:30")]
    ) { _ in
      .time(spec {
        $0.hour = 12
      })
    },
    TimeRule("lex.mid-day", [.w("mid"), .w("day")], examples: ["mid day" => "2019-02-28T12:00"]) { _ in
      .time(spec {
        $0.hour = 12
      })
    },
    TimeRule("lex.midnight", [.w("midnight")], examples: ["midnight" => "2019-02-28T00:00"]) { _ in
      .time(spec {
        $0.hour = 0
      })
    },
    TimeRule(
      "lex.year", [.digitAtom(4...4, 1000...2999)],
      examples: ["The law was passed in 2018." => "2018", "the 2018 election" => "2018"]
    ) { m in
      let atom = m.atom(0)
      guard atom.digits == 4, (1000...2999).contains(atom.number) else { return nil }
      m.flags.insert(.bareYear)
      return .time(spec { $0.year = atom.number })
    },
  ]
}
