extension EntityRecognizer {
  /// An acronym in brackets after a name refers to it — "International Atomic Energy Agency
  /// (IAEA)" — and so does every later use of the acronym in the document.
  mutating func linkAcronyms() {
    var definitions: [UInt64: (entity: EntityRef?, type: EntityType, entries: Range<Int32>)] = [:]
    for item in resolved where item.candidate.type != .person {
      let (candidate, entity) = (item.candidate, item.entity)
      let open = candidate.tokenEnd
      guard open + 2 < tokens.count, isPunctuation(open, 0x28), isPunctuation(open + 2, 0x29),
        isWord(open + 1), tokens[open + 1].flags.contains(.allCaps),
        initialsMatch(text(open + 1, open + 2), candidate)
      else { continue }
      definitions[exactKeys[open + 1]] = (entity, candidate.type, candidate.entries)
    }
    guard !definitions.isEmpty else { return }
    var replacements: [Linked] = []
    // An acronym is in capitals, so only capitalised words can repeat it.
    for capital in capitals {
      let t = Int(capital)
      guard let definition = definitions[exactKeys[t]] else { continue }
      let candidate = Candidate(
        tokenStart: t, tokenEnd: t + 1, type: definition.type, entries: definition.entries, method: .variant,
        evidence: .acronym, strength: Strength.list)
      replacements.append(Linked(candidate: candidate, entity: definition.entity))
    }
    applyReplacements(replacements)
  }

  /// Whether an acronym's letters are the initials of a name's words ("IAEA" for
  /// "International Atomic Energy Agency"; small words such as "of" may be skipped).
  private func initialsMatch(_ acronym: String, _ candidate: Candidate) -> Bool {
    let letters = Array(acronym.filter(\.isLetter).uppercased())
    guard letters.count >= 2 else { return false }
    var i = 0
    for t in candidate.tokenStart..<candidate.tokenEnd where isWord(t) {
      guard let first = text(t, t + 1).first else { continue }
      if i < letters.count && letters[i] == Character(first.uppercased()) {
        i += 1
      } else if tokens[t].flags.contains(.capitalized) {
        return false
      }
    }
    return i == letters.count
  }

  /// Replaces whatever covers each replacement's tokens with it, in one pass.
  mutating func applyReplacements(_ replacements: [Linked]) {
    guard !replacements.isEmpty else { return }
    // The kept lists, taken out (the resolved names are read meanwhile).
    var covered = spare.covered.takeEmptied()
    var removed = spare.removed.takeEmptied()
    var merged = spare.merged.takeEmptied()
    coverage(into: &covered)
    removed.append(contentsOf: repeatElement(false, count: resolved.count))
    for replacement in replacements {
      for t in replacement.candidate.tokenStart..<replacement.candidate.tokenEnd where covered[t] >= 0 {
        removed[Int(covered[t])] = true
      }
    }
    merged.reserveCapacity(resolved.count + replacements.count)
    for (index, item) in resolved.enumerated() where !removed[index] { merged.append(item) }
    merged.append(contentsOf: replacements)
    merged.sort { $0.candidate.tokenStart < $1.candidate.tokenStart }
    // The merged list becomes the resolved one, and the old one room for the next merge.
    swap(&merged, &resolved)
    swap(&covered, &spare.covered)
    swap(&removed, &spare.removed)
    swap(&merged, &spare.merged)
  }

  /// The token-by-token index of the resolved mentions (-1: none), into an empty list.
  /// (Inlined: called from passes that change the recognizer; see ``EntityRecognizer``.)
  @inline(__always)
  private func coverage(into covered: inout [Int32]) {
    covered.append(contentsOf: repeatElement(-1, count: tokens.count))
    for (index, item) in resolved.enumerated() {
      for t in item.candidate.tokenStart..<item.candidate.tokenEnd { covered[t] = Int32(index) }
    }
  }

