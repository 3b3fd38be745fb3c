/// The per-document work of the events stage.
struct EventFinder {
  let bytes: UnsafeBufferPointer<UInt8>
  let document: Document
  let lexicon: EventLexicon
  let tokens: [Token]
  /// Lower-case keys of the word tokens (0 for other tokens).
  var keys: [UInt64]
  /// What the lexicon has for each word that may be a trigger (``EventLexicon/form(_:)``),
  /// looked up once when the finder is made; ``EventLexicon/unread`` for the tokens not looked
  /// up then (capitalised words, and words inside names and times).
  var forms: [UInt64]
  /// For each token, the index of the mention that covers it, or -1.
  var mentionAt: [Int32]
  /// For each token, the index of the time expression that covers it, or -1.
  var timeAt: [Int32]
  /// For each mention, the index of its entity in the document's entities, or -1.
  var mentionEntity: [Int32]
  /// The function words the stage looks at.
  let words = EventWords.shared
  /// For each token that is "he", "she", "him", "his" or "her", the index of the mention of the
  /// person it stands for: the person named last, within the sentence or the two before it
  /// (-1 for other tokens).
  var referentAt: [Int32]
  /// The time expression (index) that dates the story's lead event, if the lead names one.
  var storyTime: Int?

  /// The lists the stage fills for each document, kept from one document to the next (see
  /// ``ScratchPool``): the finder's lists of one entry per token, and the room for each span's
  /// and trigger's work.
  struct Scratch {
    var keys: [UInt64] = []
    var forms: [UInt64] = []
    var mentionAt: [Int32] = []
    var timeAt: [Int32] = []
    var referentAt: [Int32] = []
    var span = Span()
    var arguments = ArgumentScratch()

    /// The room (in elements) of the longest list.
    var largestCapacity: Int {
      Swift.max(
        keys.capacity, forms.capacity, mentionAt.capacity, timeAt.capacity, referentAt.capacity, span.largestCapacity)
    }
  }

  /// A finder for `document` that fills the per-token lists of `scratch` (taken from it; see
  /// ``giveBack(to:)``).
  init(
    bytes: UnsafeBufferPointer<UInt8>, document: consuming Document, lexicon: consuming EventLexicon,
    names: NameLexicon? = nil, scratch: inout Scratch
  ) {
    self.bytes = bytes
    let tokens = document.tokens
    self.tokens = tokens
    let count = tokens.count
    let lower = TokenKeys.of(document, bytes).lower
    var keys = scratch.keys.takeEmptied()
    keys.append(contentsOf: repeatElement(0, count: count))
    // One pass writes the keys and asks for the slots of the words `triggers` may look up
    // (the passes over every token read the lists through their buffers).
    tokens.withUnsafeBufferPointer { tokens in
      lower.withUnsafeBufferPointer { lower in
        keys.withUnsafeMutableBufferPointer { keys in
          @inline(__always) func key(_ t: Int) -> UInt64 { t < count && tokens[t].kind == .word ? lower[t] : 0 }
          for t in 0..<count {
            keys[t] = key(t)
            if keys[t] != 0 && !tokens[t].flags.contains(.capitalized) { lexicon.prefetch(keys[t], next: key(t + 1)) }
          }
        }
      }
    }
    self.keys = keys
    var mentionAt = scratch.mentionAt.takeEmptied()
    var timeAt = scratch.timeAt.takeEmptied()
    var referentAt = scratch.referentAt.takeEmptied()
    let mentionEntity =
      document.mentionEntities.count == document.mentions.count
      ? document.mentionEntities : EventFinder.mentionEntities(of: document)
    EventFinder.cover(
      tokens, keys, document, mentionEntity: mentionEntity, names: names, mentionAt: &mentionAt, timeAt: &timeAt,
      referentAt: &referentAt)
    self.mentionAt = mentionAt
    self.timeAt = timeAt
    self.referentAt = referentAt
    // By now the words' slots have arrived: read them for the words outside names and times
    // (the only ones `triggers` looks up), and start loading what `choose` and `phrase` will
    // read: the senses, and the forms of a phrase's group.
    var forms = scratch.forms.takeEmptied()
    forms.append(contentsOf: repeatElement(EventLexicon.unread, count: count))
    tokens.withUnsafeBufferPointer { tokens in
      keys.withUnsafeBufferPointer { keys in
        mentionAt.withUnsafeBufferPointer { mentionAt in
          timeAt.withUnsafeBufferPointer { timeAt in
            forms.withUnsafeMutableBufferPointer { forms in
              for t in 0..<count
              where keys[t] != 0 && !tokens[t].flags.contains(.capitalized) && mentionAt[t] < 0 && timeAt[t] < 0 {
                let form = lexicon.form(keys[t])
                forms[t] = form
                lexicon.prefetchSenses(of: form)
                if EventLexicon.startsPhrase(form) && t + 1 < count {
                  lexicon.prefetchPhrases(keys[t], next: keys[t + 1])
                }
              }
            }
          }
        }
      }
    }
    self.forms = forms
    self.mentionEntity = mentionEntity
    storyTime = EventFinder.leadTime(of: document)
    // Moved in last (the parameters are `consuming`), not copied first and read after.
    self.document = document
    self.lexicon = lexicon
  }

