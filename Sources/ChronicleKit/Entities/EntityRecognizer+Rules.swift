/// Rules for names that no list has.
extension EntityRecognizer {
  /// Whether token `i` can be part of a person's name: a capitalised word that is not a month
  /// or weekday, a title, or an organization word.
  func isNameWord(_ i: Int, in sentence: SentenceSpan) -> Bool {
    guard isCapitalized(i), !cls[i].contains(.time) else { return false }
    if tokens[i].flags.contains(.allCaps) && tokens[i].range.length > 1 && !sentence.isAllCaps { return false }
    return !cls[i].contains(.organizationSuffix) && !cls[i].contains(.organizationHead)
  }

  /// The end of a person's name starting at `start`: up to four name words, with initials
  /// before and between them ("H. R. McMaster", "Donald J. Trump", "J.K. Rowling"), joined
  /// hyphens ("Jae-in"), particles ("de", "van") and a generation's period ("Jr.").
  func personNameEnd(from start: Int, in sentence: SentenceSpan, maximumWords: Int = 4) -> Int {
    let limit = sentence.tokens.upperBound
    var i = start
    var words = 0
    var end = start
    while i < limit && words < maximumWords {
      if let next = initialsEnd(i, limit: limit) {
        i = next
        continue
      }
      if isNameWord(i, in: sentence) && !(words > 0 && startsTitleBeforeName(i, in: sentence)) {
        i += 1
        words += 1
        while isJoiningHyphen(i, limit: limit) { i += 2 }
        if words > 1, cls[i - 1].contains(.generation), i < limit, isPunctuation(i, 0x2E),
          !tokens[i].flags.contains(.spaceBefore)
        {
          i += 1
        }
        end = i
        continue
      }
      if words > 0, i + 1 < limit, isWord(i), !tokens[i].flags.contains(.capitalized),
        cls[i].contains(.particle), isNameWord(i + 1, in: sentence)
      {
        i += 1
        continue
      }
      break
    }
    return end
  }

  /// One past the initials at `i`: a capital letter and its period ("J."), or a dotted token of
  /// single capitals that no list knows ("J.K.", "H.R.", but not "U.S." or "D.C."); `nil` when
  /// there are none.
  func initialsEnd(_ i: Int, limit: Int) -> Int? {
    guard i < limit else { return nil }
    if isInitial(i, limit: limit) { return i + 2 }
    guard isWord(i), tokens[i].flags.contains(.dotted), longestMatchEnd[i] == 0 else { return nil }
    let range = tokens[i].range
    guard range.length >= 4, range.length <= 8, range.length % 2 == 0 else { return nil }
    for k in stride(from: range.start, to: range.end, by: 2) {
      guard bytes[k] >= 0x41 && bytes[k] <= 0x5A, bytes[k + 1] == 0x2E else { return nil }
    }
    return i + 1
  }

  /// Initials before a surname, with no title or given name before them: "C. H. Douglas",
  /// "J. K. Rowling", "W. E. B. Du Bois". The word after the initials is a surname, or no common
  /// word ("U. S. Steel" is no person); a place or organization it starts must be a surname too.
  func initialsCandidates(in sentence: SentenceSpan, into candidates: inout [Candidate]) {
    let range = sentence.tokens
    var previousEnd = -1
    for k in sentence.capitals {
      let i = Int(capitals[k])
      guard i >= previousEnd, var word = initialsEnd(i, limit: range.upperBound) else { continue }
      while let next = initialsEnd(word, limit: range.upperBound) { word = next }
      previousEnd = word
      // "Donald J. Trump": the given name's rule has it.
      if i > range.lowerBound && isCapitalized(i - 1) { continue }
      guard word < range.upperBound, isNameWord(word, in: sentence), letterCount(word) >= 2,
        !cls[word].contains(.veryCommon), !cls[word].contains(.titleStart)
      else { continue }
      let surname = lexicon.surnameRank(lowerKeys[word]) <= 20_000
      guard surname || !cls[word].contains(.common) else { continue }
      if longestMatchEnd[word] > 0 && !surname { continue }
      let end = personNameEnd(from: i, in: sentence, maximumWords: 2)
      guard end > word else { continue }
      candidates.append(
        Candidate(
          tokenStart: i, tokenEnd: end, type: .person, entries: 0..<0, method: .rule, evidence: .initials,
          strength: Strength.nameRule))
    }
  }

