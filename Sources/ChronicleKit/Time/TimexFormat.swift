/// Small formatting helpers for TIMEX3 values.
enum TimexFormat {
  /// A zero-padded two-digit number.
  static func two(_ value: Int) -> String { pad(value, 2) }

  /// A four-digit year; years before 1 AD are written `BC` and the historical year
  /// (astronomical 0 is `BC0001`).
  static func year(_ year: Int) -> String { ASCIIText.make { $0.appendYear(year) } }

  /// `value` zero-padded to `width` digits (a negative value: "-" and its padded magnitude).
  static func pad(_ value: Int, _ width: Int) -> String { ASCIIText.make { $0.appendNumber(value, width: width) } }

  /// A decimal amount without a trailing ".0" ("1.5", "2").
  static func amount(_ value: Double) -> String {
    if value == value.rounded() && abs(value) < 1e9 { return String(Int(value)) }
    var text = String(value)
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text
  }
}

/// A short ASCII text (a date, a time, a TIMEX3 value) written part by part into a buffer on
/// the stack and made into one string at the end. Concatenating "2019" + "-" + "02" + … makes a
/// string for every part and every join; this makes one.
struct ASCIIText {
  /// Room for the longest text written: a few 20-digit numbers and short codes.
  private static let capacity = 96
  private let buffer: UnsafeMutableBufferPointer<UInt8>
  private var count = 0

  private init(_ buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

  /// The text that `write` writes.
  @inline(__always)
  static func make(_ write: (inout ASCIIText) -> Void) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
      var text = ASCIIText(buffer)
      write(&text)
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<text.count]), as: UTF8.self)
    }
  }

  /// Appends one ASCII byte (dropped if the text is full, which the callers' lengths rule out).
  @inline(__always)
  mutating func append(_ byte: UInt8) {
    guard count < buffer.count else { return }
    buffer[count] = byte
    count += 1
  }

  /// Appends an ASCII literal.
  @inline(__always)
  mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { for byte in $0 { append(byte) } }
  }

  /// Appends a short string's bytes.
  mutating func append(_ string: String) {
    for byte in string.utf8 { append(byte) }
  }

  /// Appends `value` in decimal, zero-padded to `width` digits; a negative value is "-" and its
  /// padded magnitude.
  mutating func appendNumber(_ value: Int, width: Int = 1) {
    if value < 0 { append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    let digits = value.decimalDigitCount
    for _ in digits..<max(width, digits) { append(UInt8(ascii: "0")) }
    let end = count + digits
    guard end <= buffer.count else { return }
    var i = end
    repeat {
      i -= 1
      buffer[i] = 0x30 + UInt8(magnitude % 10)
      magnitude /= 10
    } while i > count
    count = end
  }

  /// Appends a TIMEX3 year: four digits, or `BC` and the historical year before 1 AD.
  mutating func appendYear(_ year: Int) {
    if year <= 0 {
      append("BC")
      appendNumber(1 - year, width: 4)
    } else {
      appendNumber(year, width: 4)
    }
  }

  /// Appends "YYYY-MM-DD" with a TIMEX3 year.
  mutating func appendDate(year: Int, month: Int, day: Int) {
    appendYear(year)
    appendMonthAndDay(month, day)
  }

  /// Appends "-MM-DD", what follows the year in a date.
  mutating func appendMonthAndDay(_ month: Int, _ day: Int) {
    append(UInt8(ascii: "-"))
    appendNumber(month, width: 2)
    append(UInt8(ascii: "-"))
    appendNumber(day, width: 2)
  }
}
