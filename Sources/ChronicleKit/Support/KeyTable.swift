import CPrefetch

/// A hash table from 64-bit keys (already well mixed, such as ``TokenKey`` hashes) to 64-bit
/// values: open addressing with linear probing over one array of key–value pairs, so a lookup
/// touches one cache line. Faster than `Dictionary` for the per-token lookups of the entity
/// stage. The keys 0 and 1 are one key (0 marks an empty slot): keys are well-mixed hashes, or
/// kept off both.
struct KeyTable: Sendable {
  private struct Slot {
    var key: UInt64  // 0 = empty (a real key of 0 is stored as 1)
    var value: UInt64
  }

  private var slots: [Slot]
  private var mask: Int
  private(set) var count = 0

  init(capacity: Int = 16) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    // A small table starts as a shared empty one, copied at its first insertion: the stages
    // make many per-document tables that stay empty for most documents.
    switch size {
    case 16: slots = KeyTable.empty16
    case 32: slots = KeyTable.empty32
    default: slots = [Slot](filled: Slot(key: 0, value: 0), count: size)
    }
    mask = size - 1
  }

  /// Empty slots shared by the new small tables.
  private static let empty16 = [Slot](filled: Slot(key: 0, value: 0), count: 16)
  private static let empty32 = [Slot](filled: Slot(key: 0, value: 0), count: 32)

  @inline(__always)
  private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

  /// The slot where a lookup of `key` (as stored) begins.
  @inline(__always)
  func slot(_ key: UInt64) -> Int {
    var h = key
    h ^= h >> 33
    h &*= 0xFF51_AFD7_ED55_8CCD
    h ^= h >> 33
    return Int(truncatingIfNeeded: h) & mask
  }

  /// The value for `key`, or `nil`.
  @inline(__always)
  subscript(key: UInt64) -> UInt64? {
    let key = KeyTable.stored(key)
    return slots.withUnsafeBufferPointer { slots in
      var index = slot(key)
      while true {
        let candidate = slots[index]
        // The probe ends at the key or at an empty slot, told in one test (the smaller of the
        // two is 0 only then): whether a word is in a table follows no pattern a branch
        // predictor could learn, but the table is at most half full, so nearly every probe ends
        // at its first slot. Which of the two it ended at is a select, not a second branch.
        if Swift.min(candidate.key ^ key, candidate.key) == 0 {
          return candidate.key == key ? candidate.value : nil
        }
        index = (index + 1) & mask
      }
    }
  }

  /// Starts loading the slot where a lookup of `key` begins, so that a later lookup finds it in
  /// cache.
  @inline(__always)
  func prefetch(_ key: UInt64) {
    let index = slot(KeyTable.stored(key))
    slots.withUnsafeBufferPointer { chronicle_prefetch($0.baseAddress! + index) }
  }

  /// Combines `value` into the value for `key` with `combine` (or stores it).
  mutating func update(_ key: UInt64, _ value: UInt64, _ combine: (UInt64, UInt64) -> UInt64) {
    if (count + 1) * 2 > slots.count { grow() }
    let key = KeyTable.stored(key)
    var index = slot(key)
    while slots[index].key != 0 {
      if slots[index].key == key {
        slots[index].value = combine(slots[index].value, value)
        return
      }
      index = (index + 1) & mask
    }
    slots[index] = Slot(key: key, value: value)
    count += 1
  }

  /// Empties the table. A small one keeps its room for the next use; a large one (a very long
  /// document's) is let go, since clearing it for every later use would cost more than growing
  /// a new one as needed.
  mutating func removeAll() {
    guard count > 0 else { return }
    guard slots.count <= KeyTable.largestKept else {
      self = KeyTable()
      return
    }
    slots.withUnsafeMutableBufferPointer { $0.update(repeating: Slot(key: 0, value: 0)) }
    count = 0
  }

  /// The most slots that ``removeAll()`` keeps.
  static let largestKept = 4096

  /// The table, emptied (see ``removeAll()``), leaving an empty one in its place: for a table
  /// kept between documents, as `Array.takeEmptied()` is for a list.
  @inline(__always)
  mutating func takeEmptied() -> KeyTable {
    var taken = KeyTable()
    swap(&taken, &self)
    taken.removeAll()
    return taken
  }

  /// Whether every stored value satisfies `predicate`.
  func allValues(_ predicate: (UInt64) -> Bool) -> Bool {
    slots.allSatisfy { $0.key == 0 || predicate($0.value) }
  }

  func write(to writer: inout BinaryWriter) {
    writer.array(slots.map(\.key))
    writer.array(slots.map(\.value))
    writer.int(count)
  }

  init(from reader: inout BinaryReader) throws {
    let keys = try reader.arrayBytes(UInt64.self)
    let values = try reader.arrayBytes(UInt64.self)
    count = try reader.int()
    let size = keys.count
    guard size >= 16, size & (size - 1) == 0, values.count == size else { throw BinaryReader.Truncated() }
    // The slots are built straight from the data read, with no arrays of keys and values first.
    slots = [Slot](unsafeUninitializedCapacity: size) { slots, initialized in
      for i in 0..<size {
        let key = keys.bytes.loadUnaligned(fromByteOffset: i &* 8, as: UInt64.self)
        let value = values.bytes.loadUnaligned(fromByteOffset: i &* 8, as: UInt64.self)
        (slots.baseAddress! + i).initialize(to: Slot(key: key, value: value))
      }
      initialized = size
    }
    mask = size - 1
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(key: 0, value: 0), count: old.count * 2)
    mask = slots.count - 1
    count = 0
    for slot in old where slot.key != 0 { update(slot.key, slot.value) { $1 } }
  }
}

/// A set of 64-bit keys (already well mixed, such as ``TokenKey`` hashes) over a ``KeyTable``:
/// a membership test is one probe, without `Set`'s per-lookup hashing.
struct KeySet: Sendable {
  private var table: KeyTable
  /// One bit for each value of the members' top six bits: a key whose bit is clear is no
  /// member, found without a probe. The sets are small word lists (a few dozen keys), and most
  /// keys asked about are not in them.
  private var filter: UInt64 = 0

  init<Keys: Sequence<UInt64>>(_ keys: Keys) {
    table = KeyTable(capacity: keys.underestimatedCount)
    for key in keys {
      table.update(key, 1) { $1 }
      filter |= KeySet.bit(key)
    }
  }

  @inline(__always)
  private static func bit(_ key: UInt64) -> UInt64 { 1 << (key >> 58) }

  @inline(__always)
  func contains(_ key: UInt64) -> Bool { filter & KeySet.bit(key) != 0 && table[key] != nil }
}
