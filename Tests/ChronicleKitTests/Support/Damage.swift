@testable import ChronicleKit

/// Compiled data damaged one byte at a time, as a disk or a half-copied cache could leave it.
enum Damage {
  /// Reads every one-byte damage of `bytes` (each byte set to 0xFF, to 0x7F, and with its low
  /// bit flipped) with `read`, and hands what is accepted to `use`, which should exercise it.
  /// Returns how many damaged copies `read` refused. A trap anywhere fails the test run.
  static func readEach<Value>(
    _ bytes: [UInt8], _ read: (inout BinaryReader) throws -> Value, use: (Value) -> Void
  ) -> Int {
    var refused = 0
    for position in bytes.indices {
      for value: UInt8 in [0xFF, 0x7F, bytes[position] ^ 0x01] {
        var damaged = bytes
        damaged[position] = value
        var reader = BinaryReader(damaged)
        guard let restored = try? read(&reader) else {
          refused += 1
          continue
        }
        use(restored)
      }
    }
    return refused
  }
}
