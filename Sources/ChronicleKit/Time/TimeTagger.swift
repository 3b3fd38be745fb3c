/// The times stage: finds temporal expressions in a document and normalizes them to TIMEX3
/// against its reference date.
///
/// Reference date precedence: the input's own `date`, then `--reference-date`, then a date
/// found in the text (a dateline, or a date on a line of its own near the top); the tagger
/// sets ``Document/referenceDate`` (source `text`) only when the document has none. Without
/// any, values stay underspecified (`XXXX-WXX-3`); today's date is never used.
///
/// Expressions that name no year ("Wednesday", "June", "5 p.m.") are resolved in the
/// direction of their sentence's tense: past tense to the most recent one not after the
/// reference date, future tense ("will") to the coming one, and otherwise the nearest one.
/// ``preference`` (`--prefer`) overrides the tense.
///
/// Each expression records its rule and what it was resolved against. The stage holds no
/// state between documents that could change a result: a document gets the same values alone
/// or in any batch. (It does keep the parses of windows it has seen, which depend on nothing
/// else; see ``ChartCache``.)
public struct TimeTagger: Annotator {
  public var name: String { "times" }
  public var requires: Layers { [.sentences, .tokens] }
  public var provides: Layers { [.times, .referenceDate] }

  /// The direction that overrides the sentence's tense, if any (`--prefer`).
  public var preference: TemporalDirection?
  /// Whether all-numeric dates read day first when both readings are possible (`--day-first`:
  /// 03/02/2019 is 3 February). Dates whose first number exceeds 12 read day first anyway.
  public var dayFirst: Bool

  let grammar: TimeGrammar
  /// Windows parsed before, shared by the copies of this tagger: a reading depends only on the
  /// window, never on the document, so reusing one changes no output.
  let parses = ChartCache()
  /// The per-document lists, kept for the next document (shared by the tagger's copies).
  let scratch = ScratchPool<Scratch>()

  /// The lists the stage fills for each document, kept from one document to the next (see
  /// ``ScratchPool``): the scanner's per-token lists, the chart, and the readings found.
  /// (`@unchecked`: the chart holds a stack of its own, a class; a set is used by one thread at
  /// a time, and the pool hands it over under its lock.)
  struct Scratch: @unchecked Sendable {
    var words: [Int32] = []
    var marks: [UInt8] = []
    var windows: [TimeScanner.Window] = []
    var chart: Chart? = nil
    var candidates: [TimeCandidate] = []
    var eligible: [Int] = []
    var taken: [Bool] = []
    var chosen: [Int] = []
    var key: [UInt64] = []

    /// The room (in elements) of the longest list.
    var largestCapacity: Int {
      Swift.max(words.capacity, marks.capacity, windows.capacity, candidates.capacity, taken.capacity)
    }
  }

  /// Creates a tagger with the built-in rules and a holiday table.
  public init(holidays: HolidayTable = HolidayTable(), preference: TemporalDirection? = nil, dayFirst: Bool = false) {
    self.grammar = TimeGrammar(rules: TimeRules.all, holidays: holidays)
    self.preference = preference
    self.dayFirst = dayFirst
  }

  /// Creates a tagger with the holidays in a data directory's `time-holidays.tsv`.
  /// - Throws: ``DataFileError`` when the file is missing or malformed.
  public init(directory: String, preference: TemporalDirection? = nil, dayFirst: Bool = false) throws {
    self.init(holidays: try HolidayTable(directory: directory), preference: preference, dayFirst: dayFirst)
  }

  public func annotate(_ document: inout Document) throws {
    let (times, found) = expressions(in: document)
    if document.referenceDate == nil, let found {
      document.referenceDate = found
      document.diagnostics.append(
        Diagnostic(
          code: "times.reference-from-text",
          message: "document '\(document.id)': reference date \(found.value.iso8601) taken from the text",
          range: found.range))
    }
    document.times = times
  }