  /// The story's date: the latest day that the first six sentences name, within the week up to
  /// the reference date — "Yesterday, …", "Apple announced Friday …", "In a rare press
  /// conference Thursday …". A date on a line of its own (under a headline) does not count: it
  /// is the document's date.
  static func leadTime(of document: Document) -> Int? {
    guard let reference = document.referenceDate, let today = TimexInterval(dayOf: reference.value) else { return nil }
    let limit = document.sentences.count > 6 ? document.sentences[6].range.start : Int.max
    let weekBefore = today.start - 7 * 1440
    var best: (index: Int, start: Int64)?
    for (index, time) in document.times.enumerated() where time.range.start < limit {
      if let sentence = document.sentences.first(where: { $0.range.contains(time.range) }),
        sentence.range.length - time.range.length <= 2
      {
        continue
      }
      guard time.type == .date || time.type == .time, time.begin == nil,
        let interval = TimexInterval(timex: time.value), interval.end - interval.start <= 1440,
        interval.start >= weekBefore, interval.start < today.end
      else { continue }
      if document.referenceDate?.source == .text, reference.range?.overlaps(time.range) == true { continue }
      if best == nil || interval.start > best!.start { best = (index, interval.start) }
    }
    return best?.index
  }

  /// What covers each token: the index of the mention and of the time expression that cover it
  /// (or -1), and, for a third-person singular pronoun, the mention of the person named last
  /// before it whom it can stand for, if named in the same sentence or the two before it (or
  /// -1): with `names`, "she" passes over a man and "he" over a woman, as their given names tell
  /// (a person's gender is read from the first word of a full name: "Sarah Sanders" … "Sanders";
  /// a family name written first tells nothing). The mentions and times are sorted and do not
  /// overlap.
  ///
  /// Mentions, times and pronouns are few: each is visited with cursors that only move forward,
  /// and only the tokens they cover are written, not every token in one loop doing all three.
  /// The three lists are given empty, with whatever room they have.
  static func cover(
    _ tokens: [Token], _ keys: [UInt64], _ document: Document, mentionEntity: [Int32], names: NameLexicon?,
    mentionAt: inout [Int32], timeAt: inout [Int32], referentAt: inout [Int32]
  ) {
    let words = EventWords.shared
    mentionAt.append(contentsOf: repeatElement(-1, count: tokens.count))
    timeAt.append(contentsOf: repeatElement(-1, count: tokens.count))
    referentAt.append(contentsOf: repeatElement(-1, count: tokens.count))
    let sentences = document.sentences
    /// Each person mention with an entity, the sentence of the first token after it, and its
    /// first token when it is a name of two words or more (-1 otherwise).
    var people: [(mention: Int32, sentence: Int32, fullNameStart: Int32)] = []
    tokens.withUnsafeBufferPointer { tokens in
      /// The sentence of token `t`, moving `s` forward (`t` never decreases between calls).
      func sentence(of t: Int, _ s: inout Int) -> Int {
        let start = tokens[t].range.start
        while s + 1 < sentences.count && sentences[s + 1].range.start <= start { s += 1 }
        return s
      }
      // The tokens inside each span: they start at or after its start and end by its end. The
      // first is found by halving (tokens are in text order), not by walking every token.
      func mark(_ spans: some Collection<TextRange>, _ at: inout [Int32], after: (Int, Int, Int) -> Void) {
        var t = 0
        for (index, span) in spans.enumerated() {
          var high = tokens.count
          while t < high {
            let middle = t + (high - t) / 2
            if tokens[middle].range.start < span.start { t = middle + 1 } else { high = middle }
          }
          let first = t
          while t < tokens.count && tokens[t].range.start < span.end {
            if tokens[t].range.end <= span.end { at[t] = Int32(index) }
            t += 1
          }
          after(index, first, t)
        }
      }
      var s = 0
      let mentions = document.mentions
      mark(mentions.lazy.map(\.range), &mentionAt) { m, first, next in
        // (A person named at the very end of the text has no pronoun after it.)
        guard mentions[m].type == .person && mentions[m].entityID != nil && next < tokens.count else { return }
        let isFullName = next - first >= 2 && tokens[first].kind == .word && tokens[first + 1].kind == .word
        people.append((Int32(m), Int32(sentence(of: next, &s)), isFullName ? Int32(first) : -1))
      }
      mark(document.times.lazy.map(\.range), &timeAt) { _, _, _ in }
      guard !people.isEmpty else { return }
      s = 0
      var p = -1
      /// Each entity's gender, by its index, worked out when a pronoun first asks for it (nil:
      /// not yet): from the first word of a full name of it ("Sarah" of "Sarah Sanders").
      var genders: [PersonGender?] = []
      func gender(ofPerson index: Int) -> PersonGender {
        guard let names else { return .unknown }
        let e = Int(mentionEntity[Int(people[index].mention)])
        guard e >= 0 else { return .unknown }
        if genders.isEmpty { genders = Array(repeating: nil, count: document.entities.count) }
        guard e < genders.count else { return .unknown }
        if let known = genders[e] { return known }
        var found = PersonGender.unknown
        for person in people where person.fullNameStart >= 0 && mentionEntity[Int(person.mention)] == e {
          found = names.gender(ofGivenName: keys[Int(person.fullNameStart)])
          if found != .unknown { break }
        }
        genders[e] = found
        return found
      }
      // (The pronouns are two or three letters: longer words are not looked up.)
      for t in tokens.indices where keys[t] != 0 && tokens[t].range.length <= 3 && words.pronouns.contains(keys[t]) {
        // The last person mention that ends by the pronoun's start, passing over those of the
        // other gender.
        let start = tokens[t].range.start
        while p + 1 < people.count && mentions[Int(people[p + 1].mention)].range.end <= start { p += 1 }
        var q = p
        if names != nil {
          let other: PersonGender = words.masculinePronouns.contains(keys[t]) ? .female : .male
          while q >= 0 && gender(ofPerson: q) == other { q -= 1 }
        }
        if q >= 0 && sentence(of: t, &s) - Int(people[q].sentence) <= 2 {
          referentAt[t] = people[q].mention
        }
      }
    }
  }

