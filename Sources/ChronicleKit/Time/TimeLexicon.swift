/// The words the time stage knows, looked up by their lower-case UTF-8 bytes in an
/// open-addressing hash table, so that most tokens are rejected with one hash and one probe.
struct TimeLexicon: Sendable {
  /// Every known word; a word's index is its id.
  private(set) var entries: [WordEntry] = []
  /// The lower-case bytes of every entry, concatenated.
  private var keyBytes: [UInt8] = []
  /// Where each entry's bytes start in `keyBytes` (one extra element marks the end).
  private var keyStarts: [Int32] = [0]
  /// Hash slots holding an entry id, or -1.
  private var slots: [Int32] = []
  private var mask = 0

  /// The longest word the table holds, in bytes.
  private(set) var longestWord = 0

  /// The built-in words.
  init() {
    for entry in TimeLexicon.builtInEntries() { insert(entry) }
    rebuild()
  }

  /// The id of a word, adding it (with no categories) if it is new.
  @discardableResult
  mutating func id(for word: String, adding categories: WordCategory = []) -> Int {
    let key = TimeLexicon.normalize(word)
    if let existing = find(Array(key.utf8)) {
      entries[existing].categories.formUnion(categories)
      return existing
    }
    var entry = WordEntry(key)
    entry.categories = categories
    insert(entry)
    rebuild()
    return entries.count - 1
  }

  /// Updates an entry.
  mutating func update(_ id: Int, _ body: (inout WordEntry) -> Void) {
    body(&entries[id])
  }

  /// Lower case, curly apostrophes straightened.
  static func normalize(_ word: String) -> String {
    word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
  }

  private mutating func insert(_ entry: WordEntry) {
    entries.append(entry)
    keyBytes.append(contentsOf: entry.text.utf8)
    keyStarts.append(Int32(keyBytes.count))
    longestWord = max(longestWord, entry.text.utf8.count)
  }

  private mutating func rebuild() {
    var size = 64
    while size < entries.count * 4 { size <<= 1 }
    mask = size - 1
    slots = [Int32](repeating: -1, count: size)
    for id in entries.indices {
      let start = Int(keyStarts[id])
      let end = Int(keyStarts[id + 1])
      var hash = TimeLexicon.seed
      for k in start..<end { hash = (hash ^ UInt64(keyBytes[k])) &* TimeLexicon.prime }
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(id)
    }
  }

  private func find(_ key: [UInt8]) -> Int? {
    key.withUnsafeBufferPointer { buffer in
      let id = lookup(buffer, 0, buffer.count)
      return id >= 0 ? id : nil
    }
  }

  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01b3

  /// The id of the word in `bytes[start..<end]` (any case; `’` counts as `'`), or -1.
  /// - Complexity: O(length of the word); no allocation.
  func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
    let length = end - start
    if length <= 0 || length > longestWord + 2 { return -1 }
    var folded = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))  // up to 32 folded bytes
    var count = 0
    var hash = TimeLexicon.seed
    var i = start
    while i < end {
      var byte = bytes[i]
      if byte >= 0x80 {
        // The only non-ASCII character a known word holds is the right single quote.
        guard byte == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 else { return -1 }
        byte = 0x27
        i += 2
      } else if byte >= 0x41 && byte <= 0x5A {
        byte |= 0x20
      }
      if count >= 32 { return -1 }
      withUnsafeMutableBytes(of: &folded) { $0[count] = byte }
      count += 1
      hash = (hash ^ UInt64(byte)) &* TimeLexicon.prime
      i += 1
    }
    var slot = Int(truncatingIfNeeded: hash) & mask
    return withUnsafeBytes(of: &folded) { key -> Int in
      while true {
        let id = Int(slots[slot])
        if id < 0 { return -1 }
        let keyStart = Int(keyStarts[id])
        if Int(keyStarts[id + 1]) - keyStart == count {
          var same = true
          for k in 0..<count where keyBytes[keyStart + k] != key[k] {
            same = false
            break
          }
          if same { return id }
        }
        slot = (slot + 1) & mask
      }
    }
  }

  /// The entry with an id.
  subscript(id: Int) -> WordEntry { entries[id] }
}
