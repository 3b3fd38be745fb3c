/// The TIMEX3 general references: `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
enum ReferenceKind: UInt8, Hashable, Sendable {
  case present = 1
  case past
  case future

  /// The TIMEX3 value.
  var timex: String {
    switch self {
    case .present: return "PRESENT_REF"
    case .past: return "PAST_REF"
    case .future: return "FUTURE_REF"
    }
  }
}
