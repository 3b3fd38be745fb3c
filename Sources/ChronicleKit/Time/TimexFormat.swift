/// Small formatting helpers for TIMEX3 values.
enum TimexFormat {
  /// A zero-padded two-digit number.
  static func two(_ value: Int) -> String {
    value < 10 && value >= 0 ? "0" + String(value) : String(value)
  }

  /// A four-digit year; years before 1 AD are written `BC` and the historical year
  /// (astronomical 0 is `BC0001`).
  static func year(_ year: Int) -> String {
    if year <= 0 { return "BC" + pad(1 - year, 4) }
    return pad(year, 4)
  }

  /// `value` zero-padded to `width` digits.
  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }

  /// A decimal amount without a trailing ".0" ("1.5", "2").
  static func amount(_ value: Double) -> String {
    if value == value.rounded() && abs(value) < 1e9 { return String(Int(value)) }
    var text = String(value)
    if text.hasSuffix(".0") { text.removeLast(2) }
    return text
  }
}
