#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The line structure of a text: paragraphs (blocks between blank lines) and, for each line
/// break inside a paragraph, whether it ends a sentence ("hard") or merely wraps a long line
/// ("soft").
///
/// With ``NewlinePolicy/auto`` a paragraph counts as hard-wrapped newswire when its longest line
/// is 40 to 100 characters wide; inside such a paragraph a line break is soft when the line
/// before it fills at least 60% of that width and the next line does not start a list item.
/// Short lines (headlines, bylines, datelines on their own line) and every line of a paragraph
/// whose lines are longer than 100 characters end their sentence.
struct LineLayout {
  /// How line breaks inside a paragraph are treated.
  typealias Policy = SentenceSegmenter.NewlinePolicy

  /// Byte offsets where paragraphs start, in increasing order: after blank lines, and at every
  /// line that does not continue the one before it.
  private(set) var paragraphStarts: [Int] = []
  /// Byte offsets of line-break characters that do not end a sentence, in increasing order.
  private(set) var softBreaks: [Int] = []

  private struct Line {
    var start: Int
    var end: Int  // excluding the line break
    var width: Int  // code points after trimming
    var startsListItem: Bool
    /// The line ends with ".", "!" or "?", possibly inside closing quotes or brackets.
    var endsSentence: Bool
  }

  init(_ bytes: UnsafeBufferPointer<UInt8>, policy: Policy) {
    var paragraph: [Line] = []
    var pendingBlank = false
    var lineStart = 0
    let breaks = LineLayout.lineBreaks(bytes)
    // Every break, then the end of the text (not appended: that made a list of its own).
    for index in 0...breaks.count {
      let (position, length) = index < breaks.count ? breaks[index] : (bytes.count, 0)
      if let line = LineLayout.measure(bytes, from: lineStart, to: position) {
        if pendingBlank && !paragraph.isEmpty {
          decide(paragraph, policy: policy)
          paragraph.removeAllKeepingCapacity()
        }
        if paragraph.isEmpty { paragraphStarts.append(line.start) }
        pendingBlank = false
        paragraph.append(line)
      } else {
        pendingBlank = true
      }
      lineStart = position + length
    }
    decide(paragraph, policy: policy)
  }

  /// The line breaks of the text as (offset, length), in order: LF, CR LF, CR, NEL, LINE
  /// SEPARATOR, PARAGRAPH SEPARATOR. Found with `memchr` for each lead byte.
  private static func lineBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> [(Int, Int)] {
    guard let base = bytes.baseAddress else { return [] }
    var breaks: [(Int, Int)] = []
    func each(_ byte: UInt8, _ body: (Int) -> Void) {
      var offset = 0
      while offset < bytes.count, let found = memchr(base + offset, Int32(byte), bytes.count - offset) {
        let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        body(position)
        offset = position + 1
      }
    }
    each(0x0A) { position in
      if position > 0 && bytes[position - 1] == 0x0D {
        breaks.append((position - 1, 2))
      } else {
        breaks.append((position, 1))
      }
    }
    var unusual = false
    each(0x0D) { position in
      if position + 1 >= bytes.count || bytes[position + 1] != 0x0A {
        breaks.append((position, 1))
        unusual = true
      }
    }
    each(0xC2) { position in
      if position + 1 < bytes.count && bytes[position + 1] == 0x85 {
        breaks.append((position, 2))
        unusual = true
      }
    }
    each(0xE2) { position in
      if position + 2 < bytes.count && bytes[position + 1] == 0x80
        && (bytes[position + 2] == 0xA8 || bytes[position + 2] == 0xA9)
      {
        breaks.append((position, 3))
        unusual = true
      }
    }
    if unusual { breaks.sort { $0.0 < $1.0 } }
    return breaks
  }