  /// The words of a person's name, initials aside ("H. R. McMaster" is called "McMaster"): the
  /// first, the last two and how many; `nil` unless there are two, or one after initials.
  private func nameWords(_ candidate: Candidate) -> NameWords? {
    var words = NameWords(first: 0, secondLast: 0, last: 0, count: 0)
    var hasInitials = false
    var t = candidate.tokenStart
    while t < candidate.tokenEnd {
      if let next = initialsEnd(t, limit: candidate.tokenEnd) {
        hasInitials = true
        t = next
        continue
      }
      if isWord(t) {
        if words.count == 0 { words.first = t }
        words.secondLast = words.last
        words.last = t
        words.count += 1
      }
      t += 1
    }
    return words.count >= 2 || (words.count == 1 && hasInitials) ? words : nil
  }

  private struct NameWords {
    var first: Int
    /// Meaningful when `count >= 2`.
    var secondLast: Int
    var last: Int
    var count: Int
  }

  /// A candidate's token span in one key-table value.
  static func packed(_ candidate: Candidate) -> UInt64 {
    UInt64(candidate.tokenStart) << 32 | UInt64(candidate.tokenEnd)
  }

  /// The normalized text of a span stored by ``packed(_:)``.
  func name(ofPacked span: UInt64) -> String {
    normalizedName(Int(span >> 32), Int(span & 0xFFFF_FFFF))
  }

  /// Short forms of people's names seen in full anywhere in the document: a family name
  /// ("Trump", "Kim", "Ri" — Korean and Chinese names put it first) or a given name ("Steve")
  /// alone refers to the one full name that has it. A short form that fits two full names stays
  /// unlinked, with a diagnostic.
  mutating func linkVariants() {
    // The kept tables and lists, taken out for this pass and put back after it.
    var byFamilyName = spare.byFamilyName.takeEmptied()
    var byGivenName = spare.byGivenName.takeEmptied()
    var replacements = spare.replacements.takeEmptied()
    defer {
      swap(&byFamilyName, &spare.byFamilyName)
      swap(&byGivenName, &spare.byGivenName)
      swap(&replacements, &spare.replacements)
    }
    for item in resolved where item.candidate.type == .person && item.candidate.length >= 2 {
      let candidate = item.candidate
      guard let entity = item.entity, let words = nameWords(candidate) else { continue }
      let familyFirst = words.count >= 2 && (candidate.familyNameFirst || isFamilyNameFirst(words))
      var family = familyFirst ? words.first : words.last
      if !familyFirst, words.count >= 3, cls[family].contains(.generation) { family = words.secondLast }
      byFamilyName.add(entity, for: exactKeys[family])
      if !familyFirst && words.count >= 2 { byGivenName.add(entity, for: exactKeys[words.first]) }
      fullNameSpans.update(entity.key, EntityRecognizer.packed(candidate)) { first, _ in first }
    }
    guard !byFamilyName.isEmpty else { return }

    var covered = spare.covered.takeEmptied()
    coverage(into: &covered)
    var descriptions: [UInt64: String] = [:]
    for sentence in sentences {
      // An adjective of nationality is not a short name ("German" after "German Titov").
      for k in sentence.capitals {
        let t = Int(capitals[k])
        guard !cls[t].contains(.demonym) else { continue }
        let key = exactKeys[t]
        // The list of people the word is the family name of, else the given name of (by their
        // positions, so that no list is copied for the many words that are neither).
        let familyList = byFamilyName.list(for: key)
        var givenList: Int?
        if familyList == nil, let given = byGivenName.list(for: key),
          !(isSentenceInitial(t, in: sentence) && cls[t].contains(.common))
        {
          givenList = given
        }
        guard familyList != nil || givenList != nil else { continue }
        if covered[t] >= 0 {
          // Only a one-word mention that is not already this person can be taken over: a rule's
          // bare name ("Chairman Kim"), or a listed place or organization with no support.
          let existing = resolved[Int(covered[t])]
          guard existing.candidate.length == 1 else { continue }
          if let entity = existing.entity {
            let isListed =
              familyList == nil ? byGivenName.contains(entity, for: key) : byFamilyName.contains(entity, for: key)
            guard !isListed else { continue }
          }
          let isBareRuleName = existing.candidate.method == .rule && existing.candidate.type == .person
          let isUnsupportedListName =
            existing.candidate.method == .list && existing.candidate.type != .person
            && !hasPlaceSupport(t, t + 1, in: sentence)
          guard isBareRuleName || isUnsupportedListName else { continue }
        }
        let candidate = Candidate(
          tokenStart: t, tokenEnd: t + 1, type: .person, entries: 0..<0, method: .variant,
          evidence: familyList == nil ? .givenName : .familyName, strength: Strength.list)
        let only = familyList.flatMap { byFamilyName.only(in: $0) } ?? givenList.flatMap { byGivenName.only(in: $0) }
        if let only {
          replacements.append(Linked(candidate: candidate, entity: only))
        } else {
          let ids = familyList.map { byFamilyName.entities(in: $0) } ?? givenList.map { byGivenName.entities(in: $0) }!
          replacements.append(Linked(candidate: candidate, entity: nil))
          let described = descriptions[key] ?? describe(ids, names: fullNameSpans)
          descriptions[key] = described
          diagnostics.append(
            Diagnostic(
              code: "entities.ambiguous-short-form",
              message: "'\(text(t, t + 1))' fits \(described); left unlinked",
              range: tokens[t].range))
        }
      }
    }
    // Given back before the replacements are applied, which use it again.
    swap(&covered, &spare.covered)
    applyReplacements(replacements)
  }

