/// The calendar units a time value is stated in, finest first.
enum Grain: Int, Comparable, Sendable, CaseIterable {
  case second
  case minute
  case hour
  case partOfDay
  case day
  case weekend
  case week
  case month
  case season
  case quarter
  case half
  case year
  case decade
  case century
  case millennium

  static func < (lhs: Grain, rhs: Grain) -> Bool { lhs.rawValue < rhs.rawValue }

  /// The public precision name.
  var precision: TimexPrecision {
    switch self {
    case .second: return .second
    case .minute: return .minute
    case .hour: return .hour
    case .partOfDay: return .partOfDay
    case .day: return .day
    case .weekend: return .weekend
    case .week: return .week
    case .month: return .month
    case .season: return .season
    case .quarter: return .quarter
    case .half: return .half
    case .year: return .year
    case .decade: return .decade
    case .century: return .century
    case .millennium: return .millennium
    }
  }

  /// Whether values at this grain are times of day (TIMEX3 `TIME` rather than `DATE`).
  var isTimeOfDay: Bool { self <= .partOfDay }
}
