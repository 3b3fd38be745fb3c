/// Rules for names that no list has.
extension EntityRecognizer {
  /// Whether token `i` can be part of a person's name: a capitalised word that is not a month
  /// or weekday, a title, or an organization word.
  func isNameWord(_ i: Int, in sentence: SentenceSpan) -> Bool {
    guard isCapitalized(i), !lexicon.timeWords.contains(lowerKeys[i]) else { return false }
    if tokens[i].flags.contains(.allCaps) && tokens[i].range.length > 1 && !sentence.isAllCaps { return false }
    return !lexicon.organizationSuffixes.contains(lowerKeys[i]) && !lexicon.organizationHeads.contains(lowerKeys[i])
  }

  /// The end of a person's name starting at `start`: up to four name words, with initials
  /// ("J."), joined hyphens ("Jae-in") and particles ("de", "van") between them.
  func personNameEnd(from start: Int, in sentence: SentenceSpan, maximumWords: Int = 4) -> Int {
    let limit = sentence.tokens.upperBound
    var i = start
    var words = 0
    var end = start
    while i < limit && words < maximumWords {
      if isInitial(i, limit: limit) && words > 0 {
        i += 2
        continue
      }
      if isNameWord(i, in: sentence) && !(words > 0 && startsTitleBeforeName(i, in: sentence)) {
        i += 1
        words += 1
        while isJoiningHyphen(i, limit: limit) { i += 2 }
        end = i
        continue
      }
      if words > 0, i + 1 < limit, isWord(i), !tokens[i].flags.contains(.capitalized),
        lexicon.nameParticles.contains(lowerKeys[i]), isNameWord(i + 1, in: sentence)
      {
        i += 1
        continue
      }
      break
    }
    return end
  }

  /// Whether a title starting at `i` is followed by a name word ("… Trump Secretary Pompeo").
  func startsTitleBeforeName(_ i: Int, in sentence: SentenceSpan) -> Bool {
    guard lexicon.titles.startsPhrase(lowerKeys[i]),
      let length = lexicon.titles.longestMatch(lowerKeys, at: i, limit: sentence.tokens.upperBound),
      i + length < sentence.tokens.upperBound
    else { return false }
    return isNameWord(i + length, in: sentence)
  }

  /// A title before a name: "President Donald Trump", "Foreign Minister Ri Yong Ho",
  /// "Chairman Kim", "dictator Kim Jong Un". The title is not part of the name.
  mutating func titleCandidates(in sentence: SentenceSpan) {
    let limit = sentence.tokens.upperBound
    for i in sentence.tokens where isWord(i) && lexicon.titles.startsPhrase(lowerKeys[i]) {
      guard let length = lexicon.titles.longestMatch(lowerKeys, at: i, limit: limit) else { continue }
      let start = i + length
      guard start < limit else { continue }
      let end = personNameEnd(from: start, in: sentence)
      guard end > start else { continue }
      candidates.append(
        Candidate(
          tokenStart: start, tokenEnd: end, type: .person, entries: [], method: .rule, evidence: "title",
          strength: Strength.titleRule, familyNameFirst: lexicon.familyNames.contains(lowerKeys[start]) && end - start >= 2))
    }
  }

  /// A Census given name before a capitalised surname: "Sarah Sanders", "Vivian Salama".
  mutating func givenNameCandidates(in sentence: SentenceSpan) {
    for i in sentence.tokens where isCapitalized(i) && lexicon.givenNames.contains(lowerKeys[i]) {
      guard isNameWord(i, in: sentence), i + 1 < sentence.tokens.upperBound else { continue }
      let end = personNameEnd(from: i, in: sentence, maximumWords: 3)
      guard end - i >= 2 else { continue }
      // A given name that is also a common word ("Will", "Bill") at the start of a sentence or
      // in a headline needs a Census surname after it.
      if (isSentenceInitial(i, in: sentence) || sentence.isTitleCase)
        && lexicon.commonWords.contains(lowerKeys[i])
      {
        guard lexicon.surnames[lowerKeys[end - 1]] != nil else { continue }
      }
      if sentence.isTitleCase {
        guard lexicon.surnames[lowerKeys[end - 1]] != nil else { continue }
      }
      candidates.append(
        Candidate(
          tokenStart: i, tokenEnd: end, type: .person, entries: [], method: .rule, evidence: "given-name",
          strength: Strength.nameRule))
    }
  }