  /// Whether a title starting at `i` is followed by a name word ("… Trump Secretary Pompeo").
  func startsTitleBeforeName(_ i: Int, in sentence: SentenceSpan) -> Bool {
    guard cls[i].contains(.titleStart),
      let length = lexicon.titles.longestMatch(lowerKeys, at: i, limit: sentence.tokens.upperBound),
      i + length < sentence.tokens.upperBound
    else { return false }
    return isNameWord(i + length, in: sentence)
  }

  /// A title before a name: "President Donald Trump", "Foreign Minister Ri Yong Ho",
  /// "Chairman Kim", "dictator Kim Jong Un"; and a title in lower case before a name between
  /// commas, "the Kremlin spokesman, Dmitry Peskov, said". The title is not part of the name.
  func titleCandidates(in sentence: SentenceSpan, into candidates: inout [Candidate]) {
    let limit = sentence.tokens.upperBound
    for k in sentence.titleWords {
      let i = Int(titleWords[k])
      guard let length = lexicon.titles.longestMatch(lowerKeys, at: i, limit: limit) else { continue }
      let start = i + length
      // "The Kremlin spokesman, Dmitry Peskov, said": a title in lower case, then a name between
      // commas (see `appositiveNameEnd`).
      if start + 2 < limit, isPunctuation(start, 0x2C), !tokens[start - 1].flags.contains(.capitalized) {
        if let end = appositiveNameEnd(from: start + 1, in: sentence) {
          candidates.append(
            Candidate(
              tokenStart: start + 1, tokenEnd: end, type: .person, entries: 0..<0, method: .rule, evidence: .title,
              strength: Strength.nameRule))
        }
        continue
      }
      // "a major Brazilian manufacturer": an adjective of nationality starts no name.
      guard start < limit, !cls[start].contains(.demonym) else { continue }
      let end = personNameEnd(from: start, in: sentence)
      guard end > start else { continue }
      // One word after a title is a name when it can be one ("Chairman Kim", "President Trump",
      // "Prince Harry"), not a common word that is none ("Miss Murder", a song).
      let names: WordClass = [.surname, .givenName, .familyName]
      if end == start + 1 && cls[start].contains(.common) && cls[start].isDisjoint(with: names) { continue }
      candidates.append(
        Candidate(
          tokenStart: start, tokenEnd: end, type: .person, entries: 0..<0, method: .rule, evidence: .title,
          strength: Strength.titleRule, familyNameFirst: cls[start].contains(.familyName) && end - start >= 2))
    }
  }

  /// The end of a person's name in apposition after a title and its comma ("the company's chief
  /// executive, Tim Cook, said"), or `nil`: two to four name words that no gazetteer gives to a
  /// place or an organization ("the coach, Real Madrid …", "as chairman, General Motors …"),
  /// starting with a given name or a word that is no common one and ending in a surname or a word
  /// that is no common one, then a comma, a period or the sentence's end.
  func appositiveNameEnd(from start: Int, in sentence: SentenceSpan) -> Int? {
    let limit = sentence.tokens.upperBound
    guard isCapitalized(start), !cls[start].contains(.demonym) else { return nil }
    if startsPlaceOrOrganization(start) { return nil }
    let end = personNameEnd(from: start, in: sentence)
    guard end - start >= 2, end == limit || isPunctuation(end, 0x2C) || isPunctuation(end, 0x2E) else { return nil }
    guard cls[start].contains(.givenName) || !cls[start].contains(.common) else { return nil }
    let last = surnameToken(ofNameEndingAt: end)
    guard cls[last].contains(.surname) || !cls[last].contains(.common) else { return nil }
    return end
  }

  /// The surname of a person's name that ends before token `end`: its last word, before "Jr."
  /// and its period (see ``personNameEnd(from:in:maximumWords:)``).
  func surnameToken(ofNameEndingAt end: Int) -> Int {
    var last = end - 1
    if isPunctuation(last, 0x2E) { last -= 1 }
    if cls[last].contains(.generation) { last -= 1 }
    return last
  }

