/// The words the time stage knows, looked up by their lower-case UTF-8 bytes in an
/// open-addressing hash table, so that most tokens are rejected with one hash and one probe.
struct TimeLexicon: Sendable {
  /// Every known word; a word's index is its id.
  private(set) var entries: [WordEntry] = []
  /// The categories of every word, by id (kept apart so that hot loops read them without
  /// copying entries).
  private(set) var categoryTable: [WordCategory] = []
  /// The lower-case bytes of every entry, concatenated.
  private var keyBytes: [UInt8] = []
  /// Where each entry's bytes start in `keyBytes` (one extra element marks the end).
  private var keyStarts: [Int32] = [0]
  /// Hash slots holding an entry id, or -1.
  private var slots: [Int32] = []
  private var mask = 0
  /// A 256-bit filter per word length over (first letter, last letter): most unknown words fail
  /// it before any hashing.
  private var shapes: [UInt64] = []

  /// The filter bit of a word's shape.
  @inline(__always)
  private static func shape(_ length: Int, _ first: UInt8, _ last: UInt8) -> (index: Int, bit: UInt64) {
    let h = (Int(first) &* 31 &+ Int(last)) & 255
    return (min(length, 31) * 4 + h >> 6, 1 << UInt64(h & 63))
  }

  /// The longest word the table holds, in bytes.
  private(set) var longestWord = 0

  /// The built-in time words.
  init() {
    self.init(entries: TimeLexicon.builtInEntries())
  }

  /// A lexicon of the given words.
  init(entries: [WordEntry]) {
    for entry in entries { insert(entry) }
    rebuild()
  }

  /// The id of a word, adding it (with no categories) if it is new.
  @discardableResult
  mutating func id(for word: String, adding categories: WordCategory = []) -> Int {
    let key = TimeLexicon.normalize(word)
    if let existing = find(Array(key.utf8)) {
      entries[existing].categories.formUnion(categories)
      categoryTable[existing] = entries[existing].categories
      return existing
    }
    var entry = WordEntry(key)
    entry.categories = categories
    insert(entry)
    if entries.count * 2 > slots.count {
      rebuild()
    } else {
      place(entries.count - 1)
    }
    return entries.count - 1
  }

  /// Updates an entry.
  mutating func update(_ id: Int, _ body: (inout WordEntry) -> Void) {
    body(&entries[id])
    categoryTable[id] = entries[id].categories
  }

  /// The categories of word `id`.
  @inline(__always)
  func categories(_ id: Int) -> WordCategory { categoryTable[id] }

  /// Lower case, curly apostrophes straightened.
  static func normalize(_ word: String) -> String {
    word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
  }

  private mutating func insert(_ entry: WordEntry) {
    entries.append(entry)
    categoryTable.append(entry.categories)
    keyBytes.append(contentsOf: entry.text.utf8)
    keyStarts.append(Int32(keyBytes.count))
    longestWord = max(longestWord, entry.text.utf8.count)
  }

  private mutating func rebuild() {
    var size = 64
    while size < entries.count * 4 { size <<= 1 }
    mask = size - 1
    slots = [Int32](repeating: -1, count: size)
    shapes = [UInt64](repeating: 0, count: 32 * 4)
    for id in entries.indices { place(id) }
  }

  /// Puts entry `id` into the hash table and the shape filter.
  private mutating func place(_ id: Int) {
    let start = Int(keyStarts[id])
    let end = Int(keyStarts[id + 1])
    var hash = TimeLexicon.seed
    for k in start..<end { hash = (hash ^ UInt64(keyBytes[k])) &* TimeLexicon.prime }
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(id)
    if end > start {
      let (index, bit) = TimeLexicon.shape(end - start, keyBytes[start], keyBytes[end - 1])
      shapes[index] |= bit
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
  /// - Complexity: O(length of the word); no allocation for ASCII words.
  func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
    let length = end - start
    if length <= 0 || length > longestWord + 2 { return -1 }
    let first = bytes[start]
    let last = bytes[end - 1]
    if first < 0x80 && last < 0x80 {
      let lower = { (byte: UInt8) -> UInt8 in byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
      let (index, bit) = TimeLexicon.shape(length, lower(first), lower(last))
      if shapes[index] & bit == 0 { return -1 }
    }
    var hash = TimeLexicon.seed
    var i = start
    while i < end {
      var byte = bytes[i]
      if byte >= 0x80 { return lookupFolding(bytes, start, end) }
      if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
      hash = (hash ^ UInt64(byte)) &* TimeLexicon.prime
      i += 1
    }
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let id = Int(slots[slot])
      if id < 0 { return -1 }
      let keyStart = Int(keyStarts[id])
      if Int(keyStarts[id + 1]) - keyStart == length {
        var k = 0
        while k < length {
          var byte = bytes[start + k]
          if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
          if keyBytes[keyStart + k] != byte { break }
          k += 1
        }
        if k == length { return id }
      }
      slot = (slot + 1) & mask
    }
  }

  /// The lookup for words with non-ASCII bytes: only `’` (as `'`) can match.
  private func lookupFolding(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
    var folded: [UInt8] = []
    var i = start
    while i < end {
      let byte = bytes[i]
      if byte >= 0x80 {
        guard byte == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 else { return -1 }
        folded.append(0x27)
        i += 3
        continue
      }
      folded.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      i += 1
    }
    return folded.withUnsafeBufferPointer { lookup($0, 0, $0.count) }
  }

  /// The entry with an id.
  subscript(id: Int) -> WordEntry { entries[id] }
}
