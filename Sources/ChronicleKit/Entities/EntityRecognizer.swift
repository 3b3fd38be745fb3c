/// The per-document work of the entity stage: candidates from the gazetteer and the rules,
/// resolution of overlaps, name variants, and the entity table.
///
/// A method that may change the recognizer copies all of it (about 680 bytes, retaining every
/// list it holds) to call one that only reads it. So the reading steps are called from one
/// reading method (``sentenceCandidates(into:pool:)``), and the small readers that the changing
/// passes call for every mention are inlined.
struct EntityRecognizer {
  let bytes: UnsafeBufferPointer<UInt8>
  let tokens: [Token]
  let gazetteer: GazetteerMatcher
  let lexicon: NameLexicon
  /// Where the entities' ids and names from the gazetteer are made, or found already made.
  let entryStrings: EntryStrings
  /// Each sentence's tokens, with how it is written.
  var sentences: [SentenceSpan]
  /// Case-sensitive keys of the tokens (for the gazetteer).
  var exactKeys: [UInt64]
  /// Lower-case keys of the tokens (for the word lists and `fold` entries).
  var lowerKeys: [UInt64]
  /// What the word lists say about each token.
  var cls: [WordClass]
  /// For each token, one past the end of the longest gazetteer match starting there (0: none),
  /// and that match's best entry; filled sentence by sentence before the rules run.
  var longestMatchEnd: [Int32]
  var longestMatchEntry: [Int32]
  /// The capitalised words (``isCapitalized(_:)``), in text order: where most rules start, so
  /// that they visit these and not every token.
  var capitals: [Int32]
  /// The words that may start a title ("President", "foreign minister"), in text order.
  var titleWords: [Int32]
  var candidates: [Candidate]
  /// The gazetteer matches of every sentence (see ``listMatches(inSentence:)``), in a list kept
  /// from one document to the next.
  var matchBuffer: [GazetteerMatcher.Match]
  /// The gazetteer entries of the candidates, each candidate's a range of this pool.
  var entryPool: [Int32]
  /// The results.
  var mentions: [Mention]
  var entities: [Entity]
  /// For each mention, the index of its entity in `entities` (-1 for none).
  var mentionEntities: [Int32]
  var diagnostics: [Diagnostic]
  /// The resolved candidates, in text order, with the entity each links to.
  var resolved: [Linked]
  /// The span of the first full name the text gave for each person (see ``packed(_:)``), by
  /// ``EntityRef/key``: what a short form's diagnostic names, and a rule-found person's
  /// canonical name. Filled by ``linkVariants()``.
  var fullNameSpans: KeyTable
  /// Room for the later passes, from the kept lists.
  var spare: Spare

  // (No property has a default value: the initializer sets each once. With defaults, the
  // compiler built the recognizer aside and copied it, retaining every list it holds.)

  /// A sentence's token range and style.
  struct SentenceSpan {
    var tokens: Range<Int>
    /// The first word (or number) of the sentence, after quotes, brackets, bullets or dashes.
    var firstWord: Int
    /// The sentence's part of ``EntityRecognizer/capitals``.
    var capitals: Range<Int>
    /// The sentence's part of ``EntityRecognizer/titleWords``.
    var titleWords: Range<Int>
    /// Most words are in capitals ("NORTH KOREA SAYS …").
    var isAllCaps: Bool
    /// A headline in title case ("Apple Unveils New Laptops"), where capitals mean little.
    var isTitleCase: Bool
    /// The sentence's part of ``EntityRecognizer/matchBuffer``, once
    /// ``EntityRecognizer/listMatches(inSentence:)`` has found its matches.
    var matches: Range<Int> = 0..<0
  }

  /// The lists the stage fills for each document, kept from one document to the next (see
  /// ``ScratchPool``): the recognizer's lists of one entry per token and its candidates.
  struct Scratch {
    var classes: [WordClass] = []
    var longestMatchEnd: [Int32] = []
    var longestMatchEntry: [Int32] = []
    var capitals: [Int32] = []
    var titleWords: [Int32] = []
    var candidates: [Candidate] = []
    var matchBuffer: [GazetteerMatcher.Match] = []
    var entryPool: [Int32] = []
    var resolved: [Linked] = []
    var sentences: [SentenceSpan] = []
    var spare = Spare()

    /// The room (in elements) of the longest list.
    var largestCapacity: Int {
      Swift.max(
        classes.capacity, longestMatchEnd.capacity, longestMatchEntry.capacity, capitals.capacity,
        titleWords.capacity, candidates.capacity, matchBuffer.capacity, entryPool.capacity, resolved.capacity,
        sentences.capacity, spare.largestCapacity)
    }
  }

