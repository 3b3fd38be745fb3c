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

  /// Keeps `bytes` alive.
  private let store: ByteStore
  private let bytes: UnsafeRawBufferPointer
  private var offset = 0

  /// Reads a copy of `bytes`.
  init(_ bytes: [UInt8]) {
    self.init(ByteStore(bytes))
  }

  /// Reads `store`'s bytes (a mapped file, for instance) in place.
  init(_ store: ByteStore) {
    self.store = store
    bytes = store.bytes
  }

  var isAtEnd: Bool { offset == bytes.count }

  mutating func int() throws -> Int {
    guard offset + 8 <= bytes.count else { throw Truncated() }
    let value = bytes.loadUnaligned(fromByteOffset: offset, as: Int64.self)
    offset += 8
    return Int(Int64(littleEndian: value))
  }

  /// The next integer as a count of items that take at least eight bytes each (such as
  /// strings, each with its length): checked against the bytes left, so that damaged data
  /// cannot ask for a negative or huge number of them.
  mutating func count() throws -> Int {
    let count = try int()
    guard count >= 0, count <= (bytes.count - offset) / 8 else { throw Truncated() }
    return count
  }

  /// The bytes of the next array of `T`, in place, and its count: valid while this reader lives.
  mutating func arrayBytes<T: FixedWidthInteger>(_ type: T.Type) throws -> (bytes: UnsafeRawBufferPointer, count: Int) {
    let count = try int()
    let size = MemoryLayout<T>.stride
    guard count >= 0, count <= (bytes.count - offset) / max(size, 1) else { throw Truncated() }
    let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count * size)])
    offset += count * size
    return (slice, count)
  }

  mutating func array<T: FixedWidthInteger>(_ type: T.Type) throws -> [T] {
    let (source, count) = try arrayBytes(type)
    // Copied straight into uninitialized memory: the tables are megabytes, and zeroing them
    // first would touch every page twice.
    return [T](unsafeUninitializedCapacity: count) { target, initialized in
      UnsafeMutableRawBufferPointer(target).copyMemory(from: source)
      initialized = count
    }
  }

  mutating func blob() throws -> [UInt8] {
    try array(UInt8.self)
  }

  mutating func string() throws -> String {
    let (source, _) = try arrayBytes(UInt8.self)
    return String(decoding: source, as: UTF8.self)
  }
}
