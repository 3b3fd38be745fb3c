#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// List items inside running text: bullets (•, ‣, ⁃ …) and runs of numbered or lettered markers
/// ("1.", "2)", "3.)", "a.", "b.") that count up from 1 or "a" at the start of a line, after a
/// sentence, after a colon, or after a bullet.
///
/// Each item starts a sentence, and the period of a marker ends none.
struct ListMarkers {
  /// Byte offsets where an item starts (a bullet, or a marker after the first of its run).
  private(set) var itemStarts: [Int] = []
  /// Byte offsets just after a marker and its spaces, where ICU would wrongly end a sentence.
  private(set) var itemTextStarts: Set<Int> = []

  private struct Marker {
    var start: Int
    var textStart: Int
    var value: Int
    var isLetter: Bool
    var opensList: Bool  // at the start of a line, after a sentence, a colon or a bullet
    var afterBullet: Bool
  }

  /// Finds bullets and markers. Markers are found from their punctuation ("." or ")"), and
  /// bullets from their lead byte, so the scan is a few `memchr` passes over the text.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress, bytes.count > 0 else { return }
    // Bullets: every bullet character starts with the byte 0xE2.
    var offset = 0
    while offset < bytes.count, let found = memchr(base + offset, 0xE2, bytes.count - offset) {
      let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      offset = position + 1
      if UTF8Scanning.isBullet(UTF8Scanning.decode(bytes, at: position).0)
        && (position == 0 || UTF8Scanning.isSpace(UTF8Scanning.decode(bytes, before: position).0))
      {
        itemStarts.append(position)
      }
    }
    // Markers: "1." "12)" "3.)" "a." found from their punctuation.
    var markers: [Marker] = []
    for punctuation: UInt8 in [0x2E, 0x29] {
      offset = 0
      while offset < bytes.count, let found = memchr(base + offset, Int32(punctuation), bytes.count - offset) {
        let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        offset = position + 1
        // ".)" is handled from its period.
        if punctuation == 0x29 && position > 0 && bytes[position - 1] == 0x2E { continue }
        var start = position
        while start > 0, position - start < 3, bytes[start - 1] >= 0x30 && bytes[start - 1] <= 0x39 { start -= 1 }
        if start == position, start > 0, bytes[start - 1] >= 0x61 && bytes[start - 1] <= 0x7A { start -= 1 }
        guard start < position, let context = ListMarkers.context(bytes, before: start),
          let marker = ListMarkers.marker(
            bytes, at: start, opensList: context.opensList, afterBullet: context.afterBullet)
        else { continue }
        markers.append(marker)
      }
    }
    markers.sort { $0.start < $1.start }
    chain(markers)
  }

  /// What comes before a possible marker at `start`: `nil` unless it is the start of the text,
  /// white space or a bullet; otherwise whether a list may open there.
  private static func context(
    _ bytes: UnsafeBufferPointer<UInt8>, before start: Int
  ) -> (opensList: Bool, afterBullet: Bool)? {
    guard start > 0 else { return (true, false) }
    var index = start
    var sawSpace = false
    while index > 0 {
      let (scalar, previous) = UTF8Scanning.decode(bytes, before: index)
      if UTF8Scanning.isLineBreak(scalar) { return (true, false) }
      if UTF8Scanning.isBullet(scalar) { return (true, true) }
      if !UTF8Scanning.isSpace(scalar) {
        guard sawSpace else { return nil }
        return (".!?:;".unicodeScalars.contains(scalar) || UTF8Scanning.isExclamationOrQuestion(scalar), false)
      }
      sawSpace = true
      index = previous
    }
    return (true, false)
  }

  private mutating func chain(_ markers: [Marker]) {
    var run: [Marker] = []
    func close() {
      if run.count >= 2 {
        for (position, marker) in run.enumerated() {
          itemTextStarts.insert(marker.textStart)
          if (position > 0 || marker.opensList) && !marker.afterBullet { itemStarts.append(marker.start) }
        }
      }
      run.removeAll()
    }
    for marker in markers {
      if marker.afterBullet { itemTextStarts.insert(marker.textStart) }
      if let last = run.last, last.isLetter == marker.isLetter, marker.value == last.value + 1 {
        run.append(marker)
      } else if marker.opensList && (marker.value == 1 || marker.afterBullet) {
        close()
        run.append(marker)
      }
    }
    close()
    itemStarts.sort()
  }

  /// A marker at `start`: one to three digits or one lower-case ASCII letter, then ".", ")"
  /// or ".)", then a space.
  private static func marker(
    _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, opensList: Bool, afterBullet: Bool
  ) -> Marker? {
    var i = start
    var value = 0
    while i < bytes.count, i - start < 4, bytes[i] >= 0x30 && bytes[i] <= 0x39 {
      value = value * 10 + Int(bytes[i] - 0x30)
      i += 1
    }
    var isLetter = false
    if i == start {
      guard i < bytes.count, bytes[i] >= 0x61 && bytes[i] <= 0x7A else { return nil }
      value = Int(bytes[i] - 0x61) + 1
      isLetter = true
      i += 1
    }
    guard i - start <= 3, i < bytes.count, bytes[i] == 0x2E || bytes[i] == 0x29 else { return nil }
    if bytes[i] == 0x2E, i + 1 < bytes.count, bytes[i + 1] == 0x29 { i += 1 }
    i += 1
    guard i < bytes.count, bytes[i] == 0x20 else { return nil }
    while i < bytes.count, bytes[i] == 0x20 { i += 1 }
    return Marker(
      start: start, textStart: i, value: value, isLetter: isLetter, opensList: opensList,
      afterBullet: afterBullet)
  }
}