  /// Gives the per-token lists back to `scratch` for the next document.
  mutating func giveBack(to scratch: inout Scratch) {
    swap(&keys, &scratch.keys)
    swap(&forms, &scratch.forms)
    swap(&mentionAt, &scratch.mentionAt)
    swap(&timeAt, &scratch.timeAt)
    swap(&referentAt, &scratch.referentAt)
  }

  /// The index of each mention's entity in the document's entities (-1 for none), found by id:
  /// for a document whose mentions or entities were set from elsewhere than the entity stage
  /// (which leaves these indices in the document).
  static func mentionEntities(of document: Document) -> [Int32] {
    var indexOfID: [String: Int32] = [:]
    for (index, entity) in document.entities.enumerated() where indexOfID[entity.id] == nil {
      indexOfID[entity.id] = Int32(index)
    }
    return document.mentions.map { mention in mention.entityID.flatMap { indexOfID[$0] } ?? -1 }
  }

  // MARK: - Words

  func isWord(_ t: Int) -> Bool { tokens[t].kind == .word }

  func text(_ range: TextRange) -> String { bytes.string(in: range) }

  /// Whether token `t` is punctuation whose first character is one of `characters`.
  @inline(__always)
  func isPunctuation(_ t: Int, _ characters: EventWords.ScalarSet) -> Bool {
    guard tokens[t].kind == .punctuation else { return false }
    return characters.contains(firstScalar(t).value)
  }

  /// The first Unicode scalar of token `t` and its length in bytes, decoded from the text.
  func firstScalar(_ t: Int) -> (value: UInt32, length: Int) {
    let (scalar, length) = UTF8Scanning.decode(bytes, at: tokens[t].range.start)
    return (scalar.value, length)
  }

  // MARK: - Run

