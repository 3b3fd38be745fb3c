/// Reads which way a sentence looks in time from its verbs: "met", "was", "said" look back;
/// "will", "'ll", "is scheduled" look ahead. A time expression takes the direction of the
/// nearest cue in its sentence; with no cue it takes the nearest instance.
struct TenseCues {
  /// The time words, which include the tense cue words.
  let lexicon: TimeLexicon

  /// The tense cues of a run of tokens (one sentence): positions and directions, in order,
  /// and the positions of clause breaks (commas, semicolons, dashes).
  func cues(tokens: [Token], words: [Int32], sentence: Range<Int>, bytes: UnsafeBufferPointer<UInt8>)
    -> (cues: [(Int, TemporalDirection)], breaks: [Int])
  {
    var out: [(Int, TemporalDirection)] = []
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
      if let cue = cue(at: index, tokens: tokens, words: words, sentence: sentence, bytes: bytes) { out.append((index, cue)) }
    }
    return (out, breaks)
  }

  /// The direction of the cue nearest to a position (a future cue wins a tie), or `nil`.
  /// Each comma, semicolon or dash between them counts as three more tokens, so that a cue in
  /// the same clause wins ("which was delayed on Monday, will be held on Friday").
  static func direction(at position: Int, cues: [(Int, TemporalDirection)], breaks: [Int] = []) -> TemporalDirection? {
    var best: (distance: Int, direction: TemporalDirection)?
    for (index, cue) in cues {
      var distance = abs(index - position)
      for point in breaks where (point > min(index, position) && point < max(index, position)) { distance += 3 }
      if best == nil || distance < best!.distance || (distance == best!.distance && cue == .future) {
        best = (distance, cue)
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