  /// The time expressions of a document that has sentences and tokens, and the reference date
  /// found in its text (reported whether or not the document already has one).
  /// - Complexity: O(n) in the length of the text.
  public func expressions(in document: Document) -> (times: [TimeExpression], referenceDate: ReferenceDate?) {
    var lists = scratch.take(or: Scratch.init)
    let found: (times: [TimeExpression], referenceDate: ReferenceDate?) = document.withUTF8 { bytes in
      let tokens = document.tokens
      // The kept lists, taken out (and put back at the end) so that they are this call's own.
      var words = lists.words.takeEmptied()
      var marks = lists.marks.takeEmptied()
      var windows = lists.windows.takeEmptied()
      var candidates = lists.candidates.takeEmptied()
      var eligible = lists.eligible.takeEmptied()
      var taken = lists.taken.takeEmptied()
      var chosen = lists.chosen.takeEmptied()
      var key = lists.key.takeEmptied()
      var chart = lists.chart.take() ?? Chart(grammar: grammar)
      defer {
        lists = Scratch(
          words: words, marks: marks, windows: windows, chart: chart, candidates: candidates, eligible: eligible,
          taken: taken, chosen: chosen, key: key)
      }
      let scanner = TimeScanner(grammar: grammar)
      scanner.windows(
        tokens: tokens, lowerKeys: document.tokenKeys.lower, bytes: bytes, words: &words, marks: &marks, into: &windows)
      guard !windows.isEmpty else { return ([], nil) }

      // Parse each window and keep the best non-overlapping readings.
      chart.dayFirst = dayFirst
      var sentence = 0
      let sentences = document.sentences
      for window in windows {
        // Long windows are parsed in overlapping pieces: a piece keeps the readings that start
        // in its first 24 tokens, and the next piece starts after the last one kept.
        var start = window.first
        while start <= window.last {
          let end = min(window.last, start + 31)
          let commit = end == window.last ? end : start + 23
          var next = commit + 1
          chart.reset()
          let context = scanner.atoms(
            tokens: tokens, words: words, window: TimeScanner.Window(first: start, last: end), bytes: bytes,
            into: &chart.atoms)
          chart.contextBefore = context.before
          chart.contextAfter = context.after
          let hash = ChartCache.key(of: chart, into: &key)
          if let (nodes, meanings, selection) = parses.readings(for: key, hash: hash) {
            chart.restore(nodes: nodes, meanings: meanings)
            // The same readings, chosen the same way when the atoms lie the same way.
            if selection.fits(chart.atoms) {
              chosen.removeAllKeepingCapacity()
              chosen.append(contentsOf: selection.chosen)
            } else {
              TimeTagger.select(chart, priorities: grammar.priorities, eligible: &eligible, taken: &taken, into: &chosen)
            }
          } else {
            chart.parse()
            TimeTagger.select(chart, priorities: grammar.priorities, eligible: &eligible, taken: &taken, into: &chosen)
            parses.store(
              key, hash: hash, nodes: chart.nodes, meanings: chart.meanings,
              selection: ChartCache.Selection(chosen: chosen, atoms: chart.atoms))
          }
          for index in chosen {
            let node = chart.nodes[index]
            let meaning = chart.meanings[index]
            let first = chart.atoms[node.first]
            guard first.token <= commit else { continue }
            next = max(next, chart.atoms[node.last - 1].token + 1)
            while sentence + 1 < sentences.count && sentences[sentence + 1].range.start <= first.start { sentence += 1 }
            candidates.append(
              TimeCandidate(
                range: TextRange(start: chart.atoms[node.reportFirst].start, end: chart.atoms[node.reportLast - 1].end),
                matched: TextRange(start: first.start, end: chart.atoms[node.last - 1].end), meaning: meaning,
                rule: grammar.rules[node.rule].name, flags: node.flags, token: first.token, sentence: sentence))
          }
          start = next
        }
      }

      let detector = ReferenceDateDetector(lexicon: grammar.lexicon)
      let found = detector.detect(candidates: candidates, tokens: tokens, words: words, sentences: sentences, bytes: bytes)
      let reference = document.referenceDate ?? found
      let times = resolve(candidates, reference: reference, tokens: tokens, words: words, sentences: sentences, bytes: bytes)
      return (times, found)
    }
    let room = lists.largestCapacity
    scratch.give(consume lists, largestCapacity: room)
    return found
  }