  /// The document's events. The span's and arguments' lists of `scratch` serve as room.
  func run(scratch lists: inout Scratch) -> [Event] {
    var events: [Event] = []
    // News has about one event for every twenty tokens: room for them at once.
    events.reserveCapacity(tokens.count / 16 + 4)
    var t = 0
    /// The last time that dated something in the current paragraph.
    var paragraphTime: (paragraph: Int, time: Int)? = nil
    // Taken out of the kept lists (and put back at the end), so that they are this loop's own.
    var span = Span()
    var scratch = ArgumentScratch()
    swap(&span, &lists.span)
    swap(&scratch, &lists.arguments)
    defer {
      swap(&span, &lists.span)
      swap(&scratch, &lists.arguments)
    }
    for (sentenceIndex, sentence) in document.sentences.enumerated() {
      while t < tokens.count && tokens[t].range.start < sentence.range.start { t += 1 }
      let start = t
      while t < tokens.count && tokens[t].range.end <= sentence.range.end { t += 1 }
      let range = start..<t
      guard !range.isEmpty else { continue }
      if let last = paragraphTime, last.paragraph != sentence.paragraph { paragraphTime = nil }
      // Nearly every sentence is one block: only a very long one is cut (and its list made).
      let blocks = range.count > EventFinder.maximumBlockTokens ? self.blocks(of: range) : []
      for blockIndex in 0..<max(blocks.count, 1) {
        fill(&span, with: blocks.isEmpty ? range : blocks[blockIndex])
        /// The last dated verb's event in the block (its index) and the verb's first token, and
        /// whether that verb is one of motion: what a participle, or an infinitive of purpose
        /// after a verb of motion, depends on and takes the date (and a participle the subject)
        /// of. (An index: a date is copied only for the few that take it.)
        var main: (event: Int, verb: Int)? = nil
        var mainIsMotion = false
        for trigger in span.triggers {
          let dependent =
            isParticiple(trigger, in: span) || (mainIsMotion && isInfinitive(trigger, in: span))
          // Made in place at the end of the list: an event has a dozen strings, and each copy of
          // it retains them all.
          let index = events.count
          let made = makeEvent(
            trigger, in: span, sentence: sentenceIndex, paragraphTime: paragraphTime?.time,
            main: dependent ? main : nil, scratch: &scratch, into: &events)
          if made == .none { continue }
          if trigger.sense.partOfSpeech == .verb, !dependent, made == .dated {
            main = (index, trigger.start)
            mainIsMotion = lexicon.eventClass(of: trigger.sense) == "motion"
          }
          events[index].id = EventFinder.eventID(document.id, index)
        }
        // Times in this sentence (or block) date what follows in the paragraph.
        if let time = span.datingTimes.last { paragraphTime = (sentence.paragraph, time) }
      }
    }
    return events
  }

  /// An event's id, "<document id>#<index>".
  static func eventID(_ documentID: String, _ index: Int) -> String {
    String.numbered(documentID, UInt8(ascii: "#"), index)
  }

  /// Whether a verb trigger is a participle that depends on the verb before it: a word in -ing
  /// (alone or opening a phrasal verb) after a comma, "by" or "while" ("…, killing 30 people",
  /// "by walking onto the stage").
  func isParticiple(_ trigger: TriggerWord, in span: Span) -> Bool {
    let t = trigger.start
    guard trigger.sense.partOfSpeech == .verb, t > span.range.lowerBound else { return false }
    guard tokens[t].range.length > 4, UTF8Scanning.hasASCIISuffix(bytes, tokens[t].range, "ing") else { return false }
    let before = t - 1
    return isPunctuation(before, words.comma) || keys[before] == words.by || keys[before] == words.whileKey
  }

  /// Whether a verb trigger is an infinitive: a verb (or phrasal verb) after "to" ("returned to
  /// the stage to reveal", "moved on to talk about").
  func isInfinitive(_ trigger: TriggerWord, in span: Span) -> Bool {
    trigger.sense.partOfSpeech == .verb && trigger.start > span.range.lowerBound && keys[trigger.start - 1] == words.to
  }

  /// Whether a time expression can date an event: a date, time or range with a calendar value.
  /// Whether the time whose first token is `t` is the baseline of a comparison, which dates no
  /// event: "The CDU took 38.3 percent, down from 39.2 percent in 2013" (the vote is not of
  /// 2013), "sales of $3 billion, compared with $2.8 billion a year earlier", "versus 2019".
  /// The cue is looked for among the eight tokens before the time, in its phrase (no comma,
  /// colon, bracket or quotation mark between).
  func isComparisonBaseline(_ t: Int, in range: Range<Int>) -> Bool {
    var k = t - 1
    while k >= range.lowerBound && k >= t - 8 {
      if tokens[k].kind == .punctuation && isPunctuation(k, words.blockBreaks) { return false }
      if tokens[k].kind == .word {
        let key = keys[k]
        if words.versus.contains(key) { return true }
        if let before = previousWord(before: k, in: range) {
          if key == words.from && words.upOrDown.contains(keys[before]) { return true }
          if words.comparedLinks.contains(key) && keys[before] == words.compared { return true }
        }
      }
      k -= 1
    }
    return false
  }

  func anchors(_ index: Int) -> Bool {
    let times = document.times
    guard times[index].type == .date || times[index].type == .time else { return false }
    return TimexInterval(timex: times[index].begin ?? times[index].value) != nil
  }
}
