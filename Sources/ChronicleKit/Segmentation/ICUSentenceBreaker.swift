import CICU

/// ICU's sentence break iterator, run over the document's UTF-8 bytes through a `UText` (no
/// UTF-16 copy of the text is made).
public struct ICUSentenceBreaker: Sendable {
  /// An ICU call that failed.
  public struct ICUError: Error, CustomStringConvertible, Sendable {
    /// ICU's error code (positive).
    public var code: Int32
    public var description: String { "ICU sentence breaking failed: \(String(cString: cicu_error_name(code)))" }
  }

  /// The ICU locale whose sentence rules are used.
  public let locale: String

  /// Creates a breaker for an ICU locale ("en" by default).
  public init(locale: String = "en") {
    self.locale = locale
  }

  /// ICU's sentence boundaries in `bytes`: UTF-8 offsets after the start, in increasing order,
  /// ending with `bytes.count` when the text is not empty.
  public func boundaries(in bytes: UnsafeBufferPointer<UInt8>) throws -> [Int] {
    guard let base = bytes.baseAddress, bytes.count > 0 else { return [] }
    var offsets = cicu_offsets()
    defer { cicu_offsets_free(&offsets) }
    let status = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { pointer in
      cicu_sentence_boundaries(pointer, Int64(bytes.count), locale, &offsets)
    }
    guard status <= 0 else { throw ICUError(code: status) }
    return (0..<Int(offsets.count)).map { Int(offsets.data[$0]) }
  }

  /// The version of the ICU library in use ("72.1").
  public static var icuVersion: String { String(cString: cicu_version()) }
}
