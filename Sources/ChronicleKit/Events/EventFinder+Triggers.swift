extension EventFinder {
  /// A trigger found in a sentence: its tokens and the sense chosen.
  struct TriggerWord {
    var start: Int
    var end: Int
    var sense: EventLexicon.Sense
    /// The trigger is a verb in the past tense ("said", "met").
    var isPast: Bool
  }

  /// The event triggers of a sentence's tokens, in order, in place of `result`'s contents: words
  /// of the lexicon that are not part of a name or a time, with the part of speech their context
  /// suggests.
  func triggers(in range: Range<Int>, into result: inout [TriggerWord]) {
    result.removeAllKeepingCapacity()
    var t = range.lowerBound
    let firstWord = range.first { tokens[$0].kind == .word || tokens[$0].kind == .number } ?? range.lowerBound
    while let word = nextWord(from: t, to: range.upperBound, firstWord: firstWord) {
      t = word.index
      defer { t += 1 }
      var length = 1
      var senses = word.senses
      if word.startsPhrase, let phrase = lexicon.phrase(keys, at: t, limit: range.upperBound),
        !(t..<(t + phrase.length)).contains(where: { mentionAt[$0] >= 0 || timeAt[$0] >= 0 })
      {
        length = phrase.length
        senses = phrase.senses
      }
      guard !senses.isEmpty else { continue }
      // Whatever the context, an auxiliary, light or stative verb ("was", "had", "took",
      // "seemed") is no trigger (see `choose`): a word with only such senses is passed over
      // before its context is read.
      if senses.allSatisfy({ !lexicon.sense($0).flags.isDisjoint(with: EventFinder.neverTriggers) }) { continue }
      let form = Form(finder: self, start: t, length: length)
      guard let sense = choose(senses, form: form, at: t, length: length, in: range, firstWord: firstWord) else {
        continue
      }
      // What would, could or might happen did not ("would be released", "could have built").
      if sense.partOfSpeech == .verb && isHypothetical(t, in: range) { continue }
      let isPast = sense.partOfSpeech == .verb && !form.isLemma(of: sense, lexicon) && !form.endsWith("ing") && !form.endsWith("s")
      result.append(TriggerWord(start: t, end: t + length, sense: sense, isPast: isPast))
      t += length - 1
    }
  }

  /// The first token from `start` (before `end`) that the lexicon has, with senses or starting a
  /// phrase, and that may be a trigger: a word outside names and times, not a clitic, and not
  /// capitalised inside the sentence (a name, not an event; `firstWord` is the sentence's first).
  /// Every word of every sentence is looked at here: through the lists' buffers, in one loop.
  private func nextWord(from start: Int, to end: Int, firstWord: Int) -> (
    index: Int, senses: Range<Int>, startsPhrase: Bool
  )? {
    tokens.withUnsafeBufferPointer { tokens in
      mentionAt.withUnsafeBufferPointer { mentionAt in
        timeAt.withUnsafeBufferPointer { timeAt in
          forms.withUnsafeBufferPointer { forms in
            var t = start
            while t < end {
              let token = tokens[t]
              if token.kind == .word && mentionAt[t] < 0 && timeAt[t] < 0 && !token.flags.contains(.clitic)
                && !(token.flags.contains(.capitalized) && t != firstWord && !token.flags.contains(.allCaps))
              {
                // Read when the finder was made, but for a capitalised word (first in its
                // sentence, or in capitals).
                let form = forms[t] == EventLexicon.unread ? lexicon.form(keys[t]) : forms[t]
                let senses = EventLexicon.senses(of: form)
                let startsPhrase = EventLexicon.startsPhrase(form)
                if !senses.isEmpty || startsPhrase { return (t, senses, startsPhrase) }
              }
              t += 1
            }
            return nil
          }
        }
      }
    }
  }

  /// A trigger's text as written, compared with lemmas by key for one word and by text for a
  /// phrase (the string made only then: a form holds none, so it costs nothing to let go).
  private struct Form {
    let key: UInt64
    let isPhrase: Bool
    let bytes: UnsafeBufferPointer<UInt8>
    let range: TextRange

    init(finder: EventFinder, start: Int, length: Int) {
      range = TextRange(start: finder.tokens[start].range.start, end: finder.tokens[start + length - 1].range.end)
      key = finder.keys[start]
      isPhrase = length > 1
      bytes = finder.bytes
    }

    /// Whether the form is the sense's lemma itself (not an inflection).
    func isLemma(of sense: EventLexicon.Sense, _ lexicon: EventLexicon) -> Bool {
      guard isPhrase else { return key == sense.lemmaKey }
      return bytes.string(in: range).lowercased() == lexicon.lemma(of: sense)
    }

    /// Whether the form ends with an ASCII lower-case suffix, in any case.
    func endsWith(_ suffix: StaticString) -> Bool { UTF8Scanning.hasASCIISuffix(bytes, range, suffix) }
  }

  /// The senses that never make a trigger.
  static let neverTriggers: EventLexicon.Flags = [.auxiliary, .light, .stative]

  /// The sense of a trigger in context, or `nil` when the word is no event here.
  private func choose(
    _ senses: Range<Int>, form: Form, at t: Int, length: Int, in range: Range<Int>,
    firstWord: Int
  ) -> EventLexicon.Sense? {
    let previous = previousWord(before: t, in: range)
    let previousKey = previous.map { keys[$0] } ?? 0
    let determiners = words.determiners
    let verbCues = words.verbCues
    let afterPossessive = t > range.lowerBound && tokens[t - 1].flags.contains(.clitic)
      || (t > range.lowerBound && isPunctuation(t - 1, words.apostrophes) && !tokens[t - 1].flags.contains(.spaceBefore))
    let afterDeterminer = determiners.contains(previousKey) || afterPossessive
      || (previous.map { keys[$0] == words.highly || keys[$0] == words.widely } ?? false)
    let afterVerbCue = verbCues.contains(previousKey) || (previous.map { mentionAt[$0] >= 0 } ?? false)

    var wanted: EventLexicon.PartOfSpeech?
    if afterDeterminer {
      wanted = .noun
    } else if afterVerbCue {
      wanted = .verb
    }
    // The senses in the wanted part of speech, if the word has any; else all of them.
    var restrict = false
    if let wanted {
      for i in senses where lexicon.sense(i).partOfSpeech == wanted {
        restrict = true
        break
      }
    }
    // Without a cue, a form that is a verb's inflection ("met", "said") reads as the verb; then
    // a noun; then any eligible sense.
    var inflectedVerb: Int?
    var noun: Int?
    var any: Int?
    for i in senses where !restrict || lexicon.sense(i).partOfSpeech == wanted {
      let sense = lexicon.sense(i)
      if any == nil { any = i }
      if sense.partOfSpeech == .verb {
        if !form.isLemma(of: sense, lexicon) {
          inflectedVerb = i
          break
        }
      } else if noun == nil {
        noun = i
      }
    }
    guard let chosen = inflectedVerb ?? noun ?? any else { return nil }
    let sense = lexicon.sense(chosen)
    if !sense.flags.isDisjoint(with: EventFinder.neverTriggers) { return nil }
    if sense.flags.contains(.ambiguous) && !(sense.partOfSpeech == .noun && afterDeterminer) { return nil }
    if sense.partOfSpeech == .verb {
      // A participle after a determiner is an adjective ("the failed talks", "a backed plan").
      if afterDeterminer { return nil }
      // An imperative at the start of a sentence is an instruction, not an event ("Subscribe to …").
      if t == firstWord && form.isLemma(of: sense, lexicon) { return nil }
    }
    return sense
  }

  /// Whether the verb at `t` is governed by a modal of possibility or condition ("would",
  /// "could", "should", "might", "may", "must", "can"): "would not be released", "could have
  /// built".
  func isHypothetical(_ t: Int, in range: Range<Int>) -> Bool {
    auxiliary(of: t, in: range).map { words.modals.contains(keys[$0]) } ?? false
  }

  /// The word that governs the verb at `t` as an auxiliary or modal: the nearest word before it
  /// that is not "not", "be", "been", "have" or an adverb that stands between an auxiliary and
  /// its verb ("had already left", "would not be released"), at most four words back; `nil`
  /// when a name, punctuation or the sentence's start comes first.
  func auxiliary(of t: Int, in range: Range<Int>) -> Int? {
    var k = t
    for _ in 0..<4 {
      guard let previous = previousWord(before: k, in: range), mentionAt[previous] < 0 else { return nil }
      guard words.auxiliaryBridges.contains(keys[previous]) else { return previous }
      k = previous
    }
    return nil
  }

  /// The word token before `t` in the sentence, if any.
  func previousWord(before t: Int, in range: Range<Int>) -> Int? {
    var k = t - 1
    while k >= range.lowerBound {
      if tokens[k].kind == .word { return k }
      if tokens[k].kind == .punctuation && !isPunctuation(k, words.wordJoiners) { return nil }
      k -= 1
    }
    return nil
  }
}
