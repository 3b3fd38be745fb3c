extension EntityRecognizer {
  /// Chooses non-overlapping candidates: the longest span wins, then the strongest, then the
  /// leftmost. A rule's span that a list also names takes the list's entity.
  mutating func resolve() {
    let order = candidates.indices.sorted { a, b in
      let x = candidates[a]
      let y = candidates[b]
      if x.length != y.length { return x.length > y.length }
      if x.strength != y.strength { return x.strength > y.strength }
      return x.tokenStart < y.tokenStart
    }
    var taken = [Bool](repeating: false, count: tokens.count)
    var accepted: [Candidate] = []
    var listBySpan: [Int: Int] = [:]
    for (index, candidate) in candidates.enumerated() where candidate.method == .list && !candidate.isStop {
      listBySpan[candidate.tokenStart << 20 | candidate.length] = listBySpan[candidate.tokenStart << 20 | candidate.length] ?? index
    }
    for index in order {
      var candidate = candidates[index]
      if (candidate.tokenStart..<candidate.tokenEnd).contains(where: { taken[$0] }) { continue }
      for t in candidate.tokenStart..<candidate.tokenEnd { taken[t] = true }
      if candidate.isStop { continue }
      if candidate.method == .rule, let list = listBySpan[candidate.tokenStart << 20 | candidate.length] {
        adoptListEntity(&candidate, from: candidates[list])
      }
      accepted.append(candidate)
    }
    accepted.sort { $0.tokenStart < $1.tokenStart }
    resolved = accepted.map { candidate in (candidate, entityID(of: candidate)) }
  }

  /// Gives a rule's candidate the entity of a gazetteer entry for the same span and type.
  private func adoptListEntity(_ candidate: inout Candidate, from list: Candidate) {
    let sameType = list.entries.filter { gazetteer.entries.type(Int($0)) == candidate.type }
    if !sameType.isEmpty {
      candidate.entries = ArraySlice(sameType)
      candidate.method = .list
    }
  }

  /// The entity a candidate links to: its best gazetteer entry, or an id made from its name.
  func entityID(of candidate: Candidate) -> String {
    if let best = candidate.entries.first { return gazetteer.entries.id(Int(best)) }
    return GazetteerEntry.defaultID(type: candidate.type, name: normalizedName(candidate.tokenStart, candidate.tokenEnd))
  }

  /// A name's text with its white space collapsed.
  func normalizedName(_ start: Int, _ end: Int) -> String {
    let raw = text(start, end)
    var previousSpace = false
    let needsCollapsing = raw.utf8.contains { byte in
      let space = byte == 0x20
      defer { previousSpace = space }
      return byte == 0x0A || byte == 0x0D || byte == 0x09 || (space && previousSpace)
    }
    guard needsCollapsing else { return raw }
    return raw.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
  }

  /// Entries that stand for the same name elsewhere in the document decide: "Washington" links
  /// to the city when the text also says "Washington, D.C.".
  mutating func agreeOnSenses() {
    let chosen = Set(resolved.compactMap(\.entityID))
    for index in resolved.indices where resolved[index].candidate.entries.count > 1 {
      let current = resolved[index].entityID
      for entry in resolved[index].candidate.entries {
        let id = gazetteer.entries.id(Int(entry))
        if id != current && chosen.contains(id)
          && resolved.contains(where: { $0.entityID == id && $0.candidate.tokenStart != resolved[index].candidate.tokenStart })
        {
          resolved[index].entityID = id
          resolved[index].candidate.type = gazetteer.entries.type(Int(entry))
          break
        }
      }
    }
  }

  /// Builds the mentions and the entity table. An entity's name is its gazetteer entry's
  /// canonical name when any mention came from a list, else the fullest name the text used.
  mutating func buildOutput() {
    var order: [String] = []
    var table: [String: Entity] = [:]
    var listNames: [String: String] = [:]
    mentions.reserveCapacity(resolved.count)
    for (candidate, entityID) in resolved {
      let range = TextRange(start: tokens[candidate.tokenStart].range.start, end: tokens[candidate.tokenEnd - 1].range.end)
      var evidence = candidate.evidence
      if let first = candidate.entries.first, candidate.method == .list {
        evidence = evidence.isEmpty ? gazetteer.entries.source(Int(first)) : gazetteer.entries.source(Int(first)) + " (" + evidence + ")"
      }
      mentions.append(Mention(range: range, type: candidate.type, entityID: entityID, method: candidate.method, evidence: evidence))
      guard let entityID else { continue }
      if listNames[entityID] == nil,
        let entry = candidate.entries.first(where: { gazetteer.entries.id(Int($0)) == entityID })
      {
        listNames[entityID] = gazetteer.entries.name(Int(entry))
      }
      let surface = normalizedName(candidate.tokenStart, candidate.tokenEnd)
      if table[entityID] != nil {
        table[entityID]!.mentionCount += 1
        if !table[entityID]!.aliases.contains(surface) { table[entityID]!.aliases.append(surface) }
      } else {
        order.append(entityID)
        table[entityID] = Entity(id: entityID, name: surface, type: candidate.type, aliases: [surface], mentionCount: 1)
      }
    }
    entities = order.map { id in
      var entity = table[id]!
      entity.name =
        listNames[id] ?? ruleNames[id]
        ?? entity.aliases.max { $0.unicodeScalars.count < $1.unicodeScalars.count } ?? entity.name
      return entity
    }
  }
}