  /// Room for the passes after the candidates are found (see ``Scratch``): each pass takes its
  /// lists out of ``spare`` and puts them back.
  struct Spare {
    var taken: [Bool] = []
    var accepted: [Candidate] = []
    var covered: [Int32] = []
    var removed: [Bool] = []
    var merged: [Linked] = []
    var replacements: [Linked] = []
    var byFamilyName = ShortForms()
    var byGivenName = ShortForms()
    var entityIndex = KeyTable()
    var seenAliases = KeyTable()
    var madeIDs = KeyTable()
    var sourceOfEntry = KeyTable()
    var listBySpan = KeyTable()
    var firstOfSpelling = KeyTable()
    var senseUses = KeyTable()
    var entityOfBuilding: [Int32] = []
    var sources: [String] = []

    /// The room (in elements) of the longest list. (The tables keep at most
    /// ``KeyTable/largestKept`` slots of their own accord.)
    var largestCapacity: Int {
      Swift.max(
        taken.capacity, accepted.capacity, covered.capacity, removed.capacity, merged.capacity,
        replacements.capacity, byFamilyName.largestCapacity, byGivenName.largestCapacity, entityOfBuilding.capacity)
    }
  }

  /// A recognizer for a document that fills the lists of `scratch` (taken from it; see
  /// ``giveBack(to:)``).
  init(
    bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], keys: TokenKeys, sentences: [Sentence],
    gazetteer: consuming GazetteerMatcher, lexicon: consuming NameLexicon, entryStrings: EntryStrings,
    scratch: inout Scratch
  ) {
    self.bytes = bytes
    self.tokens = tokens
    self.entryStrings = entryStrings
    let exact = keys.exact
    let lower = keys.lower
    var classes = scratch.classes.takeEmptied()
    classes.append(contentsOf: repeatElement([], count: tokens.count))
    // Names start with a capital: only capitalised words need the big table.
    var capitals = scratch.capitals.takeEmptied()
    capitals.reserveCapacity(tokens.count / 4 + 8)
    var titleWords = scratch.titleWords.takeEmptied()
    // These loops visit every token: the lists are read through their buffers.
    tokens.withUnsafeBufferPointer { tokens in
      exact.withUnsafeBufferPointer { exact in
        lower.withUnsafeBufferPointer { lower in
          classes.withUnsafeMutableBufferPointer { classes in
            for i in tokens.indices {
              // The big tables miss the cache: ask for the slots now, so that the misses of the
              // whole document overlap, and find them loaded below and when the gazetteer is walked.
              let token = tokens[i]
              if token.flags.contains(.capitalized) || token.kind == .number {
                gazetteer.prefetchStart(exact[i])
                if token.kind == .word { lexicon.prefetchClasses(lower[i]) }
              }
            }
            for i in tokens.indices where tokens[i].kind == .word {
              let token = tokens[i]
              if token.flags.contains(.capitalized) {
                classes[i] = lexicon.classes(lower[i])
                if !token.flags.contains(.clitic) { capitals.append(Int32(i)) }
              } else {
                classes[i] = lexicon.functionClasses(lower[i])
              }
              if classes[i].contains(.titleStart) && !token.flags.contains(.clitic) { titleWords.append(Int32(i)) }
            }
            // The first steps are loaded by now: ask for the second ones, which most capitalised
            // words take (a name's next word, or a probe that finds the name ends there).
            for i in tokens.indices.dropLast()
            where tokens[i].flags.contains(.capitalized) || tokens[i].kind == .number {
              gazetteer.prefetchSecond(exact[i], exact[i + 1])
            }
          }
        }
      }
    }
    // News gives about one candidate per eight tokens: room for them at once, not by doubling.
    var candidates = scratch.candidates.takeEmptied()
    candidates.reserveCapacity(tokens.count / 8 + 8)
    self.candidates = candidates
    matchBuffer = scratch.matchBuffer.takeEmptied()
    entryPool = scratch.entryPool.takeEmptied()
    mentions = []
    entities = []
    mentionEntities = []
    diagnostics = []
    resolved = scratch.resolved.takeEmptied()
    fullNameSpans = KeyTable()
    spare = Spare()
    swap(&spare, &scratch.spare)
    exactKeys = exact
    lowerKeys = lower
    cls = classes
    var longestMatchEnd = scratch.longestMatchEnd.takeEmptied()
    longestMatchEnd.append(contentsOf: repeatElement(0, count: tokens.count))
    self.longestMatchEnd = longestMatchEnd
    var longestMatchEntry = scratch.longestMatchEntry.takeEmptied()
    longestMatchEntry.append(contentsOf: repeatElement(0, count: tokens.count))
    self.longestMatchEntry = longestMatchEntry
    // Each sentence's part of a list of token indices, found by moving a cursor along it.
    func part(of list: [Int32], _ cursor: inout Int, _ tokens: Range<Int>) -> Range<Int> {
      while cursor < list.count && Int(list[cursor]) < tokens.lowerBound { cursor += 1 }
      let first = cursor
      while cursor < list.count && Int(list[cursor]) < tokens.upperBound { cursor += 1 }
      return first..<cursor
    }
    var t = 0
    var c = 0
    var w = 0
    var spans = scratch.sentences.takeEmptied()
    tokens.withUnsafeBufferPointer { tokens in
      for sentence in sentences {
        while t < tokens.count && tokens[t].range.start < sentence.range.start { t += 1 }
        let start = t
        while t < tokens.count && tokens[t].range.end <= sentence.range.end { t += 1 }
        let sentenceCapitals = part(of: capitals, &c, start..<t)
        let sentenceTitleWords = part(of: titleWords, &w, start..<t)
        if start < t {
          spans.append(
            EntityRecognizer.style(
              start..<t, capitals: sentenceCapitals, titleWords: sentenceTitleWords, tokens: tokens, bytes: bytes))
        }
      }
    }
    self.sentences = spans
    self.capitals = capitals
    self.titleWords = titleWords
    // Moved in last (the parameters are `consuming`), not copied first and read after.
    self.gazetteer = gazetteer
    self.lexicon = lexicon
  }

  /// Gives the lists back to `scratch` for the next document.
  mutating func giveBack(to scratch: inout Scratch) {
    swap(&cls, &scratch.classes)
    swap(&longestMatchEnd, &scratch.longestMatchEnd)
    swap(&longestMatchEntry, &scratch.longestMatchEntry)
    swap(&capitals, &scratch.capitals)
    swap(&titleWords, &scratch.titleWords)
    swap(&candidates, &scratch.candidates)
    swap(&matchBuffer, &scratch.matchBuffer)
    swap(&entryPool, &scratch.entryPool)
    swap(&resolved, &scratch.resolved)
    swap(&sentences, &scratch.sentences)
    swap(&spare, &scratch.spare)
  }

  mutating func run() {
    // Every sentence's gazetteer matches first (finding them changes the recognizer), then the
    // candidates, found by reading it: the lists they are added to are taken out for them.
    for index in sentences.indices { listMatches(inSentence: index) }
    var found = candidates
    var pool = entryPool
    candidates = []
    entryPool = []
    sentenceCandidates(into: &found, pool: &pool)
    candidates = found
    entryPool = pool
    resolve()
    linkAcronyms()
    linkVariants()
    linkOrganizationShortForms()
    agreeOnSenses()
    reportAmbiguousNames()
    buildOutput()
  }

  /// Each sentence's candidates, in turn: those of its gazetteer matches (found by
  /// ``listMatches(inSentence:)``), then those of the rules for names that no list has; their
  /// entries go to `pool`. (A rule reads the longest matches of its own sentence's tokens only,
  /// so that every sentence's matches are found first changes nothing.)
  /// The steps that only read are called from here, where `self` is read in place (see
  /// ``EntityRecognizer``).
  func sentenceCandidates(into found: inout [Candidate], pool: inout [Int32]) {
    for sentence in sentences {
      listCandidates(in: sentence, into: &found, pool: &pool)
      // In all-capitals text capitals say nothing: only the gazetteers are trusted there.
      if sentence.isAllCaps { continue }
      titleCandidates(in: sentence, into: &found)
      givenNameCandidates(in: sentence, into: &found)
      initialsCandidates(in: sentence, into: &found)
      familyNameFirstCandidates(in: sentence, into: &found)
      surnameFormCandidates(in: sentence, into: &found)
      organizationCandidates(in: sentence, into: &found)
      placeCandidates(in: sentence, into: &found)
      placeNamedOrganizationCandidates(in: sentence, into: &found)
      acronymCandidates(in: sentence, into: &found)
      cityCountryCandidates(in: sentence, into: &found)
    }
  }

  // MARK: - Entries

  /// A candidate's gazetteer entries, best first.
  func entries(of candidate: Candidate) -> ArraySlice<Int32> {
    entryPool[Int(candidate.entries.lowerBound)..<Int(candidate.entries.upperBound)]
  }

  /// Adds a list of entries to `pool` (the ``entryPool``, or the pool taken out of it), for a
  /// candidate: their range there.
  static func add(_ list: some Collection<Int32>, to pool: inout [Int32]) -> Range<Int32> {
    let start = Int32(pool.count)
    pool.append(contentsOf: list)
    return start..<Int32(pool.count)
  }

  // MARK: - Tokens

  /// The text of tokens `start..<end`.
  func text(_ start: Int, _ end: Int) -> String {
    bytes.string(in: TextRange(start: tokens[start].range.start, end: tokens[end - 1].range.end))
  }

  func isWord(_ i: Int) -> Bool { tokens[i].kind == .word && !tokens[i].flags.contains(.clitic) }

  /// A word starting with a capital letter.
  func isCapitalized(_ i: Int) -> Bool { isWord(i) && tokens[i].flags.contains(.capitalized) }

  /// Whether token `i` is the first word of its sentence (after opening quotes, brackets,
  /// bullets or dashes).
  func isSentenceInitial(_ i: Int, in sentence: SentenceSpan) -> Bool {
    i == sentence.firstWord
  }

  /// A single capital letter followed directly by a period ("J." in "Donald J. Trump").
  func isInitial(_ i: Int, limit: Int) -> Bool {
    isCapitalized(i) && tokens[i].range.length == 1 && i + 1 < limit && tokens[i + 1].range.length == 1
      && bytes[tokens[i + 1].range.start] == 0x2E && !tokens[i + 1].flags.contains(.spaceBefore)
  }

  /// Whether token `i` is the given byte, as a one-byte punctuation token.
  func isPunctuation(_ i: Int, _ byte: UInt8) -> Bool {
    tokens[i].kind == .punctuation && tokens[i].range.length == 1 && bytes[tokens[i].range.start] == byte
  }

  /// A hyphen joined to the words on both sides ("Jae-in", "Coca-Cola").
  func isJoiningHyphen(_ i: Int, limit: Int) -> Bool {
    i + 1 < limit && isPunctuation(i, 0x2D) && !tokens[i].flags.contains(.spaceBefore)
      && isWord(i + 1) && !tokens[i + 1].flags.contains(.spaceBefore)
  }

  /// The number of letters in a word token.
  func letterCount(_ i: Int) -> Int {
    var count = 0
    for b in bytes[tokens[i].range.start..<tokens[i].range.end] where b & 0xC0 != 0x80 { count += 1 }
    return count
  }

  /// A sentence's style. (Static: a method called on `self` in the initializer made a copy of
  /// all of it, retaining every list it holds.)
  private static func style(
    _ range: Range<Int>, capitals: Range<Int>, titleWords: Range<Int>, tokens: UnsafeBufferPointer<Token>,
    bytes: UnsafeBufferPointer<UInt8>
  ) -> SentenceSpan {
    var words = 0
    var caps = 0
    var longWords = 0
    var capitalizedLong = 0
    // Counted with bits, not branches: whether a word is long or in capitals follows no pattern
    // that a branch predictor could learn.
    @inline(__always) func bit(_ value: Bool) -> Int { Int(unsafeBitCast(value, to: UInt8.self)) }
    for i in range {
      let token = tokens[i]
      let isWord = bit(token.kind == .word)
      let isCounted = isWord & bit(token.range.length >= 2)
      let isLong = isWord & bit(token.range.length >= 4)
      words &+= isCounted
      caps &+= isCounted & bit(token.flags.contains(.allCaps))
      longWords &+= isLong
      capitalizedLong &+= isLong & bit(token.flags.contains(.capitalized))
    }
    let allCaps = words >= 2 && caps * 10 >= words * 7
    let lastByte = bytes[tokens[range.upperBound - 1].range.start]
    let endsLikeSentence = lastByte == 0x2E || lastByte == 0x3F || lastByte == 0x21
    let titleCase = !allCaps && longWords >= 2 && capitalizedLong * 10 >= longWords * 8 && range.count <= 24
      && !endsLikeSentence
    var first = range.lowerBound
    while first < range.upperBound && tokens[first].kind != .word && tokens[first].kind != .number { first += 1 }
    return SentenceSpan(
      tokens: range, firstWord: first, capitals: capitals, titleWords: titleWords, isAllCaps: allCaps,
      isTitleCase: titleCase)
  }
}
