import Testing

@testable import ChronicleKit

@Suite("KeyTable")
struct KeyTableTests {
  /// A fixed sequence of well-mixed keys.
  static func keys(_ count: Int, seed: UInt64) -> [UInt64] {
    var generator = SplitMix64(seed: seed)
    return (0..<count).map { _ in generator.next() }
  }

  @Test("lookups agree with a dictionary: members found with their values, others not, at every fill")
  func agreesWithDictionary() {
    let members = KeyTableTests.keys(3000, seed: 0x9E37_79B9_7F4A_7C15)
    let others = KeyTableTests.keys(3000, seed: 0x2545_F491_4F6C_DD1D)
    var table = KeyTable()
    var reference: [UInt64: UInt64] = [:]
    for (i, key) in members.enumerated() {
      table.update(key, UInt64(i)) { $0 &+ $1 }
      reference[key, default: 0] &+= UInt64(i)
      if i % 250 == 0 || i < 40 {
        // Each probe ends at its key or at an empty slot, whatever the table's fill.
        for known in members[...i] { #expect(table[known] == reference[known]) }
        for other in others.prefix(200) where reference[other] == nil { #expect(table[other] == nil) }
      }
    }
    #expect(table.count == reference.count)
  }

  @Test("keys that share a slot probe past each other, across the end of the slots")
  func collidingKeys() {
    // A 16-slot table: keep the keys whose slot is one of the last two, so their probes wrap.
    var table = KeyTable(capacity: 4)
    var colliding: [UInt64] = []
    for key in KeyTableTests.keys(20_000, seed: 42) where colliding.count < 7 && table.slot(key) >= 14 {
      colliding.append(key)
    }
    #expect(colliding.count == 7)
    for (i, key) in colliding.enumerated() { table.update(key, UInt64(100 + i)) { $1 } }
    for (i, key) in colliding.enumerated() { #expect(table[key] == UInt64(100 + i)) }
    for key in KeyTableTests.keys(500, seed: 7) where !colliding.contains(key) { #expect(table[key] == nil) }
  }

  @Test("the keys 0 and 1 are one key")
  func zeroAndOne() {
    var table = KeyTable()
    #expect(table[0] == nil)
    #expect(table[1] == nil)
    table.update(0, 5) { $1 }
    #expect(table[0] == 5)
    #expect(table[1] == 5)
    table.update(1, 6) { $1 }
    #expect(table[0] == 6)
    #expect(table.count == 1)
  }
}
