/// A calendar date with an optional time of day and UTC offset, as ISO 8601 writes it
/// ("2019-02-28", "2019-02-28T17:30", "2013-02-12T04:30:00-02:00").
///
/// The value is always a real date: February 29 exists only in leap years, April has 30 days.
public struct DateTimeValue: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The year (proleptic Gregorian; 1...9999 when parsed from ISO 8601).
  public var year: Int
  /// The month, 1...12.
  public var month: Int
  /// The day of the month, 1...31.
  public var day: Int
  /// The hour, 0...23, when a time of day is given.
  public var hour: Int?
  /// The minute, 0...59, when a time of day is given.
  public var minute: Int?
  /// The second, 0...59, when given.
  public var second: Int?
  /// The offset from UTC in minutes, when given ("Z" is 0).
  public var utcOffsetMinutes: Int?

  /// Creates a value; returns `nil` when the fields do not make a real date and time.
  public init?(
    year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil, second: Int? = nil,
    utcOffsetMinutes: Int? = nil
  ) {
    guard (1...12).contains(month), day >= 1, day <= DateTimeValue.daysIn(month: month, year: year)
    else { return nil }
    if let hour, !(0...23).contains(hour) { return nil }
    if let minute, !(0...59).contains(minute) { return nil }
    if let second, !(0...60).contains(second) { return nil }
    if let offset = utcOffsetMinutes, abs(offset) > 18 * 60 { return nil }
    if hour == nil && (minute != nil || second != nil) { return nil }
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minute = minute
    self.second = second
    self.utcOffsetMinutes = utcOffsetMinutes
  }

  /// Whether `year` has a February 29 (proleptic Gregorian calendar).
  public static func isLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in a month of a year.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Whether a time of day is present.
  public var hasTime: Bool { hour != nil }

  /// The date part alone, "YYYY-MM-DD".
  public var dateString: String { ASCIIText.make { appendDate(to: &$0) } }

  /// ISO 8601 text: the date, then "THH:MM[:SS]" and the offset when present.
  public var iso8601: String {
    ASCIIText.make { text in
      appendDate(to: &text)
      guard let hour else { return }
      text.append(UInt8(ascii: "T"))
      text.appendNumber(hour, width: 2)
      text.append(UInt8(ascii: ":"))
      text.appendNumber(minute ?? 0, width: 2)
      if let second {
        text.append(UInt8(ascii: ":"))
        text.appendNumber(second, width: 2)
      }
      if let offset = utcOffsetMinutes {
        if offset == 0 {
          text.append(UInt8(ascii: "Z"))
        } else {
          text.append(UInt8(ascii: offset < 0 ? "-" : "+"))
          text.appendNumber(abs(offset) / 60, width: 2)
          text.append(UInt8(ascii: ":"))
          text.appendNumber(abs(offset) % 60, width: 2)
        }
      }
    }
  }

  /// "YYYY-MM-DD", the year as four digits (a negative one with its sign, not as TIMEX3's `BC`).
  private func appendDate(to text: inout ASCIIText) {
    text.appendNumber(year, width: 4)
    text.appendMonthAndDay(month, day)
  }

  public var description: String { iso8601 }

  /// Orders by the calendar fields as written (time zones are not converted).
  public static func < (lhs: DateTimeValue, rhs: DateTimeValue) -> Bool {
    let l = (lhs.year, lhs.month, lhs.day, lhs.hour ?? -1, lhs.minute ?? -1)
    let r = (rhs.year, rhs.month, rhs.day, rhs.hour ?? -1, rhs.minute ?? -1)
    if l != r { return l < r }
    return (lhs.second ?? -1) < (rhs.second ?? -1)
  }

}

extension DateTimeValue {
  /// Parses ISO 8601: `YYYY-MM-DD`, optionally followed by `T` (or a space) and `HH:MM`,
  /// `HH:MM:SS` (fractions of a second are accepted and dropped), and `Z` or `±HH:MM` / `±HHMM`.
  /// Returns `nil` for anything else, including dates that do not exist.
  public init?(iso8601 text: some StringProtocol) {
    let bytes = Array(text.utf8)
    var i = 0
    func number(_ width: Int) -> Int? {
      guard i + width <= bytes.count else { return nil }
      var value = 0
      for k in i..<(i + width) {
        let b = bytes[k]
        guard b >= 0x30 && b <= 0x39 else { return nil }
        value = value * 10 + Int(b - 0x30)
      }
      i += width
      return value
    }
    func expect(_ byte: UInt8) -> Bool {
      guard i < bytes.count, bytes[i] == byte else { return false }
      i += 1
      return true
    }
    guard let year = number(4), year >= 1, expect(0x2D), let month = number(2), expect(0x2D),
      let day = number(2)
    else { return nil }
    var hour: Int?
    var minute: Int?
    var second: Int?
    var offset: Int?
    if i < bytes.count {
      guard bytes[i] == 0x54 || bytes[i] == 0x20 else { return nil }  // "T" or " "
      i += 1
      guard let h = number(2), expect(0x3A), let m = number(2) else { return nil }
      hour = h
      minute = m
      if expect(0x3A) {
        guard let s = number(2) else { return nil }
        second = s
        if i < bytes.count, bytes[i] == 0x2E || bytes[i] == 0x2C {  // fraction
          i += 1
          let fractionStart = i
          while i < bytes.count, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
          guard i > fractionStart else { return nil }
        }
      }
      if i < bytes.count {
        if bytes[i] == 0x5A {  // "Z"
          i += 1
          offset = 0
        } else if bytes[i] == 0x2B || bytes[i] == 0x2D {
          let sign = bytes[i] == 0x2D ? -1 : 1
          i += 1
          guard let oh = number(2) else { return nil }
          _ = expect(0x3A)
          guard let om = number(2), om < 60 else { return nil }
          offset = sign * (oh * 60 + om)
        } else {
          return nil
        }
      }
    }
    guard i == bytes.count else { return nil }
    self.init(
      year: year, month: month, day: day, hour: hour, minute: minute, second: second,
      utcOffsetMinutes: offset)
  }
}
