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

  /// `text`, an ASCII separator and a number (not negative) in decimal — "doc0#3",
  /// "input.jsonl:12" — written in one string of its exact length (one that short results keep
  /// inline, with no allocation), not put together by appending.
  static func numbered(_ text: String, _ separator: UInt8, _ number: Int) -> String {
    precondition(number >= 0 && separator < 0x80, "a number not negative and an ASCII separator")
    let digits = number.decimalDigitCount
    return text.withUTF8Bytes { textBytes in
      String(unsafeUninitializedCapacity: textBytes.count + 1 + digits) { buffer in
        if let base = textBytes.baseAddress { buffer.baseAddress!.update(from: base, count: textBytes.count) }
        buffer[textBytes.count] = separator
        var value = number
        for i in (textBytes.count + 1..<textBytes.count + 1 + digits).reversed() {
          buffer[i] = 0x30 + UInt8(value % 10)
          value /= 10
        }
        return textBytes.count + 1 + digits
      }
    }
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// The text at UTF-8 offsets `range` of these bytes (a document's), as a string.
  @inline(__always)
  func string(in range: TextRange) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: self[range.start..<range.end]), as: UTF8.self)
  }
}
