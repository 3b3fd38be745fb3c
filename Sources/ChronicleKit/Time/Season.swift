/// A season as TIMEX3 names it (`SP`, `SU`, `FA`, `WI`); northern-hemisphere months.
enum Season: UInt8, Sendable, Hashable {
  case spring = 1
  case summer
  case fall
  case winter

  /// The TIMEX3 code.
  var code: String {
    switch self {
    case .spring: return "SP"
    case .summer: return "SU"
    case .fall: return "FA"
    case .winter: return "WI"
    }
  }

  /// The first month (winter starts in December of its year).
  var firstMonth: Int {
    switch self {
    case .spring: return 3
    case .summer: return 6
    case .fall: return 9
    case .winter: return 12
    }
  }
}
