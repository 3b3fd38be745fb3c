/// Bytes that a ``JSONWriter`` wrote, handed over by ``JSONWriter/finish()`` in the writer's own
/// buffer (not copied into an array), and freed with the last reference. They never change, so
/// they may be passed between threads: encoded on one, written out on another.
public final class EncodedBytes: @unchecked Sendable {
  private let base: UnsafeMutablePointer<UInt8>
  /// The number of bytes.
  public let count: Int

  /// Takes over `base`, which must have been allocated with `UnsafeMutablePointer.allocate`
  /// and hold `count` initialized bytes.
  init(taking base: UnsafeMutablePointer<UInt8>, count: Int) {
    self.base = base
    self.count = count
  }

  /// A copy of `bytes`.
  public convenience init(_ bytes: some Collection<UInt8>) {
    let base = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
    _ = UnsafeMutableBufferPointer(start: base, count: bytes.count).initialize(from: bytes)
    self.init(taking: base, count: bytes.count)
  }

  deinit { base.deallocate() }

  /// Where the bytes start: valid as long as this object lives (keep it alive with
  /// `withExtendedLifetime` while the address is used).
  public var baseAddress: UnsafePointer<UInt8> { UnsafePointer(base) }

  /// Calls `body` with the bytes.
  public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try body(UnsafeBufferPointer(start: base, count: count))
  }

  /// The bytes, copied into an array.
  public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
