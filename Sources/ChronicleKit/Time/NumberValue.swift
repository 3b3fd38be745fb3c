/// A number read from digits or words ("12", "1.5", "twenty-four").
struct NumberValue: Hashable, Sendable {
  /// The value.
  var value: Double
  /// How many digits it was written with (0 when spelled out).
  var digits: Int
  /// Whether it was written with a leading zero ("08").
  var leadingZero = false

  /// The value as an integer, when it is whole.
  var integer: Int? { value == value.rounded() && abs(value) < 1e9 ? Int(value) : nil }

  /// Whether the number was written in words.
  var isSpelled: Bool { digits == 0 }
}
