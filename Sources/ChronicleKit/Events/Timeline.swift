/// A timeline built from the events of many documents.
///
/// **Merging.** Two event mentions are the same event when they have the same trigger lemma,
/// share a participant (by entity id), and have compatible dates: both undated, or dates whose
/// intervals overlap ("2018-06" and "2018-06-12"), or the same value. Merging takes the
/// transitive closure, so the result does not depend on the order of the input.
///
/// **Order.** Events are ordered by the interval their date stands for (``TimexInterval``):
/// the earlier start first, and of two that start together the coarser first — "2018" before
/// "2018-06" before "2018-06-01" before "2018-06-12". Dates with no interval ("XXXX-WXX-3")
/// follow, by value; undated events come last. Ties go by document id, then by position.
public struct Timeline: Sendable {
  /// An event of the timeline: every mention of it, and what they agree on.
  public struct Entry: Sendable, Hashable {
    /// A stable id: the event id of its first mention.
    public var id: String
    /// The date chosen among the mentions': the most precise, then the earliest.
    public var date: EventDate?
    /// The trigger lemma.
    public var lemma: String
    /// The participants of all mentions, by entity, each with the roles it played.
    public var participants: [Participant]
    /// The first place any mention gives.
    public var place: TimelineMention.Argument?
    /// The mentions, by document id and position.
    public var mentions: [TimelineMention]
    /// The highest confidence of the mentions.
    public var confidence: Double
  }

  /// A participant of a timeline entry.
  public struct Participant: Sendable, Hashable {
    public var entityID: String?
    public var name: String
    public var type: EntityType
    public var roles: [EventArgument.Role]
  }

  /// The entries, in timeline order.
  public private(set) var entries: [Entry]

  /// Builds a timeline from event mentions.
  public init(mentions: [TimelineMention]) {
    let mentions = mentions.sorted(by: TimelineMention.canonicalOrder)
    // Union-find over mentions that share a lemma and a participant.
    var parent = Array(mentions.indices)
    func find(_ i: Int) -> Int {
      var i = i
      while parent[i] != i {
        parent[i] = parent[parent[i]]
        i = parent[i]
      }
      return i
    }
    let intervals = mentions.map { $0.date.flatMap { TimexInterval(timex: $0.begin ?? $0.value) } }
    var buckets: [String: [Int]] = [:]
    for (index, mention) in mentions.enumerated() {
      for identity in Set(mention.participants.compactMap(\.entityID)) {
        buckets[mention.lemma + "\u{0}" + identity, default: []].append(index)
      }
    }
    for key in buckets.keys.sorted() {
      let members = buckets[key]!
      for (position, a) in members.enumerated() {
        for b in members[(position + 1)...] where Timeline.compatible(mentions[a], intervals[a], mentions[b], intervals[b]) {
          let (ra, rb) = (find(a), find(b))
          if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
      }
    }
    var groups: [Int: [Int]] = [:]
    for index in mentions.indices { groups[find(index), default: []].append(index) }
    let built = groups.keys.sorted().map { root in Timeline.entry(groups[root]!.map { mentions[$0] }) }
    entries = built.sorted(by: Timeline.order)
  }

  private static func compatible(
    _ a: TimelineMention, _ intervalA: TimexInterval?, _ b: TimelineMention, _ intervalB: TimexInterval?
  ) -> Bool {
    switch (a.date, b.date) {
    case (nil, nil): return true
    case (nil, _), (_, nil): return false
    case (let x?, let y?):
      if let intervalA, let intervalB { return intervalA.overlaps(intervalB) }
      return x.value == y.value
    }
  }

  private static func entry(_ mentions: [TimelineMention]) -> Entry {
    // The date: the finest precision (the shortest interval), then the earliest, then by value.
    let dated = mentions.compactMap { mention in mention.date.map { (mention, $0) } }
    let date = dated.min { x, y in
      let a = TimexInterval(timex: x.1.begin ?? x.1.value)
      let b = TimexInterval(timex: y.1.begin ?? y.1.value)
      switch (a, b) {
      case (let a?, let b?):
        if a.end - a.start != b.end - b.start { return a.end - a.start < b.end - b.start }
        if a.start != b.start { return a.start < b.start }
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): break
      }
      return x.1.value < y.1.value
    }?.1
    var participants: [Participant] = []
    var index: [String: Int] = [:]
    for mention in mentions {
      for argument in mention.participants {
        if let at = index[argument.identity] {
          if !participants[at].roles.contains(argument.role) { participants[at].roles.append(argument.role) }
        } else {
          index[argument.identity] = participants.count
          participants.append(
            Participant(entityID: argument.entityID, name: argument.name, type: argument.type, roles: [argument.role]))
        }
      }
    }
    return Entry(
      id: mentions[0].eventID, date: date, lemma: mentions[0].lemma, participants: participants,
      place: mentions.first { $0.place != nil }?.place, mentions: mentions,
      confidence: mentions.map(\.confidence).max() ?? 0)
  }

  private static func order(_ a: Entry, _ b: Entry) -> Bool {
    func rank(_ entry: Entry) -> (Int, TimexInterval?) {
      guard let date = entry.date else { return (2, nil) }
      guard let interval = TimexInterval(timex: date.begin ?? date.value) else { return (1, nil) }
      return (0, interval)
    }
    let (ra, ia) = rank(a)
    let (rb, ib) = rank(b)
    if ra != rb { return ra < rb }
    if let ia, let ib, ia != ib { return ia < ib }
    if ra == 1, let x = a.date?.value, let y = b.date?.value, x != y { return x < y }
    return TimelineMention.canonicalOrder(a.mentions[0], b.mentions[0])
  }

  /// The entries in which one of `entityIDs` takes part.
  public func involving(_ entityIDs: Set<String>) -> [Entry] {
    entries.filter { entry in entry.participants.contains { $0.entityID.map(entityIDs.contains) ?? false } }
  }
}

extension Timeline {
  /// A name as compared by ``entityIDs(matching:aliases:)``: lower case, Latin diacritics
  /// folded, white space collapsed.
  public static func normalizedName(_ name: String) -> String {
    Folding.fold(name).lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
  }

  /// The ids of the entities called `name`: by id, by canonical name, by any alias in
  /// `aliases` (normalized name → ids, from the documents' entity tables), or by the name or
  /// text of a participant.
  public func entityIDs(matching name: String, aliases: [String: Set<String>] = [:]) -> Set<String> {
    let wanted = Timeline.normalizedName(name)
    var ids = aliases[wanted] ?? []
    for entry in entries {
      for mention in entry.mentions {
        for argument in mention.participants {
          guard let id = argument.entityID else { continue }
          if id == name || Timeline.normalizedName(argument.name) == wanted
            || Timeline.normalizedName(argument.text) == wanted
          {
            ids.insert(id)
          }
        }
      }
    }
    return ids
  }
}
