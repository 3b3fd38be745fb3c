extension EntityRecognizer {
  /// Chooses non-overlapping candidates: the longest span wins, then the strongest, then the
  /// leftmost. A rule's span that a list also names takes the list's entity.
  mutating func resolve() {
    // Sort small keys rather than candidates: longer first, then stronger, then leftmost.
    let order = candidates.enumerated().map { index, candidate in
      (length: candidate.length, strength: candidate.strength, start: candidate.tokenStart, index: index)
    }.sorted { x, y in
      if x.length != y.length { return x.length > y.length }
      if x.strength != y.strength { return x.strength > y.strength }
      if x.start != y.start { return x.start < y.start }
      return x.index < y.index
    }.map(\.index)
    var taken = spare.taken.takeEmptied()
    taken.append(contentsOf: repeatElement(false, count: tokens.count))
    var accepted = spare.accepted.takeEmptied()
    accepted.reserveCapacity(order.count)
    var listBySpan = spare.listBySpan.takeEmptied()
    for (index, candidate) in candidates.enumerated() where candidate.method == .list && !candidate.isStop {
      listBySpan.update(UInt64(candidate.tokenStart << 20 | candidate.length), UInt64(index)) { old, _ in old }
    }
    for index in order {
      let span = candidates[index].tokenStart..<candidates[index].tokenEnd
      if span.contains(where: { taken[$0] }) { continue }
      for t in span { taken[t] = true }
      if candidates[index].isStop { continue }
      var candidate = candidates[index]
      if candidate.method == .rule, let list = listBySpan[UInt64(candidate.tokenStart << 20 | candidate.length)] {
        adoptListEntity(&candidate, from: candidates[Int(list)])
      }
      accepted.append(candidate)
    }
    accepted.sort { $0.tokenStart < $1.tokenStart }
    // Into the kept list's room (it is empty: nothing is resolved before this).
    resolved.reserveCapacity(accepted.count)
    for candidate in accepted { resolved.append(Linked(candidate: candidate, entity: entityRef(of: candidate))) }
    unifyRuleSpellings()
    includeLeadingThe(taken: taken)
    swap(&taken, &spare.taken)
    swap(&accepted, &spare.accepted)
    swap(&listBySpan, &spare.listBySpan)
  }

  /// Gives one entity to the rule-found names that are written alike but for punctuation and
  /// spacing ("Nelson H.F. Beebe" and "Nelson H. F. Beebe", "QI-ANXIN Group" and "Qi'anxin
  /// Group"): they make the same id, so they are one entity, the one first seen, before short
  /// forms are linked ("Beebe" then fits one name, not two).
  private mutating func unifyRuleSpellings() {
    var firstOfSpelling = spare.firstOfSpelling.takeEmptied()
    defer { swap(&firstOfSpelling, &spare.firstOfSpelling) }
    // (Read from locals: a mutating method that calls a reading one copies all of `self`.)
    let tokens = self.tokens
    let bytes = self.bytes
    for r in resolved.indices {
      // (A one-token name has one spelling in practice: its key tells it apart already.)
      guard let entity = resolved[r].entity, entity.kind == .rule, resolved[r].candidate.length >= 2 else { continue }
      let spelling = EntityRecognizer.spellingKey(resolved[r].candidate, tokens: tokens, bytes: bytes)
      if let first = firstOfSpelling[spelling] {
        resolved[r].entity = EntityRef(kind: .rule, value: first)
      } else {
        firstOfSpelling.update(spelling, entity.value) { old, _ in old }
      }
    }
  }

  /// A hash of a candidate's type and of its text's slug, as an id spells it
  /// (``GazetteerEntry/slug(_:_:)``).
  private static func spellingKey(
    _ candidate: Candidate, tokens: [Token], bytes: UnsafeBufferPointer<UInt8>
  ) -> UInt64 {
    var hasher = TokenKey.Hasher()
    hasher.add(UInt8(truncatingIfNeeded: candidate.type.rawValue.utf8.count))
    let text = bytes[tokens[candidate.tokenStart].range.start..<tokens[candidate.tokenEnd - 1].range.end]
    GazetteerEntry.slug(UnsafeBufferPointer(rebasing: text)) { hasher.add($0) }
    return hasher.value
  }

  /// A capitalised "The" inside a sentence is part of the organization name it starts ("by The
  /// Scout Association", "in The Times Literary Supplement"); a lower-case "the" is not, and a
  /// sentence's first word or a headline's capitals say nothing. The entity stays the one the
  /// name without "The" links to.
  private mutating func includeLeadingThe(taken: [Bool]) {
    var s = 0
    for r in resolved.indices where resolved[r].candidate.type == .organization {
      let the = resolved[r].candidate.tokenStart - 1
      guard the >= 0, !taken[the], isCapitalized(the), lowerKeys[the] == EntityRecognizer.theKey else { continue }
      while s < sentences.count && sentences[s].tokens.upperBound <= the { s += 1 }
      guard s < sentences.count, sentences[s].tokens.contains(the), sentences[s].tokens.contains(the + 1),
        the != sentences[s].firstWord, !sentences[s].isTitleCase, !sentences[s].isAllCaps
      else { continue }
      resolved[r].candidate.tokenStart = the
    }
  }

  static let theKey = NameLexicon.key("the")

  /// Gives a rule's candidate the entity of a gazetteer entry for the same span and type.
  private mutating func adoptListEntity(_ candidate: inout Candidate, from list: Candidate) {
    let sameType = entries(of: list).filter { gazetteer.entries.type(Int($0)) == candidate.type }
    if !sameType.isEmpty {
      candidate.entries = EntityRecognizer.add(sameType, to: &entryPool)
      candidate.method = .list
    }
  }

  /// The entity a candidate links to: its best gazetteer entry's, or one made from its name.
  /// A name that several listed entities share at the best one's priority ("Christian
  /// Democrats", a party in Finland, Sweden and Venezuela; "Civic Platform" in Poland and
  /// Serbia) is ambiguous: it links to none of them here, and takes one only when another
  /// mention of the document names it (``agreeOnSenses()``).
  /// (Inlined: called from passes that change the recognizer; see ``EntityRecognizer``.)
  @inline(__always)
  func entityRef(of candidate: Candidate) -> EntityRef {
    let list = entries(of: candidate)
    if let best = list.first, !isAmbiguous(list) {
      return EntityRef(kind: .gazetteer, value: UInt64(gazetteer.entries.entityNumber(Int(best))))
    }
    // Like the id made from the name (`name:person/ri-yong-ho`): the type and the words, in
    // lower case, without punctuation.
    var hasher = TokenKey.Hasher()
    hasher.add(UInt8(truncatingIfNeeded: candidate.type.rawValue.utf8.count))
    for t in candidate.tokenStart..<candidate.tokenEnd where tokens[t].kind == .word || tokens[t].kind == .number {
      var key = lowerKeys[t]
      for _ in 0..<8 {
        hasher.add(UInt8(truncatingIfNeeded: key))
        key >>= 8
      }
    }
    return EntityRef(kind: .rule, value: hasher.value)
  }

  /// The entries that share the first one's rank (a user's or the shipped lists', and
  /// priority) and type, in order: the entities a name stands for equally.
  func bestEntries(_ list: ArraySlice<Int32>) -> [Int32] {
    let table = gazetteer.entries
    guard let first = list.first.map({ Int($0) }) else { return [] }
    var best: [Int32] = []
    for entry in list {
      let e = Int(entry)
      guard table.isUserEntry(e) == table.isUserEntry(first), table.priority(e) == table.priority(first) else { break }
      if table.type(e) == table.type(first) { best.append(entry) }
    }
    return best
  }

  /// Whether entries' best rank holds more than one entity (see ``bestEntries(_:)``).
  /// (Inlined: called from passes that change the recognizer; see ``EntityRecognizer``.)
  @inline(__always)
  func isAmbiguous(_ list: ArraySlice<Int32>) -> Bool {
    let table = gazetteer.entries
    guard list.count > 1 else { return false }
    let first = Int(list[list.startIndex])
    for i in list.startIndex + 1..<list.endIndex {
      let e = Int(list[i])
      guard table.isUserEntry(e) == table.isUserEntry(first), table.priority(e) == table.priority(first) else { break }
      if table.type(e) == table.type(first) && table.entityNumber(e) != table.entityNumber(first) { return true }
    }
    return false
  }

  /// Notes each name that stayed unlinked because listed entities share it
  /// (``entityRef(of:)``).
  mutating func reportAmbiguousNames() {
    for r in resolved.indices where resolved[r].entity?.kind == .rule && resolved[r].candidate.method == .list {
      let item = resolved[r]
      let list = entries(of: item.candidate)
      guard list.count > 1, isAmbiguous(list) else { continue }
      var ids: [String] = []
      var seen = Set<Int32>()
      for entry in bestEntries(list) where seen.insert(gazetteer.entries.entityNumber(Int(entry))).inserted {
        ids.append(gazetteer.entries.id(Int(entry)))
      }
      let shown = ids.prefix(3).joined(separator: ", ") + (ids.count > 3 ? " and \(ids.count - 3) more" : "")
      let range = TextRange(
        start: tokens[item.candidate.tokenStart].range.start, end: tokens[item.candidate.tokenEnd - 1].range.end)
      diagnostics.append(
        Diagnostic(
          code: "entities.ambiguous-name",
          message: "'\(text(item.candidate.tokenStart, item.candidate.tokenEnd))' names \(ids.count) listed entities "
            + "(\(shown)) and nothing else in the document tells which; left unlinked",
          range: range))
    }
  }

  /// A name's text with its white space collapsed.
  /// (Inlined: called from passes that change the recognizer; see ``EntityRecognizer``.)
  @inline(__always)
  func normalizedName(_ start: Int, _ end: Int) -> String {
    let raw = text(start, end)
    // Checked on the document's bytes: a walk over the string's view costs four times as much.
    var previousSpace = false
    var needsCollapsing = false
    for i in tokens[start].range.start..<tokens[end - 1].range.end {
      let byte = bytes[i]
      let space = byte == 0x20
      if byte == 0x0A || byte == 0x0D || byte == 0x09 || (space && previousSpace) {
        needsCollapsing = true
        break
      }
      previousSpace = space
    }
    guard needsCollapsing else { return raw }
    return raw.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
  }

  /// Entries that stand for the same name elsewhere in the document decide: "Washington" links
  /// to the city when the text also says "Washington, D.C.".
  mutating func agreeOnSenses() {
    var uses = spare.senseUses.takeEmptied()
    defer { swap(&uses, &spare.senseUses) }
    for item in resolved { if let entity = item.entity { uses.update(entity.key, 1, &+) } }
    for index in resolved.indices where resolved[index].candidate.entries.count > 1 {
      let current = resolved[index].entity
      for entry in entries(of: resolved[index].candidate) {
        let other = EntityRef(kind: .gazetteer, value: UInt64(gazetteer.entries.entityNumber(Int(entry))))
        if other != current && uses[other.key] ?? 0 > 0 {
          if let current { uses.update(current.key, 0) { old, _ in old &- 1 } }
          uses.update(other.key, 1, &+)
          resolved[index].entity = other
          resolved[index].candidate.type = gazetteer.entries.type(Int(entry))
          break
        }
      }
    }
  }

  /// Builds the mentions and the entity table. An entity's name is its gazetteer entry's
  /// canonical name when any mention came from a list, else the fullest name the text used.
  /// Strings are made once per entity and per distinct alias.
  mutating func buildOutput() {
    struct Building {
      var ref: EntityRef
      var entry: Int?
      var type: EntityType
      var aliases: [String]
      var mentions = 0

      init(ref: EntityRef, type: EntityType) {
        self.ref = ref
        self.type = type
        // Every entity has an alias and many a second: room for two at once.
        aliases = []
        aliases.reserveCapacity(2)
      }
    }
    // The tables and lists below are the kept ones (see ``Spare``), taken out emptied for this
    // pass and put back at its end.
    var index = spare.entityIndex.takeEmptied()
    var seenAliases = spare.seenAliases.takeEmptied()
    var madeIDs = spare.madeIDs.takeEmptied()
    var sourceOfEntry = spare.sourceOfEntry.takeEmptied()
    var entityOfBuilding = spare.entityOfBuilding.takeEmptied()
    var sources = spare.sources.takeEmptied()
    defer {
      swap(&index, &spare.entityIndex)
      swap(&seenAliases, &spare.seenAliases)
      swap(&madeIDs, &spare.madeIDs)
      swap(&sourceOfEntry, &spare.sourceOfEntry)
      swap(&entityOfBuilding, &spare.entityOfBuilding)
      swap(&sources, &spare.sources)
    }
    var buildings: [Building] = []
    buildings.reserveCapacity(resolved.count)
    // (`seenAliases`: the aliases each entity has, by a hash of the alias's text mixed with the
    // entity's slot.)
    var entityOfMention = [Int32](filled: -1, count: resolved.count)
    for (position, item) in resolved.enumerated() {
      let candidate = item.candidate
      guard let entity = item.entity else { continue }
      let slot: Int
      if let existing = index[entity.key] {
        slot = Int(existing)
      } else {
        slot = buildings.count
        index.update(entity.key, UInt64(slot)) { $1 }
        buildings.append(Building(ref: entity, type: candidate.type))
      }
      entityOfMention[position] = Int32(slot)
      if entity.kind == .gazetteer, buildings[slot].entry == nil,
        let entry = entries(of: candidate).first(where: { UInt64(gazetteer.entries.entityNumber(Int($0))) == entity.value })
      {
        buildings[slot].entry = Int(entry)
      }
      buildings[slot].mentions += 1
      let aliasKey = self.aliasKey(candidate, of: slot)
      if seenAliases[aliasKey] == nil {
        seenAliases.update(aliasKey, 1) { $1 }
        buildings[slot].aliases.append(normalizedName(candidate.tokenStart, candidate.tokenEnd))
      }
    }
    // Each building's entity: its own, or, when its name makes the id of an earlier one's, that
    // one ("Nelson H.F. Beebe" and "Nelson H. F. Beebe" are one entity: ids are unique).
    entityOfBuilding.append(contentsOf: repeatElement(-1, count: buildings.count))
    var merged = false
    entities.reserveCapacity(buildings.count)
    for (slot, building) in buildings.enumerated() {
      let id: String
      let name: String
      if let entry = building.entry {
        (id, name) = entryStrings.idAndName(of: entry, in: gazetteer.entries)
      } else {
        let fullName = building.ref.kind == .rule ? fullNameSpans[building.ref.key] : nil
        name =
          fullName.map { self.name(ofPacked: $0) }
          ?? building.aliases.max { $0.unicodeScalars.count < $1.unicodeScalars.count } ?? ""
        id = GazetteerEntry.defaultID(type: building.type, name: name)
        let key = EntityRecognizer.idHash(id)
        if let earlier = madeIDs[key].map({ Int($0) }), entities[earlier].id == id {
          entityOfBuilding[slot] = Int32(earlier)
          entities[earlier].mentionCount += building.mentions
          merged = true
          continue
        }
        madeIDs.update(key, UInt64(entities.count)) { old, _ in old }
      }
      entityOfBuilding[slot] = Int32(entities.count)
      entities.append(
        Entity(id: id, name: name, type: building.type, aliases: building.aliases, mentionCount: building.mentions))
    }
    for position in entityOfMention.indices where entityOfMention[position] >= 0 {
      entityOfMention[position] = entityOfBuilding[Int(entityOfMention[position])]
    }
    if merged { gatherAliases(entityOfMention) }
    // Each entry's source file name, made once per document ("places.tsv"): `sourceOfEntry`
    // and `sources`.
    mentions.reserveCapacity(resolved.count)
    for (position, item) in resolved.enumerated() {
      let candidate = item.candidate
      let range = TextRange(start: tokens[candidate.tokenStart].range.start, end: tokens[candidate.tokenEnd - 1].range.end)
      var evidence = candidate.evidence.rawValue
      if let first = entries(of: candidate).first, candidate.method == .list {
        let key = UInt64(first) + 2
        let source: String
        if let known = sourceOfEntry[key] {
          source = sources[Int(known)]
        } else {
          source = gazetteer.entries.source(Int(first))
          sourceOfEntry.update(key, UInt64(sources.count)) { $1 }
          sources.append(source)
        }
        evidence = evidence.isEmpty ? source : source + " (" + evidence + ")"
      }
      let entity = Int(entityOfMention[position])
      // The evidence is handed to the mention (`consume`), not copied.
      let mention = Mention(
        range: range, type: candidate.type, entityID: entity >= 0 ? entities[entity].id : nil,
        method: candidate.method, evidence: consume evidence)
      mentions.append(consume mention)
    }
    mentionEntities = entityOfMention
  }

  /// A hash of an entity id's bytes.
  private static func idHash(_ id: String) -> UInt64 {
    id.withUTF8Bytes { bytes in
      var hasher = TokenKey.Hasher()
      for byte in bytes { hasher.add(byte) }
      return hasher.value
    }
  }

  /// Gathers each entity's aliases again from the mentions that link to it (`entityOfMention`),
  /// in order of first use and told apart as when the entities were built (by their tokens'
  /// text): for entities merged from two buildings.
  private mutating func gatherAliases(_ entityOfMention: [Int32]) {
    var aliases = [[String]](repeating: [], count: entities.count)
    var seen = KeyTable(capacity: resolved.count)
    for (position, item) in resolved.enumerated() where entityOfMention[position] >= 0 {
      let entity = Int(entityOfMention[position])
      let candidate = item.candidate
      let key = aliasKey(candidate, of: entity)
      guard seen[key] == nil else { continue }
      seen.update(key, 1) { $1 }
      aliases[entity].append(normalizedName(candidate.tokenStart, candidate.tokenEnd))
    }
    for entity in entities.indices { entities[entity].aliases = aliases[entity] }
  }

  /// The key that tells an entity's aliases apart: its text, token by token, mixed with the
  /// entity's number (`entity`, counted from 0).
  /// (Inlined: called from passes that change the recognizer; see ``EntityRecognizer``.)
  @inline(__always)
  private func aliasKey(_ candidate: Candidate, of entity: Int) -> UInt64 {
    surfaceHash(candidate.tokenStart, candidate.tokenEnd) ^ (UInt64(entity + 1) &* 0x9E37_79B9_7F4A_7C15)
  }

  /// A hash of a span's exact text, token by token (white space between tokens aside).
  private func surfaceHash(_ start: Int, _ end: Int) -> UInt64 {
    var hasher = TokenKey.Hasher()
    for t in start..<end {
      for byte in bytes[tokens[t].range.start..<tokens[t].range.end] { hasher.add(byte) }
      hasher.add(0)
    }
    return hasher.value
  }
}