  /// A family name written first, then one or two given-name syllables: "Kim Jong Un",
  /// "Ri Yong Ho", "Xi Jinping", "Moon Jae-in".
  mutating func familyNameFirstCandidates(in sentence: SentenceSpan) {
    let limit = sentence.tokens.upperBound
    for i in sentence.tokens where isCapitalized(i) && lexicon.familyNames.contains(lowerKeys[i]) {
      var j = i + 1
      var syllables = 0
      var hyphenated = false
      while j < limit && syllables < 2 && isNameWord(j, in: sentence) && letterCount(j) <= 8
        && !lexicon.veryCommonWords.contains(lowerKeys[j]) && !lexicon.titles.startsPhrase(lowerKeys[j])
      {
        j += 1
        syllables += 1
        while isJoiningHyphen(j, limit: limit) {
          j += 2
          hyphenated = true
        }
      }
      guard syllables > 0 else { continue }
      if lexicon.commonWords.contains(lowerKeys[i]) && syllables < 2 && !hyphenated { continue }
      if sentence.isTitleCase && syllables < 2 && !hyphenated { continue }
      candidates.append(
        Candidate(
          tokenStart: i, tokenEnd: j, type: .person, entries: [], method: .rule, evidence: "family-name-first",
          strength: Strength.nameRule, familyNameFirst: true))
    }
  }

  /// Organizations by their words: a run of capitalised words ending in a suffix ("Talk Media
  /// News", "Korean Workers' Party", "Acme Inc.") or a head followed by "of", "for" or "on" and
  /// more capitalised words ("Ministry of Foreign Affairs", "University of California").
  mutating func organizationCandidates(in sentence: SentenceSpan) {
    let range = sentence.tokens
    for j in range where isCapitalized(j) {
      if lexicon.organizationSuffixes.contains(lowerKeys[j]) {
        // "Press Secretary" is a title, not the end of "White House Press".
        if let title = lexicon.titles.longestMatch(lowerKeys, at: j, limit: range.upperBound), title >= 2 { continue }
        var start = j
        while start > range.lowerBound {
          let t = start - 1
          if isCapitalized(t) {
            start = t
          } else if isPunctuation(t, 0x27) && t > range.lowerBound && isCapitalized(t - 1)
            && !tokens[t].flags.contains(.spaceBefore)
          {
            start = t  // "Workers' Party"
          } else if t > range.lowerBound, lexicon.organizationConnectors.contains(lowerKeys[t]), isWord(t),
            !tokens[t].flags.contains(.capitalized), isCapitalized(t - 1)
          {
            start = t
          } else {
            break
          }
        }
        start = trimmedOrganizationStart(start, before: j, in: sentence)
        guard start < j else { continue }
        var end = j + 1
        if end < range.upperBound, isPunctuation(end, 0x2E), !tokens[end].flags.contains(.spaceBefore),
          ["inc", "corp", "co", "ltd"].contains(text(j, j + 1).lowercased())
        {
          end += 1
        }
        candidates.append(
          Candidate(
            tokenStart: start, tokenEnd: end, type: .organization, entries: [], method: .rule,
            evidence: "organization-suffix", strength: Strength.nameRule))
      }
      if lexicon.organizationHeads.contains(lowerKeys[j]), j + 2 < range.upperBound, isWord(j + 1),
        ["of", "for", "on"].contains(text(j + 1, j + 2)), isCapitalized(j + 2)
      {
        var end = j + 3
        while end < range.upperBound {
          if isCapitalized(end) {
            end += 1
          } else if end + 1 < range.upperBound, isWord(end), !tokens[end].flags.contains(.capitalized),
            lexicon.organizationConnectors.contains(lowerKeys[end]), isCapitalized(end + 1)
          {
            end += 1
          } else {
            break
          }
        }
        var start = j
        while start > range.lowerBound, isCapitalized(start - 1) { start -= 1 }
        start = trimmedOrganizationStart(start, before: j, in: sentence)
        candidates.append(
          Candidate(
            tokenStart: start, tokenEnd: end, type: .organization, entries: [], method: .rule,
            evidence: "organization-head", strength: Strength.nameRule))
      }
    }
  }

  /// Drops words that do not belong at the start of an organization's name: connectors, and a
  /// sentence-initial common word ("The", "Former").
  private func trimmedOrganizationStart(_ start: Int, before limit: Int, in sentence: SentenceSpan) -> Int {
    var start = start
    while start < limit {
      if isWord(start) && !tokens[start].flags.contains(.capitalized) {
        start += 1
      } else if isPunctuation(start, 0x27) {
        start += 1
      } else if isCapitalized(start), lexicon.veryCommonWords.contains(lowerKeys[start]),
        isSentenceInitial(start, in: sentence) || lowerKeys[start] == NameLexicon.key("the")
      {
        start += 1
      } else {
        break
      }
    }
    return start
  }
}
