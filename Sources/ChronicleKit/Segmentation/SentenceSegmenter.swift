#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Splits news text into sentences: ICU's sentence break iterator over the UTF-8 text, refined
/// for news.
///
/// The refinements, applied to ICU's candidate boundaries:
/// - abbreviations from ``AbbreviationList`` (Gen., U.S., Inc., a.m.) and initials (John F.
///   Kennedy, J.R.R. Tolkien) keep their sentence going, except that a `general` abbreviation
///   followed by a common sentence starter ends it ("… in the U.S. He said …");
/// - a blank line always ends a sentence; other line breaks follow ``NewlinePolicy``;
/// - numbered, lettered and bulleted lists start a sentence at each item;
/// - "!" or "?" before a lower-case word (Yahoo! in …), ellipses inside a sentence, "[...]",
///   decimal numbers, e-mail addresses and URLs end no sentence;
/// - closing quotes and brackets stay with their sentence, and every range is trimmed of
///   surrounding white space.
public struct SentenceSegmenter: Annotator {
  /// How a line break inside a paragraph (not a blank line) is treated.
  public enum NewlinePolicy: String, Sendable, CaseIterable {
    /// Detect hard-wrapped newswire: in a paragraph whose lines are 40–100 characters wide, a
    /// line that fills most of the width continues on the next line; other line breaks end the
    /// sentence (headlines, bylines, datelines, one sentence per line).
    case auto
    /// Every line break ends a sentence.
    case line
    /// Only blank lines end a sentence; line breaks inside a paragraph are spaces.
    case paragraph
  }

  public var name: String { "sentences" }
  public var requires: Layers { [] }
  public var provides: Layers { .sentences }

  /// The abbreviations and sentence starters in use.
  public let abbreviations: AbbreviationList
  /// How line breaks inside a paragraph are treated.
  public let newlines: NewlinePolicy
  private let breaker: ICUSentenceBreaker

  /// Creates a segmenter.
  public init(abbreviations: AbbreviationList, newlines: NewlinePolicy = .auto, locale: String = "en") {
    self.abbreviations = abbreviations
    self.newlines = newlines
    self.breaker = ICUSentenceBreaker(locale: locale)
  }

  public func annotate(_ document: inout Document) throws {
    document.sentences = try document.withUTF8 { try sentences(in: $0) }
  }

  /// The sentences of `text`.
  public func sentences(in text: String) throws -> [Sentence] {
    var text = text
    return try text.withUTF8 { try sentences(in: $0) }
  }

  /// The sentences of UTF-8 text, in order, trimmed, never empty.
  /// - Complexity: O(n) in the length of the text.
  public func sentences(in bytes: UnsafeBufferPointer<UInt8>) throws -> [Sentence] {
    guard bytes.count > 0 else { return [] }
    let layout = LineLayout(bytes, policy: newlines)
    var scan = BoundaryScan(bytes: bytes, abbreviations: abbreviations, layout: layout)
    let lists = ListMarkers(bytes)
    // Cuts that do not come from ICU: paragraph starts, list items, and sentences that start
    // with a number after an ordinary word ("… was released. 2007 was …"), which ICU's rules
    // (a lower-case word after the number continues the sentence) never end.
    // (Gathered in one list and sorted in place: each `+` and `sorted()` made a list of its own.
    // The lists get their room at once rather than by doubling.)
    let numbered = scan.sentencesStartingWithNumbers()
    var structural: [Int] = []
    structural.reserveCapacity(layout.paragraphStarts.count + lists.itemStarts.count + numbered.count)
    structural.append(contentsOf: layout.paragraphStarts)
    structural.append(contentsOf: lists.itemStarts)
    structural.append(contentsOf: numbered)
    structural.sort()
    let boundaries = try breaker.boundaries(in: bytes)
    var cuts: [Int] = []
    cuts.reserveCapacity(structural.count + boundaries.count)
    cuts.append(contentsOf: structural)
    var nextStructural = 0
    for boundary in boundaries where boundary < bytes.count {
      while nextStructural < structural.count && structural[nextStructural] <= boundary {
        scan.sentenceStart = max(scan.sentenceStart, structural[nextStructural])
        nextStructural += 1
      }
      if lists.itemTextStarts.contains(boundary) { continue }
      if let cut = scan.decide(boundary) {
        cuts.append(cut)
        scan.sentenceStart = max(scan.sentenceStart, cut)
      }
    }
    cuts.sort()

    var result: [Sentence] = []
    result.reserveCapacity(cuts.count + 1)
    var start = 0
    // Every cut, then the end of the text.
    for index in 0...cuts.count {
      let cut = index < cuts.count ? cuts[index] : bytes.count
      guard cut > start else { continue }
      if let range = BoundaryScan.trimmed(bytes, start, cut) {
        result.append(Sentence(range: range, paragraph: layout.paragraph(at: range.start)))
      }
      start = cut
    }
    return result
  }
}

