/// The words the time stage knows, looked up by their UTF-8 bytes in an open-addressing hash
/// table keyed by the word packed into two 64-bit integers, so that most tokens are rejected
/// after a few instructions and without allocation.
struct TimeLexicon: Sendable {
  /// Every known word; a word's index is its id.
  private(set) var entries: [WordEntry] = []
  /// The categories of every word, by id (kept apart so that hot loops read them without
  /// copying entries).
  private(set) var categoryTable: [WordCategory] = []
  /// Each word's bytes packed eight to an integer (case folded), and its length.
  private var packedLow: [UInt64] = []
  private var packedHigh: [UInt64] = []
  private var lengths: [Int] = []
  /// Hash slots holding an entry id, or -1.
  private var slots: [Int32] = [Int32](repeating: -1, count: 64)
  private var mask = 63
  /// A 4096-bit filter per word length over (first, second, last letter): most unknown words
  /// fail it before the word is packed and hashed.
  private var shapes = [UInt64](repeating: 0, count: (TimeLexicon.maximumLength + 1) * 64)
  /// The ids of the words that are ASCII without a period, by their lower-case ``TokenKey``:
  /// the tokenizer has the key of every token already, so most words are looked up with one
  /// probe (see ``lookup(key:)``).
  private var keyIndex = KeyTable()
  /// One bit for each value of the top 16 bits of the keys in `keyIndex`: most words are not
  /// time words, and fail this test before the table is probed.
  private var keyFilter = [UInt64](repeating: 0, count: 1024)

  /// The filter word and bit of a word's shape (bytes already case folded; `second` is the
  /// first letter again for one-letter words).
  @inline(__always)
  private static func shape(_ length: Int, _ first: UInt8, _ second: UInt8, _ last: UInt8) -> (index: Int, bit: UInt64) {
    let h = (Int(first) &* 961 &+ Int(second) &* 31 &+ Int(last)) & 4095
    return (length &* 64 &+ h >> 6, 1 << UInt64(h & 63))
  }

  /// The longest word the table holds, in bytes (at most 16).
  static let maximumLength = 16

  /// The built-in time words.
  init() {
    self.init(entries: TimeLexicon.builtInEntries())
  }

  /// A lexicon of the given words.
  init(entries: [WordEntry]) {
    for entry in entries { insert(entry) }
  }

  /// Lower case, curly apostrophes straightened.
  static func normalize(_ word: String) -> String {
    let lower = word.lowercased()
    return lower.utf8.contains(0xE2) ? lower.replacingOccurrences(of: "\u{2019}", with: "'") : lower
  }

