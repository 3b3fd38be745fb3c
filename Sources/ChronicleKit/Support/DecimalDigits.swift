extension Int {
  /// The number of decimal digits of the value's magnitude (1 for 0; the sign is not counted),
  /// counted by comparisons, not divisions. |Int.min| < 10^19, so `limit` never overflows.
  @inline(__always)
  var decimalDigitCount: Int {
    let magnitude = self.magnitude
    var digits = 1
    var limit: UInt = 10
    while magnitude >= limit {
      digits += 1
      limit &*= 10
    }
    return digits
  }
}