/// The decisions about ICU's candidate boundaries, one at a time, in text order.
private struct BoundaryScan {
  let bytes: UnsafeBufferPointer<UInt8>
  let abbreviations: AbbreviationList
  let layout: LineLayout
  /// Where the sentence being built starts (the last cut made).
  var sentenceStart = 0

  init(bytes: UnsafeBufferPointer<UInt8>, abbreviations: AbbreviationList, layout: LineLayout) {
    self.bytes = bytes
    self.abbreviations = abbreviations
    self.layout = layout
  }

  /// Where to cut for ICU's boundary at `boundary`, or `nil` to keep the sentence going.
  func decide(_ boundary: Int) -> Int? {
    // The white space before the boundary, and the line breaks in it.
    var end = boundary
    var lineBreaks = 0
    var lastBreak = -1
    while end > 0 {
      let (scalar, start) = UTF8Scanning.decode(bytes, before: end)
      guard UTF8Scanning.isSpace(scalar) else { break }
      if UTF8Scanning.isLineBreak(scalar) {
        // CR LF is one line break.
        let isLFAfterCR = scalar == "\n" && start > 0 && bytes[start - 1] == 0x0D
        if !isLFAfterCR {
          lineBreaks += 1
          lastBreak = start
        }
        if scalar == "\r" && start + 1 < bytes.count && bytes[start + 1] == 0x0A {
          lastBreak = start
        }
      }
      end = start
    }
    guard end > 0 else { return nil }
    if lineBreaks >= 2 { return boundary }  // a blank line
    if lineBreaks == 1 && !layout.isSoftBreak(at: lastBreak) { return boundary }

    // The terminator, behind any closing quotes and brackets.
    var terminatorEnd = end
    while terminatorEnd > 0 {
      let (scalar, start) = UTF8Scanning.decode(bytes, before: terminatorEnd)
      guard UTF8Scanning.isClosing(scalar) else { break }
      terminatorEnd = start
    }
    guard terminatorEnd > 0 else { return nil }
    let (terminator, terminatorStart) = UTF8Scanning.decode(bytes, before: terminatorEnd)
    let next = NextWord(bytes, from: boundary)
    switch terminator {
    case ".":
      return decidePeriod(at: terminatorStart, boundary: boundary, next: next)
    case "…":
      if terminatorStart > 0 && bytes[terminatorStart - 1] == 0x5B { return nil }  // "[…]"
      return next.shape == .capitalized ? boundary : nil
    default:
      if UTF8Scanning.isExclamationOrQuestion(terminator) {
        return next.shape == .lowercase ? nil : boundary  // "Yahoo! in the …"
      }
      // ICU broke for a line break that the layout calls soft, or for another script's
      // terminator: trust ICU only in the second case.
      return lineBreaks == 0 ? boundary : nil
    }
  }

  /// Offsets of numbers that start a sentence after "word. ", where the word is an ordinary
  /// alphabetic word of two or more letters and no abbreviation.
  func sentencesStartingWithNumbers() -> [Int] {
    var result: [Int] = []
    guard let base = bytes.baseAddress else { return result }
    var offset = 0
    while offset < bytes.count,
      let found = memchr(base + offset, 0x2E, bytes.count - offset)
    {
      let period = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      offset = period + 1
      var next = period + 1
      while next < bytes.count, bytes[next] == 0x20 { next += 1 }
      guard next > period + 1, next < bytes.count, bytes[next] >= 0x30 && bytes[next] <= 0x39,
        period > 0, bytes[period - 1] != 0x2E
      else { continue }
      let word = wordBefore(period)
      guard word.length >= 2, isAlphabetic(word), abbreviations.kind(of: bytes(of: word)) == nil else { continue }
      result.append(next)
    }
    return result
  }