  /// An organization named "X Group", "X Inc." or "X Corps" is also called "X" alone in the
  /// same document ("NPD Group" … "NPD said"); a short form that fits two stays unlinked. An "X"
  /// followed by another capitalised word is part of a longer name, not a short form ("Air
  /// Division" after "Air Force", "National Director" after "National Party").
  mutating func linkOrganizationShortForms() {
    var byShortName = ShortForms()
    var names = KeyTable()
    for item in resolved where item.candidate.type == .organization && item.candidate.length >= 2 {
      let candidate = item.candidate
      guard let entity = item.entity else { continue }
      var last = candidate.tokenEnd - 1
      if isPunctuation(last, 0x2E) { last -= 1 }
      guard last == candidate.tokenStart + 1, isCapitalized(candidate.tokenStart),
        cls[last].contains(.organizationSuffix)
      else { continue }
      byShortName.add(entity, for: exactKeys[candidate.tokenStart])
      names.update(entity.key, EntityRecognizer.packed(candidate)) { _, last in last }
    }
    guard !byShortName.isEmpty else { return }
    var covered = spare.covered.takeEmptied()
    coverage(into: &covered)
    var replacements: [Linked] = []
    var descriptions: [UInt64: String] = [:]
    for capital in capitals {
      let t = Int(capital)
      let key = exactKeys[t]
      guard let list = byShortName.list(for: key) else { continue }
      let count = byShortName.count(in: list)
      if t + 1 < tokens.count && isCapitalized(t + 1) { continue }
      if covered[t] >= 0 {
        let existing = resolved[Int(covered[t])]
        guard existing.candidate.length == 1, existing.candidate.type == .organization,
          existing.entity.map({ !byShortName.contains($0, for: key) || count > 1 }) ?? true
        else { continue }
      }
      let candidate = Candidate(
        tokenStart: t, tokenEnd: t + 1, type: .organization, entries: 0..<0, method: .variant, evidence: .shortName,
        strength: Strength.list)
      if let only = byShortName.only(in: list) {
        replacements.append(Linked(candidate: candidate, entity: only))
      } else {
        replacements.append(Linked(candidate: candidate, entity: nil))
        let described = descriptions[key] ?? describe(byShortName.entities(in: list), names: names)
        descriptions[key] = described
        diagnostics.append(
          Diagnostic(
            code: "entities.ambiguous-short-form", message: "'\(text(t, t + 1))' fits \(described); left unlinked",
            range: tokens[t].range))
      }
    }
    swap(&covered, &spare.covered)
    applyReplacements(replacements)
  }

