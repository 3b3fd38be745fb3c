/// Finds a document's own date when none was given: a dateline ("WASHINGTON, Feb. 28, 2019 —",
/// "Feb 28 (Reuters) -") or a date on a line of its own near the top ("January 09 , 2008").
///
/// Only the first few sentences are looked at. A dateline without a year ("Feb 28 (Reuters)")
/// takes the year the document names most often (the latest on a tie); with no year in the
/// text it is not used.
struct ReferenceDateDetector {
  /// How many sentences from the top are searched.
  static let sentences = 4
  /// Words that may label a date line ("Published: June 5, 2018").
  static let labels: Set<String> = [
    "published", "updated", "posted", "date", "dated", "last", "modified", "on", "at", "created", "issued",
    "released", "filed", "am", "pm", "a.m.", "p.m.",
  ]

  let lexicon: TimeLexicon

  /// The reference date found in the text, if any.
  ///
  /// Linear in the tokens of the sentences looked at: their bounds and label counts are
  /// found once per sentence, not once per date in it (a sentence can be a whole 50 MB line).
  func detect(
    candidates: [TimeCandidate], tokens: [Token], words: [Int32], sentences: [Sentence], bytes: UnsafeBufferPointer<UInt8>
  ) -> ReferenceDate? {
    var current: (sentence: Int, labels: LabelCounts)?
    var commonYear: Int??
    for candidate in candidates {
      guard candidate.sentence < ReferenceDateDetector.sentences, case .time(let spec) = candidate.meaning,
        spec.month != nil, spec.day != nil, spec.relation == .free, spec.mod == nil
      else { continue }
      if current?.sentence != candidate.sentence {
        // The sentence's tokens: the same for every candidate in it.
        let sentence = sentences[candidate.sentence].range
        var first = candidate.token
        while first > 0 && tokens[first - 1].range.start >= sentence.start { first -= 1 }
        var last = candidate.token
        while last < tokens.count && tokens[last].range.start < sentence.end { last += 1 }
        current = (candidate.sentence, labelCounts(tokens, words, first..<last))
      }
      let labels = current!.labels
      // Tokens of the sentence before and after the match.
      let first = labels.range.lowerBound
      var afterMatch = candidate.token
      while afterMatch < tokens.count && tokens[afterMatch].range.start < candidate.matched.end { afterMatch += 1 }
      let last = max(afterMatch, labels.range.upperBound)

      let onItsOwn =
        labels.isOnlyLabels(first..<candidate.token) && labels.isOnlyLabels(min(afterMatch, last)..<last)
      // "WASHINGTON, Feb. 28, 2019 —" or, at the start of the sentence, "Feb 28 (Reuters) -".
      let dateline =
        (first == candidate.token || isPlaceName(tokens, words, first..<candidate.token, bytes))
        && endsDateline(tokens, afterMatch, last, bytes)
      guard onItsOwn || dateline else { continue }

      var year = spec.year
      if year == nil, let short = spec.shortYear { year = short < 30 ? 2000 + short : 1900 + short }
      if year == nil {
        guard dateline else { continue }
        if commonYear == nil { commonYear = mostCommonYear(candidates) }
        guard let common = commonYear! else { continue }
        year = common
      }
      guard let year, let month = spec.month, let day = spec.day else { continue }
      var hour: Int?
      var minute: Int?
      if let h = spec.hour, spec.partOfDay == nil {
        hour = h
        minute = spec.minute ?? 0
      }
      guard let value = DateTimeValue(year: year, month: month, day: day, hour: hour, minute: minute) else { continue }
      return ReferenceDate(value: value, source: .text, range: candidate.range)
    }
    return nil
  }

  /// Running counts of a sentence's label words and other words, so that whether a stretch of
  /// it is only punctuation, numbers and label words takes two subtractions.
  struct LabelCounts {
    /// The sentence's tokens.
    let range: Range<Int>
    /// `labels[i]`, `others[i]`: label words and other words among the first `i` tokens.
    var labels: [Int32] = [0]
    var others: [Int32] = [0]

    /// Whether tokens (within ``range``, or none) are only punctuation, numbers and at most
    /// three label words.
    func isOnlyLabels(_ tokens: Range<Int>) -> Bool {
      guard !tokens.isEmpty else { return true }
      let low = tokens.lowerBound - range.lowerBound
      let high = tokens.upperBound - range.lowerBound
      return others[high] == others[low] && labels[high] - labels[low] <= 3
    }
  }

  /// The label-word counts of a sentence's tokens.
  private func labelCounts(_ tokens: [Token], _ words: [Int32], _ range: Range<Int>) -> LabelCounts {
    var counts = LabelCounts(range: range)
    counts.labels.reserveCapacity(range.count + 1)
    counts.others.reserveCapacity(range.count + 1)
    var labels: Int32 = 0
    var others: Int32 = 0
    for index in range {
      if tokens[index].kind == .word {
        let id = Int(words[index])
        if id >= 0, ReferenceDateDetector.labels.contains(lexicon[id].text) || lexicon.categories(id).contains(.weekday) {
          labels += 1
        } else {
          others += 1
        }
      }
      counts.labels.append(labels)
      counts.others.append(others)
    }
    return counts
  }

  /// Whether tokens look like a dateline's place: one to eight capitalized words, commas and
  /// periods ("WASHINGTON,", "HANOI, Vietnam,", "Washington, D.C.,").
  private func isPlaceName(_ tokens: [Token], _ words: [Int32], _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !range.isEmpty, range.count <= 12 else { return false }
    var names = 0
    for index in range {
      let token = tokens[index]
      switch token.kind {
      case .word:
        guard token.flags.contains(.capitalized) || token.flags.contains(.allCaps) else { return false }
        names += 1
      case .punctuation:
        let byte = bytes[token.range.start]
        guard byte == 0x2C || byte == 0x2E || byte == 0x28 || byte == 0x29 else { return false }
      default:
        return false
      }
    }
    guard names >= 1 && names <= 8 else { return false }
    // The place ends with a comma before the date.
    let last = tokens[range.upperBound - 1]
    return last.kind == .punctuation && bytes[last.range.start] == 0x2C
  }

  /// Whether a dateline's date is followed by a dash, an agency in parentheses, or nothing.
  private func endsDateline(_ tokens: [Token], _ index: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard index < end else { return true }
    let token = tokens[index]
    guard token.kind == .punctuation else { return false }
    let byte = bytes[token.range.start]
    if byte == 0x2D { return true }
    if byte == 0xE2 && token.range.length == 3 && bytes[token.range.start + 1] == 0x80 {
      let third = bytes[token.range.start + 2]
      return third == 0x93 || third == 0x94
    }
    if byte == 0x28 {
      // "(Reuters) -"
      var k = index + 1
      while k < end && k < index + 6 {
        if tokens[k].kind == .punctuation && bytes[tokens[k].range.start] == 0x29 {
          return k + 1 >= end || tokens[k + 1].kind == .punctuation
        }
        k += 1
      }
    }
    return false
  }

  /// The year the document's dated expressions name most often (the latest on a tie).
  private func mostCommonYear(_ candidates: [TimeCandidate]) -> Int? {
    var counts: [Int: Int] = [:]
    for candidate in candidates {
      if case .time(let spec) = candidate.meaning, let year = spec.year, (1000...2999).contains(year) {
        counts[year, default: 0] += 1
      }
    }
    return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key < b.key }?.key
  }
}