  /// A given name before a capitalised surname: "Sarah Sanders", "Vivian Salama", "Igor Konashenkov".
  func givenNameCandidates(in sentence: SentenceSpan, into candidates: inout [Candidate]) {
    // An adjective of nationality is no given name here ("German Enlightenment"), and nor is a
    // function word that the Census lists as one ("In Brazil, ...", "An Israeli ...").
    let notGiven: WordClass = [.demonym, .placeCue, .connector, .article]
    for k in sentence.capitals {
      let i = Int(capitals[k])
      guard cls[i].contains(.givenName), cls[i].isDisjoint(with: notGiven), isNameWord(i, in: sentence),
        i + 1 < sentence.tokens.upperBound
      else { continue }
      let end = personNameEnd(from: i, in: sentence, maximumWords: 3)
      guard end - i >= 2 else { continue }
      let last = surnameToken(ofNameEndingAt: end)
      let isSurname = cls[last].contains(.surname)
      // In a headline, and after a given name that is also a common word ("Will", "Bill") at the
      // start of a sentence, a name needs a Census surname.
      if sentence.isTitleCase || (isSentenceInitial(i, in: sentence) && cls[i].contains(.common)) {
        guard isSurname else { continue }
      }
      // A name ends in a surname or a word that is no common one: "Mac App Store", "America
      // Game" and "Orlando Rays" are no people ("Tim Cook" is: Cook is a surname).
      if cls[last].contains(.common) && !isSurname { continue }
      // A place or organization named after a person is not that person: "King County",
      // "Davis Gym", "Bobby Morris Playfield" (a suffix word that is a common surname, as in
      // "John Hall" or "Mary Park", still ends a name).
      let suffixes: WordClass = [.placeSuffix, .organizationSuffix]
      if end < sentence.tokens.upperBound && isCapitalized(end) && !cls[end].isDisjoint(with: suffixes) { continue }
      if !cls[last].isDisjoint(with: suffixes) && lexicon.surnameRank(lowerKeys[last]) > 2000 { continue }
      candidates.append(
        Candidate(
          tokenStart: i, tokenEnd: end, type: .person, entries: 0..<0, method: .rule, evidence: .givenName,
          strength: Strength.nameRule))
    }
  }

  /// A surname known by its ending after one or two first names that are given names or no
  /// common words: "Dmitry Peskov", "Tomo Miličević", "Anastasiya Vertinskaya", "Nikol
  /// Pashinyan", "Irakli Kobakhidze", "Teofil Lenartowicz" — Slavic, Baltic, Balkan, Greek,
  /// Romanian, Turkish, Armenian and Georgian names that no list has and whose given names
  /// the Census lacks. No word may start a gazetteer place or organization ("Rostov") or be an
  /// adjective of nationality, and a headline's capitals say too little.
  func surnameFormCandidates(in sentence: SentenceSpan, into candidates: inout [Candidate]) {
    guard !sentence.isTitleCase else { return }
    let range = sentence.tokens
    func isFirstName(_ t: Int) -> Bool {
      isNameWord(t, in: sentence) && !cls[t].contains(.demonym) && !cls[t].contains(.titleStart)
        && (cls[t].contains(.givenName) || !cls[t].contains(.common)) && !startsPlaceOrOrganization(t)
    }
    let endings = EntityRecognizer.surnameEndings
    // The cheap test first: most capitalised words follow no other.
    for k in sentence.capitals {
      let j = Int(capitals[k])
      guard j > range.lowerBound, isCapitalized(j - 1), hasSurnameEnding(j, endings),
        isNameWord(j, in: sentence), !cls[j].contains(.common), !cls[j].contains(.demonym),
        !startsPlaceOrOrganization(j), isFirstName(j - 1)
      else { continue }
      var start = j - 1
      if start > range.lowerBound && isFirstName(start - 1) { start -= 1 }
      // A sentence's first word may be capitalised only for being first.
      if start == sentence.firstWord && cls[start].contains(.common) { start += 1 }
      guard start < j else { continue }
      candidates.append(
        Candidate(
          tokenStart: start, tokenEnd: j + 1, type: .person, entries: 0..<0, method: .rule, evidence: .surnameForm,
          strength: Strength.nameRule))
    }
  }

  /// The type of the longest gazetteer match starting at token `t`, if any.
  func listedType(startingAt t: Int) -> EntityType? {
    longestMatchEnd[t] > 0 ? gazetteer.entries.type(Int(longestMatchEntry[t])) : nil
  }

  /// Whether a gazetteer place or organization starts at token `t`.
  func startsPlaceOrOrganization(_ t: Int) -> Bool {
    listedType(startingAt: t).map { $0 != .person } ?? false
  }

