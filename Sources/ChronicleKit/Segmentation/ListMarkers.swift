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

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    var markers: [Marker] = []
    var index = 0
    var previous: Unicode.Scalar = "\n"
    var previousNonSpace: Unicode.Scalar = "\n"
    var sawLineBreak = true
    while index < bytes.count {
      let (scalar, length) = UTF8Scanning.decode(bytes, at: index)
      let atWordStart = UTF8Scanning.isSpace(previous) || UTF8Scanning.isBullet(previous)
      if UTF8Scanning.isBullet(scalar) && UTF8Scanning.isSpace(previous) {
        itemStarts.append(index)
      } else if atWordStart, let marker = ListMarkers.marker(
        bytes, at: index,
        opensList: sawLineBreak || UTF8Scanning.isBullet(previousNonSpace)
          || ".!?:;".unicodeScalars.contains(previousNonSpace),
        afterBullet: UTF8Scanning.isBullet(previousNonSpace))
      {
        markers.append(marker)
      }
      if UTF8Scanning.isSpace(scalar) {
        if UTF8Scanning.isLineBreak(scalar) { sawLineBreak = true }
      } else {
        previousNonSpace = scalar
        sawLineBreak = false
      }
      previous = scalar
      index += length
    }
    chain(markers)
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
