/// Converts UTF-8 byte offsets into the unit users ask for: Unicode code points (Python `str`
/// indices, the default), UTF-16 code units (Java, JavaScript) or UTF-8 bytes.
///
/// Built in one linear pass over the text: ASCII text needs no table at all; otherwise the
/// converter keeps the count at the start of every 16-byte block, so a conversion counts at
/// most 15 bytes.
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
  private let bytes: [UInt8]
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
    let bytes = Array(utf8)
    var counts: [Int] = []
    counts.reserveCapacity(bytes.count / OffsetConverter.blockSize + 1)
    var running = 0
    for (i, byte) in bytes.enumerated() {
      if i % OffsetConverter.blockSize == 0 { counts.append(running) }
      running += OffsetConverter.units(of: byte, unit)
    }
    counts.append(running)
    self.bytes = bytes
    self.blockCounts = counts
  }

  /// The offset in the output unit of the UTF-8 byte offset `offset`.
  public func convert(_ offset: Int) -> Int {
    if isIdentity { return offset }
    let block = offset / OffsetConverter.blockSize
    var result = blockCounts[block]
    var i = block * OffsetConverter.blockSize
    while i < offset {
      result += OffsetConverter.units(of: bytes[i], unit)
      i += 1
    }
    return result
  }

  /// A range in the output unit.
  public func convert(_ range: TextRange) -> (start: Int, end: Int) {
    (convert(range.start), convert(range.end))
  }

  @inline(__always)
  private static func units(of byte: UInt8, _ unit: Unit) -> Int {
    if byte & 0xC0 == 0x80 { return 0 }  // continuation byte
    return unit == .utf16 && byte >= 0xF0 ? 2 : 1
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
