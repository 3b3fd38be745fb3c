/// Reads which way a sentence looks in time from its verbs: "met", "was", "said" look back;
/// "will", "'ll", "is scheduled" look ahead. A time expression takes the direction of the
/// nearest cue in its sentence; with no cue it takes the nearest instance.
struct TenseCues {
  /// Past participles and adjectives ending in "-ed" that are not past-tense verbs.
  private static let notPast: Set<String> = [
    "need", "needed", "feed", "speed", "seed", "weed", "bleed", "breed", "creed", "deed", "greed", "heed", "proceed",
    "succeed", "exceed", "indeed", "red", "bed", "shed", "wed", "embed", "hundred", "sacred", "naked", "wicked",
    "crooked", "ragged", "rugged", "kindred", "hatred", "shred", "sled", "based", "related", "concerned",
    "interested", "limited", "united", "detailed", "advanced", "experienced", "skilled", "talented", "beloved",
    "alleged", "supposed", "so-called", "expected", "scheduled", "planned", "proposed", "anticipated",
  ]

  let lexicon: TimeLexicon

  /// The direction of each position's nearest cue in a run of tokens (one sentence):
  /// `past`, `future`, or `nil` when the sentence has no cue.
  func direction(at position: Int, tokens: [Token], words: [Int32], sentence: Range<Int>, bytes: UnsafeBufferPointer<UInt8>)
    -> TemporalDirection?
  {
    var best: (distance: Int, direction: TemporalDirection)?
    var index = sentence.lowerBound
    while index < sentence.upperBound {
      if let cue = cue(at: index, tokens: tokens, words: words, sentence: sentence, bytes: bytes) {
        let distance = abs(index - position)
        if best == nil || distance < best!.distance || (distance == best!.distance && cue == .future) {
          best = (distance, cue)
        }
      }
      index += 1
    }
    return best?.direction
  }

  /// The cue a token gives, if any.
  private func cue(at index: Int, tokens: [Token], words: [Int32], sentence: Range<Int>, bytes: UnsafeBufferPointer<UInt8>)
    -> TemporalDirection?
  {
    let token = tokens[index]
    guard token.kind == .word, !token.flags.contains(.capitalized) || token.flags.contains(.sentenceStart) else {
      return nil
    }
    let id = Int(words[index])
    var categories: WordCategory = []
    var text = ""
    if id >= 0 {
      categories = lexicon[id].categories
      text = lexicon[id].text
    }
    if categories.contains(.futureCue) { return .future }
    if text == "is" || text == "are" { return .future }
    var isPast = categories.contains(.pastCue)
    if !isPast && id < 0 && token.range.length >= 5 {
      // A regular past tense: a lower-case word ending in "-ed".
      let end = token.range.end
      if bytes[end - 1] | 0x20 == 0x64, bytes[end - 2] | 0x20 == 0x65, token.flags.contains(.lowercase),
        !token.flags.contains(.hasDigit)
      {
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range.start..<end]), as: UTF8.self).lowercased()
        isPast = !TenseCues.notPast.contains(word) && !(word.hasSuffix("eed") && word != "agreed" && word != "freed")
      }
    }
    guard isPast else { return nil }
    // A participle after "be" is passive, not past: "will be held".
    var back = index - 1
    var steps = 0
    while back >= sentence.lowerBound && steps < 2 {
      let previous = Int(words[back])
      if previous >= 0 && lexicon[previous].categories.contains(.beForm) { return nil }
      back -= 1
      steps += 1
    }
    return .past
  }
}