  /// The index of the paragraph that holds byte `offset`.
  func paragraph(at offset: Int) -> Int {
    var low = 0
    var high = paragraphStarts.count
    while low < high {
      let mid = (low + high) / 2
      if paragraphStarts[mid] <= offset { low = mid + 1 } else { high = mid }
    }
    return max(0, low - 1)
  }

  /// Whether the line break starting at byte `offset` is soft.
  func isSoftBreak(at offset: Int) -> Bool {
    var low = 0
    var high = softBreaks.count
    while low < high {
      let mid = (low + high) / 2
      if softBreaks[mid] < offset { low = mid + 1 } else { high = mid }
    }
    return low < softBreaks.count && softBreaks[low] == offset
  }

  /// Marks the soft line breaks of a paragraph's lines; each hard one starts a new paragraph
  /// (a line of its own, such as a headline or one paragraph per line).
  private mutating func decide(_ lines: [Line], policy: Policy) {
    guard lines.count > 1 else { return }
    var soft = [Bool](repeating: false, count: lines.count - 1)
    switch policy {
    case .line:
      break
    case .paragraph:
      soft = soft.map { _ in true }
    case .auto:
      // Wrapped text fills its lines to a width and seldom ends one with a sentence; one
      // sentence per line ends most lines with one.
      let width = lines.map(\.width).max() ?? 0
      let ending = lines.dropLast().filter(\.endsSentence).count
      let looksWrapped = lines.count < 3 || ending * 2 < lines.count - 1
      if width >= 40 && width <= 100 && looksWrapped {
        for k in soft.indices where lines[k].width * 10 >= width * 6 && !lines[k + 1].startsListItem {
          soft[k] = true
        }
      }
    }
    for k in soft.indices {
      if soft[k] {
        softBreaks.append(lines[k].end)
      } else {
        paragraphStarts.append(lines[k + 1].start)
      }
    }
  }

  /// Measures a line; `nil` when it holds only white space.
  private static func measure(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Line? {
    var first = start
    var last = end
    while first < last {
      let (scalar, length) = UTF8Scanning.decode(bytes, at: first)
      guard UTF8Scanning.isSpace(scalar) else { break }
      first += length
    }
    guard first < last else { return nil }
    while last > first {
      let (scalar, start) = UTF8Scanning.decode(bytes, before: last)
      guard UTF8Scanning.isSpace(scalar) else { break }
      last = start
    }
    // Only widths up to about 100 characters matter; a line of more than 400 bytes is wider.
    var width = Int.max / 16
    if last - first <= 400 {
      width = 0
      for i in first..<last where bytes[i] & 0xC0 != 0x80 { width += 1 }
    }
    var k = last
    while k > first {
      let (scalar, before) = UTF8Scanning.decode(bytes, before: k)
      guard UTF8Scanning.isClosing(scalar) else { break }
      k = before
    }
    let final = k > first ? UTF8Scanning.decode(bytes, before: k).0 : " "
    return Line(
      start: start, end: end, width: width, startsListItem: startsListItem(bytes, at: first, end: last),
      endsSentence: final == "." || UTF8Scanning.isExclamationOrQuestion(final))
  }

  /// Whether a line begins with a bullet, a dash, or a list marker such as "1." "2)" "a.".
  private static func startsListItem(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Bool {
    let (scalar, _) = UTF8Scanning.decode(bytes, at: start)
    if UTF8Scanning.isBullet(scalar) { return true }
    if (scalar == "-" || scalar == "*" || scalar == "–" || scalar == "—"),
      start + 1 < end, bytes[start + 1] == 0x20
    {
      return true
    }
    var i = start
    while i < end, i - start < 3, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
    if i == start, i < end, bytes[i] >= 0x61 && bytes[i] <= 0x7A { i += 1 }
    guard i > start, i - start <= 3, i < end, bytes[i] == 0x2E || bytes[i] == 0x29 else { return false }
    i += 1
    if i < end, bytes[i] == 0x29 { i += 1 }
    return i < end && bytes[i] == 0x20
  }
}
