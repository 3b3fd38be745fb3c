/// Reads which way a sentence looks in time from its verbs: "met", "was", "said" look back;
/// "will", "'ll", "is scheduled" look ahead. A time expression takes the direction of the
/// nearest cue in its sentence; with no cue it takes the nearest instance.
struct TenseCues {
  /// The time words, which include the tense cue words.
  let lexicon: TimeLexicon

  /// A word that tells a direction, at a token.
  struct Cue {
    var position: Int
    var direction: TemporalDirection
    /// A reporting verb that follows what it reports after a break, with at most its subject
    /// between, near the sentence's end ("…, Erdogan said.", "…, officials said on Monday."):
    /// its tense is when it was said, not when what it reports happens, so it tells nothing to
    /// a time before the break. ("While addressing reporters on Thursday, Trump said North
    /// Korea wanted …" goes on after the verb: no attribution.)
    var isAttribution = false
  }

  /// The tense cues of a run of tokens (one sentence), in order, and the positions of clause
  /// breaks (commas, semicolons, dashes).
  func cues(tokens: [Token], words: [Int32], sentence: Range<Int>, bytes: UnsafeBufferPointer<UInt8>)
    -> (cues: [Cue], breaks: [Int])
  {
    var out: [Cue] = []
    var breaks: [Int] = []
    for index in sentence {
      let token = tokens[index]
      if token.kind == .punctuation {
        let byte = bytes[token.range.start]
        if byte == 0x2C || byte == 0x3B || (byte == 0xE2 && token.range.length == 3) || (byte == 0x2D && token.flags.contains(.spaceBefore)) {
          breaks.append(index)
        }
        continue
      }
      if let direction = cue(at: index, tokens: tokens, words: words, sentence: sentence, bytes: bytes) {
        var cue = Cue(position: index, direction: direction)
        if direction == .past, Int(words[index]) >= 0, lexicon.categories(Int(words[index])).contains(.reportingVerb),
          let lastBreak = breaks.last, index - lastBreak <= 6, sentence.upperBound - index <= 8,
          !out.contains(where: { $0.position > lastBreak })
        {
          cue.isAttribution = true
        }
        out.append(cue)
      }
    }
    return (out, breaks)
  }

  /// The direction of the cue nearest to a position (a future cue wins a tie), or `nil`.
  /// Each comma, semicolon or dash between them counts as three more tokens, so that a cue in
  /// the same clause wins ("which was delayed on Monday, will be held on Friday").
  ///
  /// `cues` and `breaks` are in token order, as ``cues(tokens:words:sentence:bytes:)`` gives
  /// them. The distance only grows with each cue further away on either side, so the nearest
  /// is the last cue at or before the position or the first after it: two binary searches,
  /// not a scan of the sentence, for each time expression of a long one.
  static func direction(at position: Int, cues: [Cue], breaks: [Int] = []) -> TemporalDirection? {
    /// The number of elements before the first one that is not less than `value`.
    func lowerBound(_ count: Int, _ value: Int, _ element: (Int) -> Int) -> Int {
      var low = 0
      var high = count
      while low < high {
        let middle = (low + high) / 2
        if element(middle) < value { low = middle + 1 } else { high = middle }
      }
      return low
    }
    func breaksBetween(_ a: Int, _ b: Int) -> Int {
      guard b - a > 1 else { return 0 }
      return lowerBound(breaks.count, b) { breaks[$0] } - lowerBound(breaks.count, a + 1) { breaks[$0] }
    }
    let after = lowerBound(cues.count, position + 1) { cues[$0].position }
    var best: (distance: Int, direction: TemporalDirection)?
    if after > 0 {
      let cue = cues[after - 1]
      best = (position - cue.position + 3 * breaksBetween(cue.position, position), cue.direction)
    }
    if after < cues.count {
      let cue = cues[after]
      let breaks = breaksBetween(position, cue.position)
      let distance = cue.position - position + 3 * breaks
      if !(cue.isAttribution && breaks > 0),
        best == nil || distance < best!.distance || (distance == best!.distance && cue.direction == .future)
      {
        best = (distance, cue.direction)
      }
    }
    return best?.direction
  }

  /// The cue a token gives, if any.
  private func cue(at index: Int, tokens: [Token], words: [Int32], sentence: Range<Int>, bytes: UnsafeBufferPointer<UInt8>)
    -> TemporalDirection?
  {
    let token = tokens[index]
    guard token.kind == .word, !token.flags.contains(.hasDigit),
      !token.flags.contains(.capitalized) || token.flags.contains(.sentenceStart)
    else {
      return nil
    }
    let id = Int(words[index])
    var isPast = false
    if id >= 0 {
      let categories = lexicon.categories(id)
      if categories.contains(.futureCue) { return .future }
      if categories.contains(.notPast) { return nil }
      isPast = categories.contains(.pastCue)
    }
    if !isPast && token.range.length >= 5 && token.flags.contains(.lowercase) {
      // A regular past tense: a lower-case word ending in "-ed" (but not "-eed": "proceed").
      let end = token.range.end
      isPast = bytes[end - 1] == 0x64 && bytes[end - 2] == 0x65 && bytes[end - 3] != 0x65
    }
    guard isPast else { return nil }
    // A participle after "be" is passive, not past: "will be held".
    var back = index - 1
    var steps = 0
    while back >= sentence.lowerBound && steps < 2 {
      let previous = tokens[back].kind == .word ? Int(words[back]) : -1
      if previous >= 0 && lexicon.categories(previous).contains(.beForm) { return nil }
      back -= 1
      steps += 1
    }
    return .past
  }
}