  /// The id of a word, adding it (with no categories) if it is new.
  @discardableResult
  mutating func id(for word: String, adding categories: WordCategory = []) -> Int {
    let key = TimeLexicon.normalize(word)
    let existing = Array(key.utf8).withUnsafeBufferPointer { lookup($0, 0, $0.count) }
    if existing >= 0 {
      entries[existing].categories.formUnion(categories)
      categoryTable[existing] = entries[existing].categories
      return existing
    }
    var entry = WordEntry(key)
    entry.categories = categories
    insert(entry)
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

  /// The entry with an id.
  subscript(id: Int) -> WordEntry { entries[id] }

  private mutating func insert(_ entry: WordEntry) {
    let bytes = Array(entry.text.utf8)
    precondition(bytes.count <= TimeLexicon.maximumLength && !bytes.isEmpty, "time word '\(entry.text)' is too long")
    let (low, high) = bytes.withUnsafeBufferPointer { TimeLexicon.pack($0, 0, $0.count)! }
    entries.append(entry)
    categoryTable.append(entry.categories)
    packedLow.append(low)
    packedHigh.append(high)
    lengths.append(bytes.count)
    if bytes.allSatisfy({ $0 < 0x80 && $0 != 0x2E }) {
      let key = bytes.withUnsafeBufferPointer { TokenKey.key($0, TextRange(start: 0, end: $0.count), case: .lower) }
      keyIndex.update(key, UInt64(entries.count - 1)) { first, _ in first }
      keyFilter[Int(key >> 54)] |= 1 << ((key >> 48) & 63)
    }
    if entries.count * 2 > slots.count {
      var size = slots.count
      while size < entries.count * 4 { size <<= 1 }
      mask = size - 1
      slots = [Int32](repeating: -1, count: size)
      for id in entries.indices { place(id) }
    } else {
      place(entries.count - 1)
    }
  }

  private mutating func place(_ id: Int) {
    var slot = TimeLexicon.slot(packedLow[id], packedHigh[id], lengths[id]) & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(id)
    let length = lengths[id]
    let first = UInt8(truncatingIfNeeded: packedLow[id])
    let second = length > 1 ? UInt8(truncatingIfNeeded: packedLow[id] >> 8) : first
    let lastIndex = length - 1
    let last =
      lastIndex < 8
      ? UInt8(truncatingIfNeeded: packedLow[id] >> UInt64(8 * lastIndex))
      : UInt8(truncatingIfNeeded: packedHigh[id] >> UInt64(8 * (lastIndex - 8)))
    let (index, bit) = TimeLexicon.shape(length, first, second, last)
    shapes[index] |= bit
  }

  /// Packs up to 16 ASCII bytes into two integers, folding case (`| 0x20` leaves digits,
  /// apostrophes, periods and hyphens alone); `nil` for longer or non-ASCII text.
  @inline(__always)
  private static func pack(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (UInt64, UInt64)? {
    let length = end - start
    guard length <= maximumLength else { return nil }
    var low: UInt64 = 0
    var high: UInt64 = 0
    var i = 0
    var any: UInt8 = 0
    while i < length && i < 8 {
      let byte = bytes[start + i]
      any |= byte
      low |= UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) << UInt64(8 * i)
      i += 1
    }
    while i < length {
      let byte = bytes[start + i]
      any |= byte
      high |= UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) << UInt64(8 * (i - 8))
      i += 1
    }
    return any < 0x80 ? (low, high) : nil
  }

  @inline(__always)
  private static func slot(_ low: UInt64, _ high: UInt64, _ length: Int) -> Int {
    var hash = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(length)
    hash ^= hash >> 29
    return Int(truncatingIfNeeded: hash)
  }

  /// The id of the word in `bytes[start..<end]` (any case; `’` counts as `'`), or -1.
  /// - Complexity: O(length of the word); no allocation for ASCII words.
  func lookup(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
    let length = end - start
    if length <= 0 { return -1 }
    if length <= TimeLexicon.maximumLength {
      let first = bytes[start]
      let second = bytes[start + (length > 1 ? 1 : 0)]
      let last = bytes[end - 1]
      if first < 0x80 && second < 0x80 && last < 0x80 {
        let (index, bit) = TimeLexicon.shape(
          length, first >= 0x41 && first <= 0x5A ? first | 0x20 : first,
          second >= 0x41 && second <= 0x5A ? second | 0x20 : second, last >= 0x41 && last <= 0x5A ? last | 0x20 : last)
        if shapes[index] & bit == 0 { return -1 }
      }
    }
    guard let (low, high) = TimeLexicon.pack(bytes, start, end) else {
      return length <= 3 * TimeLexicon.maximumLength ? lookupFolding(bytes, start, end) : -1
    }
    var slot = TimeLexicon.slot(low, high, length) & mask
    while true {
      let id = Int(slots[slot])
      if id < 0 { return -1 }
      if packedLow[id] == low && packedHigh[id] == high && lengths[id] == length { return id }
      slot = (slot + 1) & mask
    }
  }

  /// The id of a word token that is ASCII without a period, from its lower-case ``TokenKey``
  /// (the same id as ``lookup(_:_:_:)`` gives for its bytes), or -1.
  @inline(__always)
  func lookup(key: UInt64) -> Int {
    guard keyFilter.withUnsafeBufferPointer({ $0[Int(key >> 54)] }) & (1 << ((key >> 48) & 63)) != 0 else { return -1 }
    return keyIndex[key].map { Int($0) } ?? -1
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
      folded.append(byte)
      i += 1
    }
    guard folded.count <= TimeLexicon.maximumLength else { return -1 }
    return folded.withUnsafeBufferPointer { lookup($0, 0, $0.count) }
  }
}
