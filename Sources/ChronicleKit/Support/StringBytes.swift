extension String {
  /// Calls `body` with the string's UTF-8 bytes: in place when the string is stored as UTF-8
  /// (native and literal strings, nearly all of them), else from a contiguous copy. Unlike
  /// `withUTF8`, which is mutating, it needs no copy of the string first, so the hot paths that
  /// read short strings (ids, TIMEX values, JSON names) pay no retain and release for one.
  @inline(__always)
  func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = self
    return try copy.withUTF8(body)
  }
}
