/// Bounds a number node must meet: how it is written and its value.
struct NumberTest: Hashable, Sendable {
  /// How many digits it is written with (0 is spelled out); any when `nil`.
  var digits: ClosedRange<Int>?
  /// Whether it must be whole.
  var integer = false
  /// The smallest value.
  var minimum = -Double.greatestFiniteMagnitude
  /// The largest value.
  var maximum = Double.greatestFiniteMagnitude

  /// Whether a number passes.
  @inline(__always)
  func accepts(value: Double, digits count: Int) -> Bool {
    if let digits, !digits.contains(count) { return false }
    if integer && value != value.rounded() { return false }
    return value >= minimum && value <= maximum
  }
}
