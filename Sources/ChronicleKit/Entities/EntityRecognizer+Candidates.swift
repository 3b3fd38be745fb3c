extension EntityRecognizer {
  /// The gazetteer matches of sentence `index`, added to ``matchBuffer`` (the sentence's part
  /// noted in its span) for ``listCandidates(in:into:pool:)``, with the longest match at each
  /// of its tokens noted (what the rules read).
  mutating func listMatches(inSentence index: Int) {
    let sentence = sentences[index]
    // Taken out, so that the matcher appends to a list of this method's own.
    var matches: [GazetteerMatcher.Match] = []
    swap(&matches, &matchBuffer)
    defer { swap(&matches, &matchBuffer) }
    let first = matches.count
    // In capitals, names are matched in title case too: a whole sentence ("NORTH KOREA SAYS …"),
    // or a dateline's place ("NEW DELHI (Reuters) -", "KYIV, Ukraine (AP) —").
    var titleKeys: [UInt64]? = nil
    let capitals = sentence.isAllCaps ? sentence.tokens : datelinePlace(in: sentence)
    if !capitals.isEmpty {
      var keys = exactKeys
      for i in capitals where tokens[i].kind == .word {
        keys[i] = TokenKey.key(bytes, tokens[i].range, case: .title)
      }
      titleKeys = keys
    }
    // Entries start with a capital or a digit (only `fold` entries match otherwise, and those
    // are walked with lower-case keys from every token).
    let tokens = self.tokens
    let everyToken = gazetteer.hasFoldEntries
    gazetteer.matches(
      startingIn: sentence.tokens, limit: sentence.tokens.upperBound, keys: exactKeys, lowerKeys: lowerKeys,
      alternateKeys: titleKeys,
      where: { everyToken || tokens[$0].flags.contains(.capitalized) || tokens[$0].kind == .number },
      into: &matches)
    for match in matches[first...] where Int32(match.tokenEnd) > longestMatchEnd[match.tokenStart] {
      longestMatchEnd[match.tokenStart] = Int32(match.tokenEnd)
      longestMatchEntry[match.tokenStart] = match.best
    }
    sentences[index].matches = first..<matches.count
  }

  /// The candidates of a sentence's gazetteer matches (``listMatches(inSentence:)``), filtered
  /// by context, added to `found`; their entries are added to `pool` (the ``entryPool``, taken
  /// out).
  func listCandidates(in sentence: SentenceSpan, into found: inout [Candidate], pool: inout [Int32]) {
    for match in matchBuffer[sentence.matches] {
      let best = Int(match.best)
      let entries = gazetteer.entries
      var candidate = Candidate(
        tokenStart: match.tokenStart, tokenEnd: match.tokenEnd, type: entries.type(best), entries: 0..<0,
        method: .list, evidence: .list, strength: Strength.list)
      if entries.flags(best).contains(.stop) {
        candidate.isStop = true
        candidate.strength = Strength.stop
      } else {
        guard let strength = listStrength(match, best: best, in: sentence) else { continue }
        candidate.strength = strength
      }
      candidate.entries = EntityRecognizer.add(gazetteer.entries(of: match), to: &pool)
      found.append(candidate)
    }
  }

  /// The words in capitals that open a sentence as a dateline's place: one to four words of two
  /// or more capitals, then a comma, an opening bracket or a dash ("NEW DELHI (Reuters) -",
  /// "KYIV, Ukraine (AP) —", "WASHINGTON —"); empty when there are none.
  /// (Inlined: called from passes that change the recognizer; see ``EntityRecognizer``.)
  @inline(__always)
  func datelinePlace(in sentence: SentenceSpan) -> Range<Int> {
    let start = sentence.firstWord
    var end = start
    while end < sentence.tokens.upperBound && end - start < 4 && isWord(end) && tokens[end].flags.contains(.allCaps)
      && tokens[end].range.length >= 2
    {
      end += 1
    }
    guard end > start, end < sentence.tokens.upperBound, tokens[end].kind == .punctuation else { return start..<start }
    let byte = bytes[tokens[end].range.start]
    // ",", "(", "-", or the first byte of "–" or "—" (E2 80 93 / E2 80 94).
    guard byte == 0x2C || byte == 0x28 || byte == 0x2D || byte == 0xE2 else { return start..<start }
    return start..<end
  }

  /// How far to trust a gazetteer match in its context, or `nil` to drop it.
  private func listStrength(_ match: GazetteerMatcher.Match, best index: Int, in sentence: SentenceSpan) -> Int? {
    let entries = gazetteer.entries
    if entries.isUserEntry(index) { return Strength.userList }
    let best = (type: entries.type(index), flags: entries.flags(index), priority: entries.priority(index))
    let start = match.tokenStart
    // A name inside a hyphenated word is not that name ("Wal" in "Wal-Mart").
    if isJoiningHyphen(match.tokenEnd, limit: sentence.tokens.upperBound)
      || (start >= 2 && isJoiningHyphen(start - 1, limit: sentence.tokens.upperBound) && isWord(start - 2)
        && !tokens[start - 1].flags.contains(.spaceBefore))
    {
      return nil
    }
    let single = match.tokenEnd - start == 1 || (match.tokenEnd - start == 2 && !isWord(start + 1))
    // A match must start with a capital (or a digit), whatever the entry says, unless the entry
    // folds case; all-caps words of one or two letters need the entry to be an abbreviation.
    if !best.flags.contains(.fold) {
      guard tokens[start].flags.contains(.capitalized) || tokens[start].kind == .number else { return nil }
    }
    // Months and weekdays are times, not places ("March", "28 May").
    if match.tokenEnd - start <= 2,
      (start..<match.tokenEnd).contains(where: { cls[$0].contains(.time) })
    {
      return nil
    }
    guard single else { return Strength.list }
    // "German", "Canadian": an adjective of nationality, not the place a gazetteer names so.
    if best.type == .location && cls[start].contains(.demonym) { return nil }
    // In all-capitals text a word's capitals say nothing either: "THE", "AND", "MAP" there are
    // the words, not the parties or companies so abbreviated. Only the best-known abbreviations
    // (UN, WHO, US: priority 80 and up) are taken there.
    if sentence.isAllCaps && !tokens[start].flags.contains(.dotted) && cls[start].contains(.common)
      && best.priority < 80
    {
      return nil
    }
    // An acronym that `not-names.txt` lists (CPI, GPS, ICU) is that, not the party or the body
    // some list abbreviates so, unless the list is one of the best known (priority 80 and up).
    if cls[start].contains(.nonNameAcronym) && !tokens[start].flags.contains(.dotted) && best.priority < 80 {
      return nil
    }
    // Abbreviations ("U.S.", "UN", "WHO") are not the common words their letters spell.
    if tokens[start].flags.contains(.dotted) || best.flags.contains(.abbreviation)
      || (tokens[start].flags.contains(.allCaps) && tokens[start].range.length >= 2 && !sentence.isAllCaps)
    {
      return Strength.list
    }
    let initial = isSentenceInitial(start, in: sentence) || sentence.isTitleCase || sentence.isAllCaps
    let isCommonWord = cls[start].contains(.common)
    // A place named like a very common word ("Best", "Summit", "Home") needs support.
    if best.type == .location && cls[start].contains(.veryCommon) {
      return hasPlaceSupport(match.tokenStart, match.tokenEnd, in: sentence) ? Strength.list : nil
    }
    if best.flags.contains(.common) || (isCommonWord && best.priority < 80) {
      if hasPlaceSupport(match.tokenStart, match.tokenEnd, in: sentence) && best.type == .location {
        return Strength.list
      }
      return initial ? nil : Strength.weakList
    }
    if sentence.isAllCaps && tokens[start].range.length <= 2 && !best.flags.contains(.abbreviation) { return nil }
    return Strength.list
  }

  /// Whether a place name has support around it: a cue before it ("in", "from") or a region or
  /// country after a comma ("Nice, France").
  func hasPlaceSupport(_ start: Int, _ end: Int, in sentence: SentenceSpan) -> Bool {
    if start > sentence.tokens.lowerBound, cls[start - 1].contains(.placeCue) { return true }
    if end + 1 < sentence.tokens.upperBound, isPunctuation(end, 0x2C) {
      return isPlace(at: end + 1, limit: sentence.tokens.upperBound)
    }
    return false
  }

  /// Whether a gazetteer place name starts at token `start` (an adjective of nationality alone,
  /// "German", is none).
  func isPlace(at start: Int, limit: Int) -> Bool {
    guard start < limit, isCapitalized(start), longestMatchEnd[start] > 0, Int(longestMatchEnd[start]) <= limit,
      !(cls[start].contains(.demonym) && longestMatchEnd[start] == start + 1)
    else {
      return false
    }
    return gazetteer.entries.type(Int(longestMatchEntry[start])) == .location
  }

  /// "City, Country" and "City, State" after a place cue or at the start of a sentence (a
  /// dateline): the capitalised words before the comma are a place.
  func cityCountryCandidates(in sentence: SentenceSpan, into candidates: inout [Candidate]) {
    let range = sentence.tokens
    // The word before the comma is capitalised: visit those words.
    for k in sentence.capitals {
      let comma = Int(capitals[k]) + 1
      guard comma + 1 < range.upperBound, isPunctuation(comma, 0x2C), isPlace(at: comma + 1, limit: range.upperBound)
      else { continue }
      var start = comma - 1
      while start > range.lowerBound, comma - start < 3, isCapitalized(start - 1) { start -= 1 }
      let before = start - 1
      let supported =
        isSentenceInitial(start, in: sentence)
        || (before >= range.lowerBound
          && (cls[before].contains(.placeCue) || isPunctuation(before, 0x28)))
      guard supported else { continue }
      candidates.append(
        Candidate(
          tokenStart: start, tokenEnd: comma, type: .location, entries: 0..<0, method: .rule, evidence: .cityCountry,
          strength: Strength.cityCountry))
    }
  }
}
