extension EntityRecognizer {
  /// An acronym in brackets after a name refers to it — "International Atomic Energy Agency
  /// (IAEA)" — and so does every later use of the acronym in the document.
  mutating func linkAcronyms() {
    var definitions: [UInt64: (id: String?, type: EntityType, entries: ArraySlice<Int32>)] = [:]
    for (candidate, entityID) in resolved where candidate.type != .person {
      let open = candidate.tokenEnd
      guard open + 2 < tokens.count, isPunctuation(open, 0x28), isPunctuation(open + 2, 0x29),
        isWord(open + 1), tokens[open + 1].flags.contains(.allCaps),
        initialsMatch(text(open + 1, open + 2), candidate)
      else { continue }
      definitions[exactKeys[open + 1]] = (entityID, candidate.type, candidate.entries)
    }
    guard !definitions.isEmpty else { return }
    for t in tokens.indices where isWord(t) {
      guard let definition = definitions[exactKeys[t]] else { continue }
      let candidate = Candidate(
        tokenStart: t, tokenEnd: t + 1, type: definition.type, entries: definition.entries, method: .variant,
        evidence: "acronym", strength: Strength.list)
      replaceResolved(with: candidate, entityID: definition.id)
    }
  }

  /// Whether an acronym's letters are the initials of a name's words ("IAEA" for
  /// "International Atomic Energy Agency"; small words such as "of" may be skipped).
  private func initialsMatch(_ acronym: String, _ candidate: Candidate) -> Bool {
    let letters = Array(acronym.filter(\.isLetter).uppercased())
    guard letters.count >= 2 else { return false }
    var initials: [Character] = []
    var optional: [Bool] = []
    for t in candidate.tokenStart..<candidate.tokenEnd where isWord(t) {
      guard let first = text(t, t + 1).first else { continue }
      initials.append(Character(first.uppercased()))
      optional.append(!tokens[t].flags.contains(.capitalized))
    }
    // Match the letters in order, skipping lower-case words when needed.
    var i = 0
    for (initial, skippable) in zip(initials, optional) {
      if i < letters.count && letters[i] == initial {
        i += 1
      } else if !skippable {
        return false
      }
    }
    return i == letters.count
  }

  /// Replaces whatever covers `candidate`'s tokens with it.
  mutating func replaceResolved(with candidate: Candidate, entityID: String?) {
    resolved.removeAll { $0.candidate.overlaps(candidate) }
    let position = resolved.firstIndex { $0.candidate.tokenStart > candidate.tokenStart } ?? resolved.count
    resolved.insert((candidate, entityID), at: position)
  }

  /// Short forms of people's names seen in full anywhere in the document: a family name
  /// ("Trump", "Kim", "Ri" — Korean and Chinese names put it first) or a given name ("Steve")
  /// alone refers to the one full name that has it. A short form that fits two full names stays
  /// unlinked, with a diagnostic.
  mutating func linkVariants() {
    var byFamilyName: [UInt64: [String]] = [:]
    var byGivenName: [UInt64: [String]] = [:]
    var names: [String: String] = [:]
    for (candidate, entityID) in resolved where candidate.type == .person {
      guard let entityID else { continue }
      let words = (candidate.tokenStart..<candidate.tokenEnd).filter { isWord($0) && !isInitial($0, limit: candidate.tokenEnd) }
      guard words.count >= 2 else { continue }
      let familyFirst = candidate.familyNameFirst || isFamilyNameFirst(words)
      var family = familyFirst ? words[0] : words[words.count - 1]
      if !familyFirst, words.count >= 3, cls[family].contains(.generation) {
        family = words[words.count - 2]
      }
      append(entityID, to: &byFamilyName[exactKeys[family], default: []])
      if !familyFirst { append(entityID, to: &byGivenName[exactKeys[words[0]], default: []]) }
      names[entityID] = names[entityID] ?? normalizedName(candidate.tokenStart, candidate.tokenEnd)
      if candidate.entries.isEmpty, ruleNames[entityID] == nil {
        ruleNames[entityID] = normalizedName(candidate.tokenStart, candidate.tokenEnd)
      }
    }
    guard !byFamilyName.isEmpty else { return }

    var covered = [Int](repeating: -1, count: tokens.count)
    for (index, item) in resolved.enumerated() {
      for t in item.candidate.tokenStart..<item.candidate.tokenEnd { covered[t] = index }
    }
    var replacements: [(Candidate, String?)] = []
    for sentence in sentences {
      for t in sentence.tokens where isCapitalized(t) {
        let key = exactKeys[t]
        let family = byFamilyName[key] ?? []
        var ids = family
        if ids.isEmpty, let given = byGivenName[key],
          !(isSentenceInitial(t, in: sentence) && cls[t].contains(.common))
        {
          ids = given
        }
        guard !ids.isEmpty else { continue }
        if covered[t] >= 0 {
          // Only a one-word mention that is not already this person can be taken over: a rule's
          // bare name ("Chairman Kim"), or a listed place or organization with no support.
          let existing = resolved[covered[t]]
          guard existing.candidate.length == 1, existing.entityID.map({ !ids.contains($0) }) ?? true else { continue }
          let isBareRuleName = existing.candidate.method == .rule && existing.candidate.type == .person
          let isUnsupportedListName =
            existing.candidate.method == .list && existing.candidate.type != .person
            && !hasPlaceSupport(t, t + 1, in: sentence)
          guard isBareRuleName || isUnsupportedListName else { continue }
        } else if isSentenceInitial(t, in: sentence) && family.isEmpty {
          continue
        }
        let candidate = Candidate(
          tokenStart: t, tokenEnd: t + 1, type: .person, entries: [], method: .variant,
          evidence: family.isEmpty ? "given-name" : "family-name", strength: Strength.list)
        if ids.count == 1 {
          replacements.append((candidate, ids[0]))
        } else {
          replacements.append((candidate, nil))
          let described = ids.compactMap { names[$0] }.joined(separator: " and ")
          diagnostics.append(
            Diagnostic(
              code: "entities.ambiguous-short-form",
              message: "'\(text(t, t + 1))' fits \(described); left unlinked",
              range: tokens[t].range))
        }
      }
    }
    for (candidate, id) in replacements { replaceResolved(with: candidate, entityID: id) }
  }

