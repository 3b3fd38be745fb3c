/// A unit that durations and offsets count in ("two days", "18 months", "a decade").
enum TimeUnit: UInt8, Sendable, Hashable, CaseIterable {
  case second = 1
  case minute
  case hour
  case day
  case week
  case fortnight
  case month
  case quarter
  case year
  case decade
  case century

  /// The grain of a point this many units away: weeks count in days, hours in minutes.
  var grain: Grain {
    switch self {
    case .second: return .second
    case .minute: return .minute
    case .hour: return .hour
    case .day, .week, .fortnight: return .day
    case .month: return .month
    case .quarter: return .quarter
    case .year: return .year
    case .decade: return .decade
    case .century: return .century
    }
  }

  /// The grain of the calendar period this unit names ("last week" is a week).
  var cycleGrain: Grain {
    switch self {
    case .second: return .second
    case .minute: return .minute
    case .hour: return .hour
    case .day: return .day
    case .week, .fortnight: return .week
    case .month: return .month
    case .quarter: return .quarter
    case .year: return .year
    case .decade: return .decade
    case .century: return .century
    }
  }
}