  /// Decides a boundary after a period at byte `period`.
  private func decidePeriod(at period: Int, boundary: Int, next: NextWord) -> Int? {
    // A run of periods, possibly spaced (". . ."), is an ellipsis.
    var first = period
    var dots = 1
    var spaced = false
    while first > 0 {
      if bytes[first - 1] == 0x2E {
        first -= 1
        dots += 1
      } else if first > 1 && bytes[first - 1] == 0x20 && bytes[first - 2] == 0x2E {
        first -= 2
        dots += 1
        spaced = true
      } else {
        break
      }
    }
    if dots >= 2 {
      if first > 0 && bytes[first - 1] == 0x5B { return nil }  // "[...]" marks omitted text
      guard next.shape == .capitalized else { return nil }
      let attached = first > 0 && !UTF8Scanning.isSpace(UTF8Scanning.decode(bytes, before: first).0)
      if spaced {
        // "word. . . . Next": a period, then an ellipsis that opens the next sentence.
        if attached && dots == 4 { return first + 1 }
        // " . . . I": a three-dot ellipsis inside a sentence.
        if !attached && dots == 3 { return nil }
      }
      return boundary
    }

    let word = wordBefore(period)
    guard word.start < word.end else { return boundary }

    if let kind = abbreviations.kind(of: bytes(of: word)) ?? (isDottedInitialism(word) ? .general : nil) {
      switch kind {
      case .title:
        return next.shape == .capitalized || next.shape == .digit ? nil : boundary
      case .general:
        switch next.shape {
        case .capitalized: return abbreviations.isSentenceStarter(text(next.word)) ? boundary : nil
        case .digit, .lowercase: return nil
        case .other: return boundary
        }
      case .number:
        if next.shape == .digit { return nil }
      case .time:
        switch next.shape {
        case .capitalized: return isFrontedTimePhrase(upTo: word.start) ? nil : boundary
        case .digit, .lowercase: return nil
        case .other: return boundary
        }
      }
    }

    let (only, length) = UTF8Scanning.decode(bytes, at: word.start)
    if length == word.length, UTF8Scanning.isLetter(only) {
      if UTF8Scanning.isUpper(only) {
        // "you and I. Did …" ends; "Albert I. Jones" and "John F. Kennedy" do not.
        if only == "I" && previousWordIsLowercase(before: word.start) { return boundary }
        if next.shape == .capitalized && (!abbreviations.isSentenceStarter(text(next.word)) || next.isInitial) {
          return nil
        }
      } else if next.shape == .digit {
        return nil  // "p. 55"
      }
    }
    return boundary
  }

  /// The word that ends at a period: letters, digits, marks, periods, apostrophes and "°".
  private func wordBefore(_ period: Int) -> TextRange {
    var start = period
    while start > 0 {
      let (scalar, before) = UTF8Scanning.decode(bytes, before: start)
      guard UTF8Scanning.isLetter(scalar) || UTF8Scanning.isDigit(scalar) || scalar == "."
        || scalar == "'" || scalar == "’" || scalar == "°"
      else { break }
      start = before
    }
    while start < period, bytes[start] == 0x2E { start += 1 }
    return TextRange(start: start, end: period)
  }