  /// The readings to output: eligible nodes, longest first, that do not overlap, in text order
  /// (indexes into the chart's nodes). `eligible` and `taken` are scratch space.
  private static func select(
    _ chart: borrowing Chart, priorities: [Int], eligible: inout [Int], taken: inout [Bool], into chosen: inout [Int]
  ) {
    chosen.removeAllKeepingCapacity()
    eligible.removeAllKeepingCapacity()
    let nodes = chart.nodes
    let atoms = chart.atoms
    for index in nodes.indices {
      let node = nodes[index]
      switch node.kind {
      case .time, .range, .duration, .set, .reference: break
      default: continue
      }
      if node.flags.contains(.fragment) { continue }
      if node.flags.intersection(.needsContext) != [] && !TimeContext.accepts(node, meaning: chart.meanings[index], in: chart) {
        continue
      }
      eligible.append(index)
    }
    if eligible.isEmpty { return }
    if eligible.count > 1 {
      // Longest text first, then higher priority, then earlier, then earlier rule.
      eligible.sort { x, y in
        let a = nodes[x]
        let b = nodes[y]
        let lengthA = atoms[a.last - 1].end - atoms[a.first].start
        let lengthB = atoms[b.last - 1].end - atoms[b.first].start
        if lengthA != lengthB { return lengthA > lengthB }
        let priorityA = priorities[a.rule]
        let priorityB = priorities[b.rule]
        if priorityA != priorityB { return priorityA > priorityB }
        if a.first != b.first { return a.first < b.first }
        if a.rule != b.rule { return a.rule < b.rule }
        return x < y
      }
    }
    taken.removeAllKeepingCapacity()
    taken.append(contentsOf: repeatElement(false, count: atoms.count))
    for index in eligible {
      let node = nodes[index]
      if (node.first..<node.last).contains(where: { taken[$0] }) { continue }
      for k in node.first..<node.last { taken[k] = true }
      if !node.flags.contains(.invalid) { chosen.append(index) }
    }
    if chosen.count > 1 { chosen.sort { nodes[$0].first < nodes[$1].first } }
  }