  /// The entities that short forms (by key) may stand for, each listed once per key. Looked up
  /// for every capitalised word, so the keys go in a ``KeyTable``, not a `Dictionary`.
  struct ShortForms {
    /// For each key, its position in `lists`.
    private var positions = KeyTable()
    /// Each key's list: its first and last entry in `entries`, and its length.
    private var lists: [(first: Int32, last: Int32, count: Int32)] = []
    /// The entities listed, each with the next entry of its list (-1 at the end): every list in
    /// one array, not an array made (and freed) for each key.
    private var entries: [(entity: EntityRef, next: Int32)] = []
    /// The (key, entity) pairs listed, by a 64-bit hash of the pair: like the token keys
    /// themselves, equal when the hashes are.
    private var members = KeyTable()

    var isEmpty: Bool { lists.isEmpty }

    /// The short forms, emptied (their room kept: see ``KeyTable/removeAll()``), leaving empty
    /// ones in their place: for the ones kept between documents.
    mutating func takeEmptied() -> ShortForms {
      var taken = ShortForms()
      swap(&taken, &self)
      taken.positions.removeAll()
      taken.lists.removeAllKeepingCapacity()
      taken.entries.removeAllKeepingCapacity()
      taken.members.removeAll()
      return taken
    }

    /// The room (in elements) of the longest list.
    var largestCapacity: Int { Swift.max(lists.capacity, entries.capacity) }

    /// The position of the list for `key`, if there is one (never empty).
    func list(for key: UInt64) -> Int? { positions[key].map { Int($0) } }

    /// The number of entities in the list at `position`.
    func count(in position: Int) -> Int { Int(lists[position].count) }

    /// The entity of the list at `position` when it is the only one.
    func only(in position: Int) -> EntityRef? {
      lists[position].count == 1 ? entries[Int(lists[position].first)].entity : nil
    }

    /// The entities of the list at `position`, in the order they were added.
    func entities(in position: Int) -> [EntityRef] {
      var result: [EntityRef] = []
      result.reserveCapacity(count(in: position))
      var index = Int(lists[position].first)
      while index >= 0 {
        result.append(entries[index].entity)
        index = Int(entries[index].next)
      }
      return result
    }

    mutating func add(_ entity: EntityRef, for key: UInt64) {
      let member = ShortForms.member(key, entity)
      guard members[member] == nil else { return }
      members.update(member, 1) { $1 }
      let index = Int32(entries.count)
      entries.append((entity, -1))
      if let position = positions[key].map({ Int($0) }) {
        entries[Int(lists[position].last)].next = index
        lists[position].last = index
        lists[position].count += 1
      } else {
        positions.update(key, UInt64(lists.count)) { $1 }
        lists.append((index, index, 1))
      }
    }

    func contains(_ entity: EntityRef, for key: UInt64) -> Bool { members[ShortForms.member(key, entity)] != nil }

    @inline(__always)
    private static func member(_ key: UInt64, _ entity: EntityRef) -> UInt64 {
      var h = key ^ entity.key &* 0x9E37_79B9_7F4A_7C15
      h ^= h >> 31
      h &*= 0xBF58_476D_1CE4_E5B9
      return h ^ h >> 29
    }
  }

  /// The names a short form fits, for its diagnostic: "Kim Jong Un and Kim Yo Jong"; past five,
  /// the first four and how many others (a page of names can give one short form thousands).
  private func describe(_ ids: [EntityRef], names: KeyTable) -> String {
    let shown = ids.count > 5 ? ids.prefix(4) : ids[...]
    var described = shown.compactMap { names[$0.key].map { name(ofPacked: $0) } }.joined(separator: " and ")
    if ids.count > 5 { described += " and \(ids.count - 4) others" }
    return described
  }

  /// Whether a listed name puts the family name first: its first word is a known family name
  /// written first and its last word is a short given-name syllable, not a common surname.
  /// (Inlined: called from passes that change the recognizer; see ``EntityRecognizer``.)
  @inline(__always)
  private func isFamilyNameFirst(_ words: NameWords) -> Bool {
    guard words.count >= 2, words.count <= 3, cls[words.first].contains(.familyName) else { return false }
    let last = words.last
    return letterCount(last) <= 3 || lexicon.surnameRank(lowerKeys[last]) > 20_000
  }
}