  /// The bytes of a word.
  private func bytes(of range: TextRange) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[range.start..<range.end])
  }

  /// The text of a word.
  private func text(_ range: TextRange) -> String { String(decoding: bytes(of: range), as: UTF8.self) }

  /// Whether a word is letters only.
  private func isAlphabetic(_ range: TextRange) -> Bool {
    var i = range.start
    while i < range.end {
      let (scalar, length) = UTF8Scanning.decode(bytes, at: i)
      guard UTF8Scanning.isLetter(scalar) else { return false }
      i += length
    }
    return true
  }

  /// "U.S", "e.g", "J.R.R": single letters joined by periods.
  private func isDottedInitialism(_ range: TextRange) -> Bool {
    var count = 0
    var i = range.start
    while i < range.end {
      let (scalar, length) = UTF8Scanning.decode(bytes, at: i)
      if count % 2 == 0 {
        guard UTF8Scanning.isLetter(scalar) else { return false }
      } else {
        guard scalar == "." else { return false }
      }
      count += 1
      i += length
    }
    return count >= 3 && count % 2 == 1
  }

  /// Whether the word before `offset` (in the same sentence) starts with a lower-case letter.
  private func previousWordIsLowercase(before offset: Int) -> Bool {
    var i = offset
    while i > sentenceStart {
      let (scalar, start) = UTF8Scanning.decode(bytes, before: i)
      if UTF8Scanning.isLetter(scalar) {
        var wordStart = start
        while wordStart > sentenceStart {
          let (s, b) = UTF8Scanning.decode(bytes, before: wordStart)
          guard UTF8Scanning.isLetter(s) else { break }
          wordStart = b
        }
        return UTF8Scanning.isLower(UTF8Scanning.decode(bytes, at: wordStart).0)
      }
      if !UTF8Scanning.isSpace(scalar) && scalar != "," { return false }
      i = start
    }
    return false
  }

  /// Whether the sentence so far, up to `offset`, is only a short fronted time phrase such as
  /// "At 5" (before "a.m."), so that the time cannot end the sentence.
  private func isFrontedTimePhrase(upTo offset: Int) -> Bool {
    let prepositions: Set<String> = [
      "at", "by", "until", "till", "before", "after", "from", "around", "about", "since", "on",
      "shortly", "just", "about", "near",
    ]
    let phrase = bytes.string(in: TextRange(start: sentenceStart, end: offset))
    let words = phrase.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
    guard let first = words.first, words.count <= 3 else { return false }
    return prepositions.contains(first.lowercased())
  }

  /// The range `start..<end` without surrounding white space; `nil` when nothing is left.
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> TextRange? {
    var first = start
    var last = end
    while first < last {
      let (scalar, length) = UTF8Scanning.decode(bytes, at: first)
      guard UTF8Scanning.isSpace(scalar) else { break }
      first += length
    }
    while last > first {
      let (scalar, before) = UTF8Scanning.decode(bytes, before: last)
      guard UTF8Scanning.isSpace(scalar) else { break }
      last = before
    }
    return first < last ? TextRange(start: first, end: last) : nil
  }
}

/// The word after a candidate boundary, past white space and opening quotes or brackets.
private struct NextWord {
  enum Shape { case capitalized, lowercase, digit, other }
  var shape: Shape = .other
  /// The word's letters (empty unless it starts with a letter).
  var word = TextRange(start: 0, end: 0)
  /// A single capital letter followed by a period ("J. Smith").
  var isInitial = false

  init(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) {
    var i = offset
    while i < bytes.count {
      let (scalar, length) = UTF8Scanning.decode(bytes, at: i)
      guard UTF8Scanning.isSpace(scalar) || UTF8Scanning.isOpening(scalar) else { break }
      i += length
    }
    guard i < bytes.count else { return }
    let (scalar, _) = UTF8Scanning.decode(bytes, at: i)
    if UTF8Scanning.isDigit(scalar) {
      shape = .digit
      return
    }
    guard UTF8Scanning.isLetter(scalar) else { return }
    shape = UTF8Scanning.isUpper(scalar) ? .capitalized : UTF8Scanning.isLower(scalar) ? .lowercase : .other
    var end = i
    while end < bytes.count {
      let (s, length) = UTF8Scanning.decode(bytes, at: end)
      guard UTF8Scanning.isLetter(s) else { break }
      end += length
    }
    word = TextRange(start: i, end: end)
    isInitial = UTF8Scanning.decode(bytes, at: i).1 == end - i && end < bytes.count && bytes[end] == 0x2E
  }
}