  /// Endings of surnames that are rarely the endings of anything else in English text.
  static let surnameEndings = WordEndings([
    "ov", "ova", "ev", "eva", "sky", "ski", "ska", "skaya", "skiy", "skyi", "ński", "ńska", "enko", "chuk",
    "vich", "vych", "vic", "cic", "vić", "ić", "owicz", "ewicz", "escu", "eanu", "opoulos", "idis", "akis",
    "oglu", "oğlu", "yan", "dze", "shvili",
  ])

  /// Whether word `t` (of five bytes or more, not in capitals) ends like a surname in
  /// ``surnameEndings``.
  func hasSurnameEnding(_ t: Int, _ endings: WordEndings) -> Bool {
    let range = tokens[t].range
    guard range.length >= 5, !tokens[t].flags.contains(.allCaps) else { return false }
    return endings.matches(bytes, range)
  }

  /// A family name written first, then one or two given-name syllables: "Kim Jong Un",
  /// "Ri Yong Ho", "Xi Jinping", "Moon Jae-in".
  func familyNameFirstCandidates(in sentence: SentenceSpan, into candidates: inout [Candidate]) {
    let limit = sentence.tokens.upperBound
    for k in sentence.capitals {
      let i = Int(capitals[k])
      guard cls[i].contains(.familyName) else { continue }
      var j = i + 1
      var syllables = 0
      var hyphenated = false
      // Short syllables ("Ho", "Un") may spell English words; longer ones may not be common.
      while j < limit && syllables < 2 && isNameWord(j, in: sentence) && letterCount(j) <= 8
        && !(cls[j].contains(.veryCommon) && letterCount(j) > 3) && !cls[j].contains(.titleStart)
      {
        j += 1
        syllables += 1
        while isJoiningHyphen(j, limit: limit) {
          j += 2
          hyphenated = true
        }
      }
      guard syllables > 0 else { continue }
      if cls[i].contains(.common) && syllables < 2 && !hyphenated { continue }
      if sentence.isTitleCase && syllables < 2 && !hyphenated { continue }
      candidates.append(
        Candidate(
          tokenStart: i, tokenEnd: j, type: .person, entries: 0..<0, method: .rule, evidence: .familyNameFirst,
          strength: Strength.nameRule, familyNameFirst: true))
    }
  }

  /// The most tokens a name made of a run of capitalised words may have. Real names are far
  /// shorter; the bound keeps the work per organization or place word constant in a sentence
  /// that is one long run of capitalised words (a scraped list of names, a title-case page).
  static let maximumRunTokens = 32

  /// The start of the run of capitalised words that ends just before `end`, with connectors
  /// ("of", "and", "&") and possessive apostrophes ("Workers' Party") inside it.
  /// At most ``maximumRunTokens`` long.
  func capitalizedRunStart(before end: Int, in sentence: SentenceSpan) -> Int {
    let range = sentence.tokens
    let floor = max(range.lowerBound, end - EntityRecognizer.maximumRunTokens)
    var start = end
    while start > floor {
      let t = start - 1
      if isCapitalized(t) {
        start = t
      } else if isPunctuation(t, 0x27) && t > range.lowerBound && isCapitalized(t - 1)
        && !tokens[t].flags.contains(.spaceBefore)
      {
        start = t
      } else if t > range.lowerBound, start < end, isCapitalized(t - 1), isCapitalized(start),
        isJoiningHyphen(t, limit: range.upperBound)
      {
        start = t - 1  // "Anti-Communist", "Coca-Cola"
      } else if t > range.lowerBound, isWord(t), !tokens[t].flags.contains(.capitalized),
        cls[t].contains(.connector), isCapitalized(t - 1), start < end,
        !separatesNames(t, from: floor, to: range.upperBound)
      {
        start = t
      } else {
        break
      }
    }
    return start
  }

  /// The end of a capitalised run starting at `start` (with inner connectors), at most
  /// ``maximumRunTokens`` long.
  func capitalizedRunEnd(from start: Int, in sentence: SentenceSpan) -> Int {
    let limit = min(sentence.tokens.upperBound, start + EntityRecognizer.maximumRunTokens)
    var end = start
    while end < limit {
      // A title before a name, after the run's first word, starts a person's name: "Reserve Bank
      // of India Governor Shaktikanta Das" (but "Church of Our Lady of Compassion" goes on).
      if end > start && startsTitleBeforeName(end, in: sentence) { break }
      if isCapitalized(end) && !cls[end].contains(.time) {
        end += 1
      } else if end > start, end + 2 <= limit, isJoiningHyphen(end, limit: limit), isCapitalized(end + 1) {
        end += 2  // "Anti-Defamation", "Coca-Cola"
      } else if end > start, end + 1 < limit, isWord(end), !tokens[end].flags.contains(.capitalized),
        cls[end].contains(.connector), isCapitalized(end + 1), !cls[end + 1].contains(.time),
        !separatesNames(end, from: start, to: sentence.tokens.upperBound)
      {
        end += 1
      } else {
        break
      }
    }
    return end
  }

