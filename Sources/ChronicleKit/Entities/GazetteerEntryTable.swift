/// Gazetteer entries stored by column: small fixed-width columns for what matching reads, and
/// one byte blob for the strings, so a compiled gazetteer loads from its cache with a few copies.
public struct GazetteerEntryTable: RandomAccessCollection, Sendable {
  var types: [UInt8] = []
  var flags: [UInt8] = []
  var priorities: [Int32] = []
  var userEntries: [UInt8] = []
  /// For each entry, a number shared by all entries with the same id (aliases of one entity),
  /// so that linking compares integers rather than id strings.
  var entityNumbers: [Int32] = []
  /// Four strings per entry (surface, id, name, source): their start offsets in `strings`,
  /// followed by one final end offset.
  var stringOffsets: [UInt32] = [0]
  var strings: [UInt8] = []

  public var startIndex: Int { 0 }
  public var endIndex: Int { types.count }

  /// The entry at `index`, with its strings.
  public subscript(index: Int) -> GazetteerEntry {
    GazetteerEntry(
      surface: string(index, 0), type: type(index), id: id(index), name: string(index, 2), flags: flags(index),
      priority: priority(index), source: source(index), isUserEntry: isUserEntry(index))
  }

  mutating func append(_ entry: GazetteerEntry) {
    types.append(UInt8(EntityType.allCases.firstIndex(of: entry.type)!))
    flags.append(entry.flags.rawValue)
    priorities.append(Int32(clamping: entry.priority))
    userEntries.append(entry.isUserEntry ? 1 : 0)
    for text in [entry.surface, entry.id, entry.name, entry.source] {
      strings.append(contentsOf: text.utf8)
      stringOffsets.append(UInt32(strings.count))
    }
  }

  /// Merges a duplicate into entry `index`: the higher priority and all flags are kept.
  mutating func merge(_ entry: GazetteerEntry, into index: Int) {
    priorities[index] = Swift.max(priorities[index], Int32(clamping: entry.priority))
    flags[index] |= entry.flags.rawValue
    if entry.isUserEntry { userEntries[index] = 1 }
  }

  @inline(__always) func type(_ index: Int) -> EntityType {
    switch types[index] {
    case 0: return .person
    case 1: return .location
    default: return .organization
    }
  }
  @inline(__always) func flags(_ index: Int) -> GazetteerEntry.Flags { GazetteerEntry.Flags(rawValue: flags[index]) }
  @inline(__always) func priority(_ index: Int) -> Int { Int(priorities[index]) }
  @inline(__always) func isUserEntry(_ index: Int) -> Bool { userEntries[index] != 0 }
  @inline(__always) func entityNumber(_ index: Int) -> Int32 { entityNumbers[index] }

  /// Numbers the entities: entries with the same id share a number.
  mutating func numberEntities() {
    var numbers: [String: Int32] = [:]
    entityNumbers = (0..<count).map { index in
      let id = self.id(index)
      if let number = numbers[id] { return number }
      let number = Int32(numbers.count)
      numbers[id] = number
      return number
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
    writer.array(types)
    writer.array(flags)
    writer.array(priorities)
    writer.array(userEntries)
    writer.array(entityNumbers)
    writer.array(stringOffsets)
    writer.blob(strings)
  }

  init() {}

  init(from reader: inout BinaryReader) throws {
    types = try reader.array(UInt8.self)
    flags = try reader.array(UInt8.self)
    priorities = try reader.array(Int32.self)
    userEntries = try reader.array(UInt8.self)
    entityNumbers = try reader.array(Int32.self)
    stringOffsets = try reader.array(UInt32.self)
    strings = try reader.blob()
    let count = types.count
    guard flags.count == count, priorities.count == count, userEntries.count == count, entityNumbers.count == count,
      stringOffsets.count == count * 4 + 1, Int(stringOffsets.last ?? 0) == strings.count,
      types.allSatisfy({ Int($0) < EntityType.allCases.count })
    else { throw BinaryReader.Truncated() }
  }
}
