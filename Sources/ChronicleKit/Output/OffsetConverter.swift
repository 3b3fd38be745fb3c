/// Converts UTF-8 byte offsets into the unit users ask for: Unicode code points (Python `str`
/// indices, the default), UTF-16 code units (Java, JavaScript) or UTF-8 bytes.
///
/// Built in one linear pass over the text: ASCII text needs no table at all; otherwise the
/// converter keeps the count at the start of every 16-byte block, so a conversion counts the
/// bytes before it in one block, eight at a time.
public struct OffsetConverter: Sendable {
  /// The unit output offsets count.
  public enum Unit: String, Sendable, CaseIterable {
    /// Unicode code points (scalars), as Python's `str` indexes.
    case codepoint
    /// UTF-16 code units, as Java and JavaScript strings index.
    case utf16
    /// UTF-8 bytes, as stored internally.
    case utf8
  }

  /// The unit offsets are converted into.
  public let unit: Unit
  /// The text's bytes, followed by 16 zero bytes so that a block can always be read whole.
  private let bytes: [UInt8]
  /// The count in the output unit before each block of ``blockSize`` bytes, and in all.
  private let blockCounts: [Int]
  private let isIdentity: Bool
  private static let blockSize = 16

  /// Prepares conversions for `text`.
  public init(text: String, unit: Unit) {
    self.unit = unit
    let utf8 = text.utf8
    if unit == .utf8 || OffsetConverter.isASCII(utf8) {
      isIdentity = true
      bytes = []
      blockCounts = []
      return
    }
    isIdentity = false
    let count = utf8.count
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count + OffsetConverter.blockSize)
    bytes.append(contentsOf: utf8)
    bytes.append(contentsOf: repeatElement(0, count: OffsetConverter.blockSize))
    var counts: [Int] = []
    counts.reserveCapacity(count / OffsetConverter.blockSize + 2)
    var running = 0
    bytes.withUnsafeBytes { raw in
      var start = 0
      while start < count {
        counts.append(running)
        running += OffsetConverter.units(raw, from: start, count: min(OffsetConverter.blockSize, count - start), unit)
        start += OffsetConverter.blockSize
      }
    }
    counts.append(running)
    self.bytes = bytes
    self.blockCounts = counts
  }

  /// The offset in the output unit of the UTF-8 byte offset `offset`.
  public func convert(_ offset: Int) -> Int {
    if isIdentity { return offset }
    let block = offset / OffsetConverter.blockSize
    let rest = offset % OffsetConverter.blockSize
    guard rest > 0 else { return blockCounts[block] }
    return blockCounts[block]
      + bytes.withUnsafeBytes { OffsetConverter.units($0, from: block * OffsetConverter.blockSize, count: rest, unit) }
  }

  /// A range in the output unit.
  public func convert(_ range: TextRange) -> (start: Int, end: Int) {
    (convert(range.start), convert(range.end))
  }

  /// The output units of the `count` (at most 16) bytes from `start`, read as two words: each
  /// byte counts one, but a continuation byte none, and a byte that starts a four-byte
  /// character two in UTF-16. `raw` must hold 16 bytes from `start`.
  @inline(__always)
  private static func units(_ raw: UnsafeRawBufferPointer, from start: Int, count: Int, _ unit: Unit) -> Int {
    let low = raw.loadUnaligned(fromByteOffset: start, as: UInt64.self)
    let high = raw.loadUnaligned(fromByteOffset: start + 8, as: UInt64.self)
    let lowMask: UInt64 = count >= 8 ? ~0 : (1 << UInt64(8 * count)) - 1
    let highMask: UInt64 = count >= 16 ? ~0 : count <= 8 ? 0 : (1 << UInt64(8 * (count - 8))) - 1
    return units(UInt64(littleEndian: low), lowMask, unit) + units(UInt64(littleEndian: high), highMask, unit)
  }

  /// The output units of the bytes of `word` that `mask` keeps (whole bytes, the first ones).
  @inline(__always)
  private static func units(_ word: UInt64, _ mask: UInt64, _ unit: Unit) -> Int {
    let highs: UInt64 = 0x8080_8080_8080_8080 & mask
    // Shifted left, each byte's lower bits line up with its top bit: 10xxxxxx is a continuation.
    let continuation = word & ~(word << 1) & highs
    var units = (highs & ~continuation).nonzeroBitCount
    if unit == .utf16 {
      // 11110xxx starts a character outside the Basic Multilingual Plane: two UTF-16 units.
      units += (word & (word << 1) & (word << 2) & (word << 3) & highs).nonzeroBitCount
    }
    return units
  }

  private static func isASCII(_ utf8: String.UTF8View) -> Bool {
    let result = utf8.withContiguousStorageIfAvailable { buffer -> Bool in
      var combined: UInt8 = 0
      for byte in buffer { combined |= byte }
      return combined < 0x80
    }
    return result ?? utf8.allSatisfy { $0 < 0x80 }
  }
}