  /// Whether the "and" at token `t` stands between two names rather than inside one: a
  /// gazetteer organization or person ends just before it or starts just after it ("Reuters and
  /// Bloomberg News", "Apple and Google Inc.", "University of California and Stanford
  /// University"), or an article starts the words after it ("The Times and The Wall Street
  /// Journal"), or a place's last word ends the words before it ("Aabenraa County and Sønderborg
  /// County"). Place names themselves do not count: "London and South Western Railway" and
  /// "Portland and Ogdensburg Railroad" are one name each, and so are "Food and Drug
  /// Administration" and "Department of Health and Human Services". `floor` bounds the words
  /// looked at before it, `limit` after.
  func separatesNames(_ t: Int, from floor: Int, to limit: Int) -> Bool {
    guard lowerKeys[t] == EntityRecognizer.andKey, t + 1 < limit, t > floor else { return false }
    if cls[t - 1].contains(.placeSuffix) { return true }
    func isName(_ start: Int) -> Bool {
      longestMatchEnd[start] > 0 && gazetteer.entries.type(Int(longestMatchEntry[start])) != .location
    }
    if isName(t + 1) || cls[t + 1].contains(.article) { return true }
    var i = t - 1
    while i >= floor && i >= t - 4 {
      if Int(longestMatchEnd[i]) == t && isName(i) { return true }
      i -= 1
    }
    return false
  }

  static let andKey = NameLexicon.key("and")

  /// The end of a suffix word, with the period of an abbreviation ("Inc.", "Ave.", "St.").
  func suffixEnd(_ j: Int, limit: Int) -> Int {
    if j + 1 < limit, isPunctuation(j + 1, 0x2E), !tokens[j + 1].flags.contains(.spaceBefore),
      tokens[j].range.length <= 4
    {
      return j + 2
    }
    return j + 1
  }

