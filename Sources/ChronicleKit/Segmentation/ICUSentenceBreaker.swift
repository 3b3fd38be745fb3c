import CICU

/// ICU's sentence break iterator, run over the document's UTF-8 bytes.
///
/// The iterator reads a shortened copy of the text, and its boundaries are mapped back to the
/// text's offsets. The sentence rules of UAX #29 see only each character's class, so: each run
/// of ASCII lowercase letters, of uppercase letters, of digits, and of spaces and tabs becomes
/// one character of its class (the rules never count such repeats, nor break inside a run);
/// then each stretch of such characters keeps only its start up to its first letter and its
/// last run (the rules read a stretch only right after a sentence terminator and right
/// before a period). News leaves about a tenth of its text to the iterator, with the same
/// boundaries; tests and a fuzz target compare both ways. A locale that suppresses breaks
/// after abbreviations (`@ss=standard`) reads the text as it is.
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
    try boundaries(in: bytes, folding: true)
  }

  /// The boundaries found with or without folding the text first (see the type's
  /// description); without is slower, and the reference that tests compare with.
  public func boundaries(in bytes: UnsafeBufferPointer<UInt8>, folding: Bool) throws -> [Int] {
    guard let base = bytes.baseAddress, bytes.count > 0 else { return [] }
    var offsets = cicu_offsets()
    defer { cicu_offsets_free(&offsets) }
    // (`withCString`: the locale's own bytes, where passing the string made a C copy each call.)
    let status = locale.withCString { locale in
      base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { pointer in
        cicu_sentence_boundaries(pointer, Int64(bytes.count), locale, folding ? 1 : 0, &offsets)
      }
    }
    guard status <= 0 else { throw ICUError(code: status) }
    return (0..<Int(offsets.count)).map { Int(offsets.data[$0]) }
  }

  /// The version of the ICU library in use ("72.1").
  public static var icuVersion: String { String(cString: cicu_version()) }
}
