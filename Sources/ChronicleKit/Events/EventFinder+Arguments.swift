extension EventFinder {
  /// The most participants an event keeps. A clause that names more (a long list, or text
  /// without punctuation) keeps those with a clear role and then the ones nearest its trigger,
  /// so that an event's record stays small and the output proportional to the text.
  static let maximumParticipants = 16

  /// The ``maximumParticipants`` arguments to keep, in their original order: speakers, agents
  /// and patients first, then by distance from the trigger (`at`, a byte offset).
  private func nearest(_ arguments: [PendingArgument], to at: Int) -> [PendingArgument] {
    let ranked = arguments.indices.sorted { a, b in
      let roleA = arguments[a].role == .participant ? 1 : 0
      let roleB = arguments[b].role == .participant ? 1 : 0
      if roleA != roleB { return roleA < roleB }
      let distanceA = abs(arguments[a].mention.range.start - at)
      let distanceB = abs(arguments[b].mention.range.start - at)
      return distanceA != distanceB ? distanceA < distanceB : a < b
    }
    return ranked.prefix(EventFinder.maximumParticipants).sorted().map { arguments[$0] }
  }

  /// Room for the participants and places of one trigger, kept from trigger to trigger by the
  /// events stage so that trying a trigger allocates nothing; arguments become
  /// ``EventArgument``s (with their strings) only for an event that is made.
  struct ArgumentScratch {
    var participants: [PendingArgument] = []
    var clausePlaces: [PendingArgument] = []
  }

  /// What trying a trigger gave: no event (its clause gives it nothing to stand on), or an
  /// event with or without a date.
  enum Made {
    case none
    case undated
    case dated
  }

  /// Makes the event for a trigger and appends it to `events` (with no id yet).
  func makeEvent(
    _ trigger: TriggerWord, in span: Span, sentence: Int, paragraphTime: Int?, main: (event: Int, verb: Int)? = nil,
    scratch: inout ArgumentScratch, into events: inout [Event]
  ) -> Made {
    let range = span.range
    let clauses = span.clauses
    let clause = span.clause(of: trigger.start)
    let inClause = { (t: Int) in clauses[t - range.lowerBound] == clause }
    let isVerb = trigger.sense.partOfSpeech == .verb
    let isReporting = isVerb && trigger.sense.flags.contains(.reporting)

    let mentions = span.mentions
    // A verb's event needs a participant, and its participants are mentions.
    if isVerb && mentions.isEmpty { return .none }
    var participants = scratch.participants
    var clausePlaces = scratch.clausePlaces
    scratch = ArgumentScratch()
    participants.removeAllKeepingCapacity()
    clausePlaces.removeAllKeepingCapacity()
    defer { scratch = ArgumentScratch(participants: participants, clausePlaces: clausePlaces) }
    var sentencePlace: PendingArgument?
    // The mention nearest before a verb (in its clause) is its subject — skipping an
    // appositive between commas ("Steve Jobs, the Apple Chief Executive Officer, announced"),
    // and, for a verb coordinated by "but" or "and" with no subject of its own, the subject of
    // the clause before; the mention right after it is its object, and a mention after "by"
    // is the agent of a passive ("was praised by Jobs").
    // A participle that depends on a verb has that verb's subject, not the name nearest before
    // it ("Jobs unveiled the products at the Cupertino event, saying …": Jobs said it); the
    // names before it are the verb's.
    var mainSubject: Int?
    if isVerb, let main, isParticiple(trigger, in: span) {
      mainSubject = subjectBefore(main.verb, mentions: span.mentionFirsts, in: range, clauses: clauses)
    }
    let subject = mainSubject ?? subjectBefore(trigger.start, mentions: span.mentionFirsts, in: range, clauses: clauses)
    let object = mentions.first { $0.first >= trigger.end && inClause($0.first) }?.first
    let byAgent = mentions.first { m in
      m.first >= trigger.end && inClause(m.first) && m.previousWord >= 0 && keys[m.previousWord] == words.by
    }?.first
    for mention in mentions {
      let first = mention.first
      if mention.type == .location && isAfterPlaceCue(mention, in: range) {
        let argument = PendingArgument(mention: mention, role: .place)
        if inClause(first) { clausePlaces.append(argument) } else if sentencePlace == nil { sentencePlace = argument }
        continue
      }
      guard inClause(first) || first == subject else { continue }
      if isReporting {
        // A reporting verb's participants are its speakers: the subject, or a name right after
        // the verb when the verb follows a quotation ("…,” said Neil Aspinall).
        if first == subject || first == byAgent
          || (subject == nil && first == trigger.end && followsQuotation(trigger.start, in: range))
        {
          participants.append(PendingArgument(mention: mention, role: .speaker))
          // "White House Press Secretary Sarah Sanders said": names joined by a title.
        } else if let subject, first < subject, isTitleRun(from: first, to: subject, in: range) {
          participants.append(PendingArgument(mention: mention, role: .speaker))
        }
        continue
      }
      if mention.type == .location {
        // A place is a participant only as a verb's subject or object ("North Korea is
        // disputing …"); the object of a motion verb is where it happened ("left Hanoi").
        guard isVerb, first == subject || first == object else { continue }
        if first == object && lexicon.eventClass(of: trigger.sense) == "motion" {
          clausePlaces.append(PendingArgument(mention: mention, role: .place))
          continue
        }
      }
      if isVerb && first < trigger.start && (!inClause(first) || mainSubject != nil) && first != subject { continue }
      let role = first == byAgent ? .agent : self.role(first: first, previousWord: mention.previousWord, trigger: trigger)
      if !participants.contains(where: { $0.mention.range == mention.range }) {
        participants.append(PendingArgument(mention: mention, role: role))
      }
    }
    // The place: the first one after the trigger in its clause, else the nearest before it,
    // else one elsewhere in the sentence.
    let place = clausePlaces.first { $0.mention.first > trigger.start } ?? clausePlaces.last ?? sentencePlace
    // An event noun with nobody in its clause borrows the subject of the sentence's main verb
    // ("In a rare press conference Thursday …, Ri Yong Ho said …").
    if !isVerb && participants.isEmpty,
      let borrowed = span.verbSubjects.first(where: { $0.clause != clause && $0.subject != nil })?.subject
    {
      participants.append(borrowed)
    }
    if participants.count > EventFinder.maximumParticipants {
      participants = nearest(participants, to: tokens[trigger.start].range.start)
    }
    // Speakers first, then agents, participants and patients.
    if participants.count > 1 { participants.sort { EventFinder.order($0.role) < EventFinder.order($1.role) } }

    // A verb's event needs a participant; looked at before the date, which is dearer.
    if isVerb && participants.isEmpty { return .none }
    var date = self.date(for: trigger, in: span, clause: clause, paragraphTime: paragraphTime)
    // A participle (or an infinitive of purpose) with no time of its own happened when the verb
    // it depends on did; `main` is that verb's event (its index in `events`) and first token,
    // given only for such triggers.
    if let main, date == nil || date?.source == .inherited, var mainDate = events[main.event].date {
      mainDate.source = .mainEvent
      date = mainDate
    }
    if !isVerb {
      guard place != nil || date?.source == .explicit else { return .none }
    }

    var confidence = 0.4
    switch date?.source {
    case .explicit?: confidence += 0.25
    case .inherited?, .storyDate?, .documentDate?, .mainEvent?: confidence += 0.1
    case nil: break
    }
    if participants.contains(where: { $0.role != .participant }) {
      confidence += 0.2
    } else if !participants.isEmpty {
      confidence += 0.1
    }
    if place != nil { confidence += 0.1 }
    let triggerRange = TextRange(start: tokens[trigger.start].range.start, end: tokens[trigger.end - 1].range.end)
    // (Matched, not compared with nil: the comparison is generic and copies the date.)
    var dated = false
    if case .some = date { dated = true }
    // The date is handed to the event (`consume`), not copied with its strings.
    let event = Event(
      id: "",
      trigger: EventTrigger(
        range: triggerRange, lemma: lexicon.lemma(of: trigger.sense), partOfSpeech: trigger.sense.partOfSpeech,
        eventClass: lexicon.eventClass(of: trigger.sense)),
      date: consume date, participants: participants.map { argument($0) }, place: place.map { argument($0) },
      sentence: sentence, confidence: min(confidence, 0.95))
    events.append(consume event)
    return dated ? .dated : .undated
  }

  /// The first token of the subject of a verb at `verb`: the nearest mention before it in its
  /// clause, looking past an appositive between commas; for a verb whose clause has no subject
  /// and begins with "but" or "and", the subject of the clause before.
  private func subjectBefore(_ verb: Int, mentions: [Int], in range: Range<Int>, clauses: [Int]) -> Int? {
    let clause = clauses[verb - range.lowerBound]
    func clauseOf(_ t: Int) -> Int { clauses[t - range.lowerBound] }
    var k = verb - 1
    while k >= range.lowerBound && clauseOf(k) == clause {
      if isPunctuation(k, words.comma) {
        // Skip back over an appositive: ", the Apple Chief Executive Officer ,".
        var open = k - 1
        while open >= range.lowerBound && clauseOf(open) == clause && !isPunctuation(open, words.comma) { open -= 1 }
        if open >= range.lowerBound && clauseOf(open) == clause, let before = mentions.last(where: { $0 < open }),
          clauseOf(before) == clause
        {
          return before
        }
        return nil
      }
      if let m = mentions.last(where: { $0 <= k }), m == k || (mentionAt[k] >= 0 && mentionAt[m] == mentionAt[k]) {
        return m
      }
      if referentAt[k] >= 0 { return k }
      k -= 1
    }
    // "Jobs acknowledged …, but dismissed …": the subject of the coordinated clause before.
    if k >= range.lowerBound, let first = range.first(where: { clauseOf($0) == clause && tokens[$0].kind == .word }),
      keys[first] == words.but || keys[first] == words.and
    {
      let previousClause = clauseOf(k)
      return mentions.last { $0 < k && clauseOf($0) == previousClause && document.mentions.indices.contains(Int(max(mentionAt[$0], 0))) }
    }
    return nil
  }

  /// Whether a closing quotation mark and a comma (or just the mark) come right before `t`.
  private func followsQuotation(_ t: Int, in range: Range<Int>) -> Bool {
    var k = t - 1
    var sawQuote = false
    while k >= range.lowerBound && tokens[k].kind == .punctuation {
      if isPunctuation(k, words.closingQuotes) { sawQuote = true }
      k -= 1
    }
    return sawQuote
  }

  /// Whether only capitalised words (a title) stand between two mentions.
  private func isTitleRun(from first: Int, to subject: Int, in range: Range<Int>) -> Bool {
    var k = first
    while k < subject && mentionAt[k] == mentionAt[first] { k += 1 }
    while k < subject {
      guard tokens[k].kind == .word, tokens[k].flags.contains(.capitalized) || mentionAt[k] >= 0 else { return false }
      k += 1
    }
    return true
  }

  private static func order(_ role: EventArgument.Role) -> Int {
    switch role {
    case .speaker: return 0
    case .agent: return 1
    case .participant: return 2
    case .patient: return 3
    case .place: return 4
    }
  }

  /// The argument a mention makes: its entity's id and canonical name, or, unlinked, its text. A
  /// pronoun's entity is that of the person it stands for.
  func argument(_ pending: PendingArgument) -> EventArgument {
    let mention = pending.mention
    let role = pending.role
    let named = mention.index >= 0 ? mention.index : Int(referentAt[mention.first])
    let entity = named >= 0 ? Int(mentionEntity[named]) : -1
    if entity >= 0 {
      let entities = document.entities
      return EventArgument(
        entityID: entities[entity].id, name: entities[entity].name, type: mention.type, role: role,
        range: mention.range)
    }
    return EventArgument(
      entityID: named >= 0 ? document.mentions[named].entityID : nil, name: text(mention.range), type: mention.type,
      role: role, range: mention.range)
  }

  /// Whether a place's mention follows a preposition of place: "in Hanoi", and with "the" when
  /// the name is the phrase's head, "in the United States", "at the White House" (not "in the
  /// Yongbyon area", a name qualifying a common noun).
  private func isAfterPlaceCue(_ mention: SpanMention, in range: Range<Int>) -> Bool {
    let previous = mention.previousWord
    guard previous >= 0 else { return false }
    if words.placeCues.contains(keys[previous]) { return true }
    guard keys[previous] == words.the, let cue = previousWord(before: previous, in: range),
      words.placeCues.contains(keys[cue])
    else { return false }
    var next = mention.first
    while next < range.upperBound && mentionAt[next] == mentionAt[mention.first] { next += 1 }
    guard next < range.upperBound, tokens[next].kind == .word, tokens[next].flags.contains(.lowercase) else {
      return true
    }
    return words.phraseLinks.contains(keys[next])
  }

  /// The role a mention plays for a trigger (other than a reporting verb).
  private func role(first: Int, previousWord: Int, trigger: TriggerWord) -> EventArgument.Role {
    let between = previousWord >= 0 && (keys[previousWord] == words.between || keys[previousWord] == words.and)
    if trigger.sense.partOfSpeech == .noun {
      return between || first > trigger.start ? .participant : .agent
    }
    if between { return .participant }
    return first < trigger.start ? .agent : .patient
  }

  /// The date of a trigger (see ``EventExtractor``).
  private func date(for trigger: TriggerWord, in span: Span, clause: Int, paragraphTime: Int?) -> EventDate? {
    let range = span.range
    let times = document.times
    let at = tokens[trigger.start].range.start
    // What a reporting verb reports is not when it was said: "Jobs said that his company sold
    // 13.7 million Macs last year". Only times before the verb, or right after it ("said on
    // Tuesday"), date it.
    let isReporting = trigger.sense.flags.contains(.reporting)
    // The span's dating times, with their first tokens and owners, by index into its lists (read
    // in place, in order, with no list made).
    let dating = span.datingTimes
    let firsts = span.datingFirsts
    let owners = span.datingOwners
    func isEligible(_ i: Int) -> Bool {
      guard isReporting else { return true }
      return firsts[i] < trigger.start || firsts[i] <= trigger.end + 1
    }
    func isInClause(_ i: Int) -> Bool { span.clause(of: firsts[i]) == clause }
    func distance(_ time: Int) -> Int {
      let expression = times[time].range
      return expression.start >= at ? expression.start - at : at - expression.end
    }
    /// The finest date wins ("Yesterday, at this year's conference …" is dated by "Yesterday"),
    /// then the nearest; but when every time comes after the verb, the nearest.
    func better(_ a: Int, _ b: Int) -> Bool {
      let x = TimexInterval(timex: times[a].begin ?? times[a].value)
      let y = TimexInterval(timex: times[b].begin ?? times[b].value)
      if let x, let y, x.end - x.start != y.end - y.start { return x.end - x.start < y.end - y.start }
      return distance(a) < distance(b)
    }
    // The candidates: the eligible times in the trigger's clause, or all the eligible ones when
    // the clause has none; of those, the ones this trigger owns (see `Span.datingOwners`) when
    // it owns any ("was born in 1970 in Lagos and moved to London in 1995": 1995 for "moved"),
    // else all ("In 2004, he fought cancer and founded a school": 2004 for "founded" too;
    // "renamed in 2006, as Apple began selling movies": 2006 for "began").
    let hasInClause = dating.indices.contains { isEligible($0) && isInClause($0) }
    func isEligibleHere(_ i: Int) -> Bool { isEligible(i) && (!hasInClause || isInClause(i)) }
    let ownsOne = dating.indices.contains { owners[$0] == trigger.start && isEligibleHere($0) }
    func isCandidate(_ i: Int) -> Bool { isEligibleHere(i) && (!ownsOne || owners[i] == trigger.start) }
    let allAfter = !dating.indices.contains { isCandidate($0) && times[dating[$0]].range.start < at }
    // After the verb, times date what comes nearest: "He fought cancer in 2004 and took six
    // months off in early 2009" — 2004 for "fought", however much finer "early 2009" is.
    // (The first of the best, as `min(by:)` picks it.)
    var best: Int?
    for i in dating.indices where isCandidate(i) {
      let time = dating[i]
      guard let current = best else {
        best = time
        continue
      }
      if allAfter ? distance(time) < distance(current) : better(time, current) { best = time }
    }
    if let best {
      return eventDate(from: best, source: .explicit)
    }
    if let paragraphTime {
      return eventDate(from: paragraphTime, source: .inherited)
    }
    // An event told in the simple past in a main clause, with no time in its sentence or
    // paragraph, happened on the story's day — the lead's, else the document's: news tells the
    // day's events in the simple past, and background in the past perfect ("had met") or with
    // a date of its own.
    if trigger.isPast && !span.subordinate[clause] && !isPastPerfect(trigger.start, in: range) {
      if let storyTime {
        // The story's day, even when the lead gives a time of day ("Friday morning").
        let day = String(times[storyTime].value.prefix(10))
        return EventDate(value: day, precision: .day, source: .storyDate, time: storyTime)
      }
      if let reference = document.referenceDate {
        return EventDate(value: reference.value.dateString, precision: .day, source: .documentDate, time: nil)
      }
    }
    return nil
  }

  /// Whether the verb at `t` is in the past perfect ("had met", "had already left").
  private func isPastPerfect(_ t: Int, in range: Range<Int>) -> Bool {
    auxiliary(of: t, in: range).map { keys[$0] == words.had } ?? false
  }

  private func eventDate(from index: Int, source: EventDate.Source) -> EventDate {
    // The fields are read in place: a copy of the whole expression would retain all its strings.
    let times = document.times
    return EventDate(
      value: times[index].value, precision: times[index].precision, begin: times[index].begin, end: times[index].end,
      source: source, time: index)
  }
}