  /// Organizations by their words: a run of capitalised words ending in a suffix ("Talk Media
  /// News", "Korean Workers' Party", "Acme Inc.") or a head followed by "of", "for" or "on" and
  /// more capitalised words ("Ministry of Foreign Affairs", "University of California"); and
  /// military units, an ordinal before capitalised words that end in a unit word ("82nd
  /// Airborne Division", "U.S. Sixth Fleet", "65th Air Division"); and sports clubs, a prefix
  /// before a known place ("FC Basel", "AC Milan").
  func organizationCandidates(in sentence: SentenceSpan, into candidates: inout [Candidate]) {
    let range = sentence.tokens
    for k in sentence.capitals {
      let j = Int(capitals[k])
      if cls[j].contains(.militaryUnit), let start = militaryUnitStart(before: j, in: sentence) {
        candidates.append(
          Candidate(
            tokenStart: start, tokenEnd: suffixEnd(j, limit: range.upperBound), type: .organization, entries: 0..<0,
            method: .rule, evidence: .militaryUnit, strength: Strength.nameRule))
      }
      if cls[j].contains(.organizationSuffix) {
        // "Press Secretary" is a title, not the end of "White House Press".
        let title = lexicon.titles.longestMatch(lowerKeys, at: j, limit: range.upperBound) ?? 0
        let start = trimmedNameStart(capitalizedRunStart(before: j, in: sentence), before: j, in: sentence)
        if title < 2 && start < j {
          candidates.append(
            Candidate(
              tokenStart: start, tokenEnd: suffixEnd(j, limit: range.upperBound), type: .organization, entries: 0..<0,
              method: .rule, evidence: .organizationSuffix, strength: Strength.nameRule))
        }
      }
      // "FC Basel", "AC Milan", "FC Lausanne-Sport"; written in capitals or as no common word,
      // so that a sentence's "As Paris burned" is no club.
      if cls[j].contains(.organizationPrefix), tokens[j].flags.contains(.allCaps) || !cls[j].contains(.common),
        isPlace(at: j + 1, limit: range.upperBound)
      {
        // The place and the capitalised words joined to it ("Bayern Munich", "Lausanne-Sport"),
        // without connectors: "AC Milan and Real Madrid" are two clubs.
        var end = Int(longestMatchEnd[j + 1])
        while end < range.upperBound {
          if isCapitalized(end) && !cls[end].contains(.time) {
            end += 1
          } else if isJoiningHyphen(end, limit: range.upperBound) && isCapitalized(end + 1) {
            end += 2
          } else {
            break
          }
        }
        candidates.append(
          Candidate(
            tokenStart: j, tokenEnd: end, type: .organization, entries: 0..<0, method: .rule,
            evidence: .organizationPrefix, strength: Strength.nameRule))
      }
      // A suffix of several words: "Hockey Hall of Fame", "Rock and Roll Hall of Fame".
      if cls[j].contains(.organizationSuffixPhrase),
        let length = lexicon.organizationSuffixPhrases.longestMatch(lowerKeys, at: j, limit: range.upperBound),
        isCapitalized(j + length - 1)
      {
        let start = trimmedNameStart(capitalizedRunStart(before: j, in: sentence), before: j, in: sentence)
        if start < j {
          candidates.append(
            Candidate(
              tokenStart: start, tokenEnd: j + length, type: .organization, entries: 0..<0, method: .rule,
              evidence: .organizationSuffix, strength: Strength.nameRule))
        }
      }
      // "Ministry of Foreign Affairs", and with an article "Department of the Interior".
      if cls[j].contains(.organizationHead), j + 2 < range.upperBound, isWord(j + 1), cls[j + 1].contains(.headJoiner) {
        var name = j + 2
        if name + 1 < range.upperBound, isWord(name), !isCapitalized(name), cls[name].contains(.article),
          text(j + 1, j + 2) == "of"
        {
          name += 1
        }
        // The words after the joiner must make a name: not "Committee on Monday".
        let end = isCapitalized(name) ? capitalizedRunEnd(from: name, in: sentence) : name
        if end > name {
          let start = trimmedNameStart(capitalizedRunStart(before: j, in: sentence), before: j, in: sentence)
          candidates.append(
            Candidate(
              tokenStart: start, tokenEnd: end, type: .organization, entries: 0..<0, method: .rule,
              evidence: .organizationHead, strength: Strength.nameRule))
        }
      }
    }
  }

  /// Where the name of a military unit ending in the unit word at `j` starts: at the ordinal
  /// ("82nd", "Sixth") among or just before the capitalised words before `j`, or at the
  /// capitalised words before it ("U.S. 7th Fleet"); `nil` without an ordinal ("West Wing").
  private func militaryUnitStart(before j: Int, in sentence: SentenceSpan) -> Int? {
    let run = capitalizedRunStart(before: j, in: sentence)
    if run - 2 >= sentence.tokens.lowerBound, isNumericOrdinal(run - 2) {
      let ordinal = run - 2
      return trimmedNameStart(capitalizedRunStart(before: ordinal, in: sentence), before: ordinal, in: sentence)
    }
    guard (run..<j).contains(where: { isCapitalized($0) && cls[$0].contains(.ordinal) }) else { return nil }
    return trimmedNameStart(run, before: j, in: sentence)
  }

  /// Whether tokens `i` and `i + 1` write an ordinal in figures: a number of up to four digits
  /// and, joined to it, "st", "nd", "rd", "th" or "d" ("82nd", "65th", "3d" as the US Army
  /// writes some).
  func isNumericOrdinal(_ i: Int) -> Bool {
    guard i + 1 < tokens.count, tokens[i].kind == .number, tokens[i].range.length <= 4, isWord(i + 1),
      !tokens[i + 1].flags.contains(.spaceBefore), tokens[i + 1].range.length <= 2
    else { return false }
    let suffix = bytes[tokens[i + 1].range.start..<tokens[i + 1].range.end].lazy.map { $0 | 0x20 }
    return ["st", "nd", "rd", "th", "d"].contains { suffix.elementsEqual($0.utf8) }
  }

