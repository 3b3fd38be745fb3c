/// A minimal binary format for compiled data: little-endian integers, arrays of fixed-width
/// values copied whole, and length-prefixed byte blobs. Used for the compiled gazetteer cache.
struct BinaryWriter {
  private(set) var bytes: [UInt8] = []

  mutating func int(_ value: Int) {
    withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func array<T: FixedWidthInteger>(_ values: [T]) {
    int(values.count)
    values.withUnsafeBytes { bytes.append(contentsOf: $0) }
  }

  mutating func blob(_ values: [UInt8]) {
    array(values)
  }

  mutating func string(_ value: String) {
    array(Array(value.utf8))
  }
}

/// Reads what ``BinaryWriter`` wrote; every read is checked against the end of the data.
struct BinaryReader {
  struct Truncated: Error {}

  private let bytes: [UInt8]
  private var offset = 0

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  var isAtEnd: Bool { offset == bytes.count }

  mutating func int() throws -> Int {
    guard offset + 8 <= bytes.count else { throw Truncated() }
    var value: Int64 = 0
    withUnsafeMutableBytes(of: &value) { target in
      bytes.withUnsafeBytes { source in
        target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + 8)]))
      }
    }
    offset += 8
    return Int(Int64(littleEndian: value))
  }

  mutating func array<T: FixedWidthInteger>(_ type: T.Type) throws -> [T] {
    let count = try int()
    let size = MemoryLayout<T>.stride
    guard count >= 0, count <= (bytes.count - offset) / max(size, 1) else { throw Truncated() }
    // Copied straight into uninitialized memory: the tables are megabytes, and zeroing them
    // first would touch every page twice.
    let result = [T](unsafeUninitializedCapacity: count) { target, initialized in
      bytes.withUnsafeBytes { source in
        UnsafeMutableRawBufferPointer(target).copyMemory(
          from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + count * size)]))
      }
      initialized = count
    }
    offset += count * size
    return result
  }

  mutating func blob() throws -> [UInt8] {
    try array(UInt8.self)
  }

  mutating func string() throws -> String {
    String(decoding: try blob(), as: UTF8.self)
  }
}