  /// Resolves candidates in text order, each narrative one against the previous time.
  private func resolve(
    _ candidates: [TimeCandidate], reference: ReferenceDate?, tokens: [Token], words: [Int32], sentences: [Sentence],
    bytes: UnsafeBufferPointer<UInt8>
  ) -> [TimeExpression] {
    let resolver = TimeResolver(holidays: grammar.holidays)
    let tense = TenseCues(lexicon: grammar.lexicon)
    var referencePeriod: CalendarPeriod?
    if let value = reference?.value {
      let date = CivilDate(value.year, value.month, value.day)
      if let hour = value.hour {
        referencePeriod = CalendarPeriod(
          grain: value.second != nil ? .second : .minute, containing: date, hour: hour, minute: value.minute ?? 0,
          second: value.second ?? 0)
      } else {
        referencePeriod = CalendarPeriod(grain: .day, containing: date)
      }
    }
    var narrative: (period: CalendarPeriod, index: Int)?
    var times: [TimeExpression] = []
    times.reserveCapacity(candidates.count)
    var sentenceCues: (sentence: Int, cues: [TenseCues.Cue], breaks: [Int])?
    // The direction of a candidate's sentence at its position, read from the tense cues only
    // when a value depends on it (few do: most name their year or are relative).
    func tenseDirection(of candidate: TimeCandidate) -> TemporalDirection {
      if let preference { return preference }
      if sentenceCues?.sentence != candidate.sentence {
        let range = sentences.isEmpty ? TextRange(start: 0, end: bytes.count) : sentences[candidate.sentence].range
        var first = candidate.token
        while first > 0 && tokens[first - 1].range.start >= range.start { first -= 1 }
        var last = candidate.token
        while last < tokens.count && tokens[last].range.start < range.end { last += 1 }
        let found = tense.cues(tokens: tokens, words: words, sentence: first..<last, bytes: bytes)
        sentenceCues = (candidate.sentence, found.cues, found.breaks)
      }
      return TenseCues.direction(at: candidate.token, cues: sentenceCues!.cues, breaks: sentenceCues!.breaks) ?? .nearest
    }
    // Each candidate read in place (see `Array.forEachInPlace`): iterating the list copied each,
    // with its meaning and rule name.
    candidates.forEachInPlace { candidate in
      // Resolved first with the preferred or nearest direction; when the value turns out to
      // depend on the direction, again with the sentence's.
      var context = TimeResolver.Context(
        reference: referencePeriod, referenceZone: reference?.value.utcOffsetMinutes, narrative: narrative,
        direction: preference ?? .nearest)
      func withTense(_ result: TimeResolver.Result, _ resolve: (TimeResolver.Context) -> TimeResolver.Result)
        -> TimeResolver.Result
      {
        guard preference == nil, result.direction != nil else { return result }
        let direction = tenseDirection(of: candidate)
        if direction == context.direction { return result }
        context.direction = direction
        return resolve(context)
      }
      // Made in place at the end of the list, and taken off again when the candidate resolves to
      // nothing: a finished expression appended was copied, with its strings, and the copy let go.
      times.append(
        TimeExpression(range: candidate.range, type: .date, value: "", precision: .day, rule: candidate.rule))
      /// Fills in the expression and the period it names; `false` when it resolves to nothing.
      func fill(_ expression: inout TimeExpression, _ period: inout CalendarPeriod?) -> Bool {
        switch candidate.meaning {
        case .time(var spec):
          if referencePeriod.map({ $0.grain >= .day }) ?? true, spec.clock12, spec.partOfDay == nil {
            spec.clock12 = false  // without a time of day to compare with, read the hour as written
          }
          if candidate.flags.contains(.inPhrase), case .offset(let duration, _) = spec.relation,
            tenseDirection(of: candidate) == .past
          {
            // "the highest level in two years": a length of time, not a date.
            expression.type = .duration
            expression.value = duration.timex
            expression.precision = duration.precision
            expression.mod = duration.mod?.rawValue
            break
          }
          let result = withTense(resolver.resolve(spec, context)) { resolver.resolve(spec, $0) }
          guard !result.value.isEmpty else { return false }
          expression.value = result.value
          expression.precision = result.precision
          expression.type = result.precision.isTimeOfDay ? .time : .date
          expression.mod = spec.mod?.rawValue
          expression.anchor = result.anchor
          expression.anchorValue = result.anchorValue
          expression.direction = result.direction
          period = result.period
        case .range(var begin, var end):
          if referencePeriod.map({ $0.grain >= .day }) ?? true {
            begin.clock12 = false
            end.clock12 = false
          }
          var (first, last) = resolver.resolveRange(begin, end, context)
          if preference == nil, first.direction != nil || last.direction != nil {
            let direction = tenseDirection(of: candidate)
            if direction != context.direction {
              context.direction = direction
              (first, last) = resolver.resolveRange(begin, end, context)
            }
          }
          guard !first.value.isEmpty, !last.value.isEmpty else { return false }
          expression.value = first.value
          expression.begin = first.value
          expression.end = last.value
          expression.precision = first.precision
          expression.type = first.precision.isTimeOfDay ? .time : .date
          expression.anchor = first.anchor ?? last.anchor
          expression.anchorValue = first.anchorValue ?? last.anchorValue
          expression.direction = first.direction ?? last.direction
          period = last.period
        case .duration(let duration):
          expression.type = .duration
          expression.value = duration.timex
          expression.precision = duration.precision
          expression.mod = duration.mod?.rawValue
          if let anchor = referencePeriod, !duration.isVague,
            candidate.flags.contains(.spanBack) || candidate.flags.contains(.spanForward)
          {
            let grain: Grain = duration.hasClockPart && anchor.grain <= .hour ? anchor.grain : max(.day, anchor.grain)
            let base = anchor.at(grain)
            let back = candidate.flags.contains(.spanBack)
            if let other = (back ? duration.negated : duration).shift(base.date, hour: base.hour, minute: base.minute, second: base.second, grain: grain) {
              expression.begin = back ? other.timex : base.timex
              expression.end = back ? base.timex : other.timex
              expression.anchor = .referenceDate
              expression.anchorValue = anchor.timex
            }
          }
        case .set(let set):
          expression.type = .set
          if let pattern = set.pattern {
            let result = resolver.unresolved(pattern)
            expression.value = result.value
            expression.precision = result.precision
          } else if let every = set.period {
            expression.value = every.timex
            expression.precision = every.precision
          }
        case .reference(let kind):
          expression.type = .date
          expression.value = kind.timex
          expression.precision = .vague
        default:
          return false
        }
        return true
      }
      let last = times.count - 1
      var period: CalendarPeriod?
      guard fill(&times[last], &period) else {
        times.removeLast()
        return
      }
      if let period, times[last].type == .date || times[last].type == .time { narrative = (period, last) }
    }
    return times
  }
}

extension TimexPrecision {
  /// Whether values of this precision are times of day (TIMEX3 `TIME`).
  var isTimeOfDay: Bool {
    switch self {
    case .partOfDay, .hour, .minute, .second: return true
    default: return false
    }
  }
}