  /// Places by their words: a run ending in a suffix ("Ford County", "Hay Street"), a head
  /// before capitalised words ("Mount Everest", "Lake Michigan"), or a direction before a known
  /// place ("West Jersey", "South Jutland").
  func placeCandidates(in sentence: SentenceSpan, into candidates: inout [Candidate]) {
    let range = sentence.tokens
    for k in sentence.capitals {
      let j = Int(capitals[k])
      if cls[j].contains(.placeSuffix) {
        let start = trimmedNameStart(capitalizedRunStart(before: j, in: sentence), before: j, in: sentence)
        if start < j {
          candidates.append(
            Candidate(
              tokenStart: start, tokenEnd: suffixEnd(j, limit: range.upperBound), type: .location, entries: 0..<0,
              method: .rule, evidence: .placeSuffix, strength: Strength.nameRule))
        }
      }
      if cls[j].contains(.placeHead) {
        var next = suffixEnd(j, limit: range.upperBound)
        if next < range.upperBound, isWord(next), text(next, next + 1) == "of" { next += 1 }
        let end = capitalizedRunEnd(from: next, in: sentence)
        if end > next {
          candidates.append(
            Candidate(
              tokenStart: j, tokenEnd: end, type: .location, entries: 0..<0, method: .rule, evidence: .placeHead,
              strength: Strength.nameRule))
        }
      }
      if cls[j].contains(.placePrefix), j + 1 < range.upperBound, isPlace(at: j + 1, limit: range.upperBound) {
        candidates.append(
          Candidate(
            tokenStart: j, tokenEnd: Int(longestMatchEnd[j + 1]), type: .location, entries: 0..<0, method: .rule,
            evidence: .placePrefix, strength: Strength.nameRule))
      }
    }
  }

  /// A known place followed by more capitalised words names an organization: a team ("Perth
  /// Glory", "Montreal Crystals"), an agency ("Connecticut Lottery") — unless the words are a
  /// title, a time, an event ("Vietnam War") or a place word. A one-word place followed by one
  /// common surname, or by one word that looks like a name rather than a team's (no common
  /// word, no plural: "Budjana", not "Glory" or "Celtics"), is a person when the place is a
  /// small town whose name is no surname ("Kanye West", "Dewa Budjana").
  func placeNamedOrganizationCandidates(in sentence: SentenceSpan, into candidates: inout [Candidate]) {
    let limit = sentence.tokens.upperBound
    for k in sentence.capitals {
      let start = Int(capitals[k])
      guard isPlace(at: start, limit: limit) else { continue }
      let matchEnd = Int(longestMatchEnd[start])
      var end = matchEnd
      while end < limit && isCapitalized(end) && !cls[end].contains(.time)
        && !cls[end].contains(.titleStart) && !cls[end].contains(.placeSuffix)
        && !cls[end].contains(.event) && !isPlace(at: end, limit: limit)
        && !cls[end].contains(.givenName)
      {
        end += 1
      }
      guard end > matchEnd, end - matchEnd <= 3 else { continue }
      if end < limit && cls[end].contains(.event) { continue }
      if end == matchEnd + 1 {
        let surname = lexicon.surnameRank(lowerKeys[matchEnd]) <= 1000
        // A small town's name used as a given name: "Kanye West", "Dewa Budjana"; not a region
        // or a country ("Texas Longhorn", "Europe Belje"), a word ("Since Nyrstar") or a
        // surname ("Carnegie Hall").
        if (surname || isNameLike(matchEnd)) && matchEnd == start + 1
          && gazetteer.entries.priority(Int(longestMatchEntry[start])) < 60 && !cls[start].contains(.common)
          && lexicon.surnameRank(lowerKeys[start]) > 20_000
        {
          candidates.append(
            Candidate(
              tokenStart: start, tokenEnd: end, type: .person, entries: 0..<0, method: .rule, evidence: .givenName,
              strength: Strength.nameRule))
          continue
        }
        // A place and a common surname is no organization either ("Jordan Peterson").
        if surname { continue }
      }
      candidates.append(
        Candidate(
          tokenStart: start, tokenEnd: end, type: .organization, entries: 0..<0, method: .rule,
          evidence: .placeNamed, strength: Strength.nameRule - 1))
    }
  }

