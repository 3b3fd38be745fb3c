extension EventFinder {
  /// The most tokens the events stage looks at as one sentence. A longer "sentence" (text with
  /// no sentence punctuation: a scraped table, a 50 MB line) is taken in blocks of at most this
  /// many tokens, so that the work for each trigger, which looks over its sentence for
  /// participants and dates, stays bounded and the stage stays linear in the text. Real
  /// sentences are far shorter, so they are never cut.
  static let maximumBlockTokens = 400

  /// A sentence, or a block of a very long one, with what all its triggers share, computed once.
  /// The events stage keeps one and refills it for each block (see ``fill(_:with:)``), so that
  /// its lists keep their memory from one sentence to the next.
  struct Span {
    /// The tokens.
    var range: Range<Int> = 0..<0
    /// The clause number of each token (indexed from `range.lowerBound`; see
    /// ``clauseIDs(_:into:)``); empty when the span has no trigger.
    var clauses: [Int] = []
    /// The triggers, in order.
    var triggers: [TriggerWord] = []
    /// Whether each clause number begins with a subordinating word ("after Trump left Hanoi"; a
    /// clause begun by "but" is coordinated, not subordinate).
    var subordinate: [Bool] = []
    /// The time expressions (indices) that can date an event, in order.
    var datingTimes: [Int] = []
    /// The first token of each of `datingTimes`.
    var datingFirsts: [Int] = []
    /// For each of `datingTimes`, the first token of the trigger it belongs to, or -1 (see
    /// ``EventFinder/owners(of:)``); empty when the span has no trigger.
    var datingOwners: [Int] = []
    /// The mentions, each with its first token in the span, in order; "he" and "she" stand for
    /// the person last named (see ``EventFinder/referentAt``).
    var mentions: [SpanMention] = []
    /// The first tokens of `mentions`.
    var mentionFirsts: [Int] = []
    /// The subject each verb offers an event noun with nobody in its own clause (the noun takes
    /// the first one from another clause), in the order they are tried: main-clause verbs
    /// first, then every verb. Empty when the span has no event noun.
    var verbSubjects: [(clause: Int, subject: PendingArgument?)] = []

    /// The clause number of a token.
    func clause(of t: Int) -> Int { clauses[t - range.lowerBound] }

    /// The room (in elements) of the longest list.
    var largestCapacity: Int {
      Swift.max(
        clauses.capacity, triggers.capacity, subordinate.capacity, datingTimes.capacity, datingFirsts.capacity,
        datingOwners.capacity, mentions.capacity, mentionFirsts.capacity, verbSubjects.capacity)
    }
  }

  /// The blocks of a sentence's tokens: the sentence itself or, for a very long one, pieces of
  /// at most ``maximumBlockTokens`` tokens, each cut after a clause boundary in its second half
  /// when there is one, and not inside a name or a time expression when that can be helped.
  func blocks(of sentence: Range<Int>) -> [Range<Int>] {
    let limit = EventFinder.maximumBlockTokens
    guard sentence.count > limit else { return [sentence] }
    var result: [Range<Int>] = []
    var start = sentence.lowerBound
    while sentence.upperBound - start > limit {
      var cut = start + limit
      var k = cut - 1
      while k > start + limit / 2 {
        if isPunctuation(k, words.blockBreaks) {
          cut = k + 1
          break
        }
        k -= 1
      }
      var inside = cut
      while inside > start + 1
        && ((mentionAt[inside] >= 0 && mentionAt[inside] == mentionAt[inside - 1])
          || (timeAt[inside] >= 0 && timeAt[inside] == timeAt[inside - 1]))
      {
        inside -= 1
      }
      if inside > start + 1 { cut = inside }
      result.append(start..<cut)
      start = cut
    }
    result.append(start..<sentence.upperBound)
    return result
  }

  /// Fills `span` with the clauses, triggers, dating times and mentions of a sentence or block.
  func fill(_ span: inout Span, with range: Range<Int>) {
    span.range = range
    triggers(in: range, into: &span.triggers)
    span.datingTimes.removeAllKeepingCapacity()
    span.datingFirsts.removeAllKeepingCapacity()
    span.datingOwners.removeAllKeepingCapacity()
    span.clauses.removeAllKeepingCapacity()
    span.subordinate.removeAllKeepingCapacity()
    span.mentions.removeAllKeepingCapacity()
    span.mentionFirsts.removeAllKeepingCapacity()
    span.verbSubjects.removeAllKeepingCapacity()
    guard !span.triggers.isEmpty else {
      // Without a trigger only the dating times matter (they date what follows in the paragraph).
      var lastTime = -1
      for t in range where timeAt[t] >= 0 && Int(timeAt[t]) != lastTime {
        lastTime = Int(timeAt[t])
        if anchors(lastTime) && !isComparisonBaseline(t, in: range) {
          span.datingTimes.append(lastTime)
          span.datingFirsts.append(t)
        }
      }
      return
    }
    readTokens(range, into: &span)
    owners(of: &span)
    if span.triggers.contains(where: { $0.sense.partOfSpeech != .verb }) {
      // Filled in a list of its own, kept from span to span (taken out so that the span can be
      // read meanwhile).
      var subjects = span.verbSubjects
      span.verbSubjects = []
      for pass in 0..<2 {
        for trigger in span.triggers where trigger.sense.partOfSpeech == .verb {
          // Main-clause verbs first, then every verb.
          if pass == 0 && span.subordinate[span.clause(of: trigger.start)] { continue }
          subjects.append(verbSubject(trigger, in: span))
        }
      }
      span.verbSubjects = subjects
    }
  }

  /// Which trigger each dating time of a span belongs to: the nearest before it in its clause,
  /// whose phrase it ends ("was born in 1970 in Lagos and moved to London in 1995": 1970 is the
  /// birth's, 1995 the move's); with none before it, the nearest after it ("On Monday, Kim
  /// arrived"); -1 when its clause has no trigger. Triggers and times are both in text order:
  /// one cursor moves along the triggers.
  private func owners(of span: inout Span) {
    var next = 0
    for (i, first) in span.datingFirsts.enumerated() {
      while next < span.triggers.count && span.triggers[next].end <= first { next += 1 }
      let clause = span.clause(of: first)
      var owner = -1
      if let noun = possessor(span.datingTimes[i], first: first, next: next, in: span) {
        // "ahead of next year's federal vote": the vote's time, not the one's before it.
        owner = span.triggers[noun].start
      } else if next > 0 && span.clause(of: span.triggers[next - 1].start) == clause {
        owner = span.triggers[next - 1].start
      } else if next < span.triggers.count && span.clause(of: span.triggers[next].start) == clause {
        // (Clause numbers only grow along a sentence: an earlier or later trigger of another
        // clause has none of the time's between it and the time.)
        owner = span.triggers[next].start
      }
      span.datingOwners.append(owner)
    }
  }

  /// When a time is written in the possessive ("next year's federal vote", "Sunday's
  /// election"), the noun trigger it qualifies: the first trigger from `next` on, when it is a
  /// noun at most three tokens after the "'s". Otherwise `nil`.
  private func possessor(_ time: Int, first: Int, next: Int, in span: Span) -> Int? {
    var k = first
    while k < span.range.upperBound && Int(timeAt[k]) == time { k += 1 }
    guard k < span.range.upperBound, words.possessive.contains(keys[k]), next < span.triggers.count else { return nil }
    let trigger = span.triggers[next]
    guard trigger.sense.partOfSpeech != .verb, trigger.start > k, trigger.start - k <= 3 else { return nil }
    return next
  }

  /// The subject a verb offers (see ``Span/verbSubjects``): the person or organization (or
  /// pronoun for one) nearest before it in its clause, or `nil` when there is none or a place
  /// comes first.
  private func verbSubject(_ trigger: TriggerWord, in span: Span) -> (clause: Int, subject: PendingArgument?) {
    let verbClause = span.clause(of: trigger.start)
    var k = trigger.start - 1
    while k >= span.range.lowerBound && span.clause(of: k) == verbClause {
      if mentionAt[k] >= 0 {
        let mention = mention(Int(mentionAt[k]), first: k, previousWord: previousWord(before: k, in: span.range) ?? -1)
        guard mention.type != .location else { break }
        return (verbClause, PendingArgument(mention: mention, role: .agent))
      }
      if referentAt[k] >= 0 {
        let pronoun = pronoun(at: k, previousWord: previousWord(before: k, in: span.range) ?? -1)
        return (verbClause, PendingArgument(mention: pronoun, role: .agent))
      }
      k -= 1
    }
    return (verbClause, nil)
  }

  /// A mention as the events stage works with it: a name, or a "he" or "she" standing for the
  /// person named last. It holds no strings, so that the stage's many copies of it cost no
  /// reference counting; ``EventFinder/argument(_:role:)`` reads the entity when one is kept.
  struct SpanMention {
    /// The mention's index in the document's mentions, or -1 for a pronoun.
    var index: Int
    /// The mention's first token in the span.
    var first: Int
    var type: EntityType
    var range: TextRange
    /// The word before the mention in its span, as ``EventFinder/previousWord(before:in:)``
    /// finds it, or -1: found once as the span is read, not again for every trigger.
    var previousWord: Int
  }

  /// A mention with the part it plays for a trigger: an argument before it is kept, holding no
  /// strings (see ``SpanMention``). ``EventFinder/argument(_:)`` makes it an ``EventArgument``
  /// once its event is made.
  struct PendingArgument {
    var mention: SpanMention
    var role: EventArgument.Role
  }

  /// The document's mention `index`, seen from token `first`.
  func mention(_ index: Int, first: Int, previousWord: Int) -> SpanMention {
    let mention = document.mentions[index]
    return SpanMention(index: index, first: first, type: mention.type, range: mention.range, previousWord: previousWord)
  }

  /// The person a "he" or "she" at token `t` stands for, as a mention of that token (`t` has a
  /// referent: `referentAt[t] >= 0`).
  func pronoun(at t: Int, previousWord: Int) -> SpanMention {
    SpanMention(index: -1, first: t, type: .person, range: tokens[t].range, previousWord: previousWord)
  }
}