  /// An organization named "X Group", "X Inc." or "X Corps" is also called "X" alone in the
  /// same document ("NPD Group" … "NPD said"); a short form that fits two stays unlinked.
  mutating func linkOrganizationShortForms() {
    var byShortName: [UInt64: [String]] = [:]
    var names: [String: String] = [:]
    for (candidate, entityID) in resolved where candidate.type == .organization && candidate.length >= 2 {
      guard let entityID else { continue }
      var last = candidate.tokenEnd - 1
      if isPunctuation(last, 0x2E) { last -= 1 }
      guard last == candidate.tokenStart + 1, isCapitalized(candidate.tokenStart),
        cls[last].contains(.organizationSuffix)
      else { continue }
      append(entityID, to: &byShortName[exactKeys[candidate.tokenStart], default: []])
      names[entityID] = normalizedName(candidate.tokenStart, candidate.tokenEnd)
    }
    guard !byShortName.isEmpty else { return }
    var covered = [Int](repeating: -1, count: tokens.count)
    for (index, item) in resolved.enumerated() {
      for t in item.candidate.tokenStart..<item.candidate.tokenEnd { covered[t] = index }
    }
    var replacements: [(Candidate, String?)] = []
    for t in tokens.indices where isCapitalized(t) {
      guard let ids = byShortName[exactKeys[t]] else { continue }
      if covered[t] >= 0 {
        let existing = resolved[covered[t]]
        guard existing.candidate.length == 1, existing.candidate.type == .organization,
          existing.entityID.map({ !ids.contains($0) || ids.count > 1 }) ?? true
        else { continue }
      }
      let candidate = Candidate(
        tokenStart: t, tokenEnd: t + 1, type: .organization, entries: [], method: .variant, evidence: "short-name",
        strength: Strength.list)
      if ids.count == 1 {
        replacements.append((candidate, ids[0]))
      } else {
        replacements.append((candidate, nil))
        diagnostics.append(
          Diagnostic(
            code: "entities.ambiguous-short-form",
            message: "'\(text(t, t + 1))' fits \(ids.compactMap { names[$0] }.joined(separator: " and ")); left unlinked",
            range: tokens[t].range))
      }
    }
    for (candidate, id) in replacements { replaceResolved(with: candidate, entityID: id) }
  }

  private func append(_ id: String, to list: inout [String]) {
    if !list.contains(id) { list.append(id) }
  }

  /// Whether a listed name puts the family name first: its first word is a known family name
  /// written first and its last word is a short given-name syllable, not a common surname.
  private func isFamilyNameFirst(_ words: [Int]) -> Bool {
    guard words.count >= 2, words.count <= 3, cls[words[0]].contains(.familyName) else { return false }
    let last = words[words.count - 1]
    return letterCount(last) <= 3 || lexicon.surnameRank(lowerKeys[last]) > 20_000
  }
}