  /// An all-capitals word of three to six letters that no list knows and that is not a common
  /// acronym (CEO, GDP) is an organization's abbreviation ("NPD", "AHAC"); two letters are too
  /// often something else ("KO"), and a word joined by "&", "-" or "/" is part of a longer one
  /// ("B&SR", "baggage-RPO").
  func acronymCandidates(in sentence: SentenceSpan, into candidates: inout [Candidate]) {
    guard !sentence.isAllCaps else { return }
    // Words in capitals are capitalised.
    for k in sentence.capitals {
      let i = Int(capitals[k])
      guard tokens[i].flags.contains(.allCaps) else { continue }
      let length = tokens[i].range.length
      guard length >= 3, length <= 6, !tokens[i].flags.contains(.dotted), !tokens[i].flags.contains(.nonASCII),
        !cls[i].contains(.nonNameAcronym), !cls[i].contains(.common)
      else { continue }
      if isJoined(i, to: i - 1, in: sentence) || isJoined(i + 1, to: i, in: sentence) { continue }
      // Inside a run of capitalised words it belongs to a longer name ("Mac OS X").
      let before = i - 1
      let after = i + 1
      if before >= sentence.tokens.lowerBound && isCapitalized(before) && before != sentence.firstWord { continue }
      if after < sentence.tokens.upperBound && isCapitalized(after) { continue }
      candidates.append(
        Candidate(
          tokenStart: i, tokenEnd: i + 1, type: .organization, entries: 0..<0, method: .rule, evidence: .acronym,
          strength: Strength.weakList))
    }
  }

  /// A capitalised word that reads as a personal name: not a common word, not all capitals, not
  /// a plural ("Budjana", "Pinochet"; not "Glory", "FC", "Celtics").
  private func isNameLike(_ t: Int) -> Bool {
    guard isCapitalized(t), !tokens[t].flags.contains(.allCaps), letterCount(t) >= 3, !cls[t].contains(.common)
    else { return false }
    let last = bytes[tokens[t].range.end - 1]
    return last != UInt8(ascii: "s")
  }

  /// Whether token `later` follows token `earlier` with no space and one of them is "&", "-" or
  /// "/" (both inside the sentence).
  private func isJoined(_ later: Int, to earlier: Int, in sentence: SentenceSpan) -> Bool {
    guard earlier >= sentence.tokens.lowerBound, later < sentence.tokens.upperBound,
      !tokens[later].flags.contains(.spaceBefore)
    else { return false }
    func isLink(_ t: Int) -> Bool { isPunctuation(t, 0x26) || isPunctuation(t, 0x2D) || isPunctuation(t, 0x2F) }
    return isLink(earlier) || isLink(later)
  }

  /// Drops words that do not belong at the start of a name: connectors, and a sentence-initial
  /// common word ("The", "Former").
  private func trimmedNameStart(_ start: Int, before limit: Int, in sentence: SentenceSpan) -> Int {
    var start = start
    while start < limit {
      if isWord(start) && !tokens[start].flags.contains(.capitalized) {
        start += 1
      } else if isPunctuation(start, 0x27) {
        start += 1
      } else if isCapitalized(start), cls[start].contains(.veryCommon),
        // (A sentence's first word stays when a listed organization starts with it: "Apple
        // Corps sued …", "Apple Records signed …".)
        cls[start].contains(.article)
          || (isSentenceInitial(start, in: sentence) && listedType(startingAt: start) != .organization)
      {
        start += 1
      } else {
        break
      }
    }
    return start
  }
}

/// A set of word endings, matched case-insensitively in ASCII. Most words are turned away by a
/// table of the endings' last two bytes, so a test costs a lookup rather than a loop over all of
/// them; this matters, since every capitalised word of a document is tested.
struct WordEndings: Sendable {
  /// The endings, in lower case.
  private let endings: [[UInt8]]
  /// One bit for each pair of last two bytes that some ending has.
  private let lastTwo: [UInt64]

  init(_ words: [String]) {
    endings = words.map { Array($0.utf8) }
    var table = [UInt64](repeating: 0, count: 1024)
    for ending in endings where ending.count >= 2 {
      let key = WordEndings.key(ending[ending.count - 2], ending[ending.count - 1])
      table[key >> 6] |= 1 << UInt64(key & 63)
    }
    lastTwo = table
  }

  @inline(__always)
  private static func key(_ a: UInt8, _ b: UInt8) -> Int { Int(a) << 8 | Int(b) }

  /// Whether the bytes in `range` end in one of the endings (and are longer than it).
  func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Bool {
    guard range.length >= 3 else { return false }
    let key = WordEndings.key(UTF8Scanning.asciiLower(bytes[range.end - 2]), UTF8Scanning.asciiLower(bytes[range.end - 1]))
    guard lastTwo[key >> 6] & (1 << UInt64(key & 63)) != 0 else { return false }
    return endings.contains { ending in
      ending.count < range.length
        && ending.indices.allSatisfy { UTF8Scanning.asciiLower(bytes[range.end - ending.count + $0]) == ending[$0] }
    }
  }
}
