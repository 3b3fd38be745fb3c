/// Gazetteer entries stored in two parts: what matching reads of an entry (its type, flags,
/// priority, whether a user gave it, and its entity's number) packed together, so that looking
/// at a random entry costs one cache miss rather than one per field; and one byte blob for the
/// strings. A compiled gazetteer loads from its cache with a few copies.
public struct GazetteerEntryTable: RandomAccessCollection, Sendable {
  /// Three words per entry: the type, flags and user mark (bytes 0, 1 and 2 of the first word),
  /// the priority, and the entity's number (see ``numberEntities()``).
  var records: [UInt32] = []
  /// Four strings per entry (surface, id, name, source): their start offsets in `strings`,
  /// followed by one final end offset.
  var stringOffsets: [UInt32] = [0]
  var strings: [UInt8] = []

  public var startIndex: Int { 0 }
  public var endIndex: Int { records.count / 3 }

  /// The entry at `index`, with its strings.
  public subscript(index: Int) -> GazetteerEntry {
    GazetteerEntry(
      surface: string(index, 0), type: type(index), id: id(index), name: string(index, 2), flags: flags(index),
      priority: priority(index), source: source(index), isUserEntry: isUserEntry(index))
  }

  mutating func append(_ entry: GazetteerEntry) {
    let type = UInt32(EntityType.allCases.firstIndex(of: entry.type)!)
    records.append(type | UInt32(entry.flags.rawValue) << 8 | (entry.isUserEntry ? 1 << 16 : 0))
    records.append(UInt32(bitPattern: Int32(clamping: entry.priority)))
    records.append(0)
    for text in [entry.surface, entry.id, entry.name, entry.source] {
      strings.append(contentsOf: text.utf8)
      stringOffsets.append(UInt32(strings.count))
    }
  }

  /// Merges a duplicate into entry `index`: the higher priority and all flags are kept.
  mutating func merge(_ entry: GazetteerEntry, into index: Int) {
    records[index * 3 + 1] = UInt32(bitPattern: Swift.max(Int32(priority(index)), Int32(clamping: entry.priority)))
    records[index * 3] |= UInt32(entry.flags.rawValue) << 8 | (entry.isUserEntry ? 1 << 16 : 0)
  }

  @inline(__always) func type(_ index: Int) -> EntityType {
    switch records[index * 3] & 0xFF {
    case 0: return .person
    case 1: return .location
    default: return .organization
    }
  }
  @inline(__always) func flags(_ index: Int) -> GazetteerEntry.Flags {
    GazetteerEntry.Flags(rawValue: UInt8(truncatingIfNeeded: records[index * 3] >> 8))
  }
  @inline(__always) func priority(_ index: Int) -> Int { Int(Int32(bitPattern: records[index * 3 + 1])) }
  @inline(__always) func isUserEntry(_ index: Int) -> Bool { records[index * 3] & 1 << 16 != 0 }
  @inline(__always) func entityNumber(_ index: Int) -> Int32 { Int32(bitPattern: records[index * 3 + 2]) }

  /// Numbers the entities: entries with the same id share a number.
  mutating func numberEntities() {
    var numbers: [String: Int32] = [:]
    for index in 0..<count {
      let id = self.id(index)
      let number = numbers[id] ?? Int32(numbers.count)
      numbers[id] = number
      records[index * 3 + 2] = UInt32(bitPattern: number)
    }
  }
  func id(_ index: Int) -> String { string(index, 1) }
  func name(_ index: Int) -> String { string(index, 2) }
  func source(_ index: Int) -> String { string(index, 3) }

  private func string(_ index: Int, _ field: Int) -> String {
    let start = Int(stringOffsets[index * 4 + field])
    let end = Int(stringOffsets[index * 4 + field + 1])
    return strings.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
  }

  func write(to writer: inout BinaryWriter) {
    writer.array(records)
    writer.array(stringOffsets)
    writer.blob(strings)
  }

  init() {}

  init(from reader: inout BinaryReader) throws {
    records = try reader.array(UInt32.self)
    stringOffsets = try reader.array(UInt32.self)
    strings = try reader.blob()
    let count = records.count / 3
    guard records.count % 3 == 0, stringOffsets.count == count * 4 + 1, Int(stringOffsets.last ?? 0) == strings.count,
      (0..<count).allSatisfy({ Int(records[$0 * 3] & 0xFF) < EntityType.allCases.count }),
      // Rising offsets, so that every string lies inside the bytes.
      zip(stringOffsets, stringOffsets.dropFirst()).allSatisfy({ $0 <= $1 })
    else { throw BinaryReader.Truncated() }
  }
}
