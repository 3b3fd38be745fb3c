/// A part of the day as TIMEX3 names it (`TMO`, `TAF`, `TEV`, `TNI`, `TDT`).
enum PartOfDay: UInt8, Sendable, Hashable {
  case morning = 1
  case afternoon
  case evening
  case night
  case daytime

  /// The TIMEX3 code after the `T`.
  var code: String {
    switch self {
    case .morning: return "MO"
    case .afternoon: return "AF"
    case .evening: return "EV"
    case .night: return "NI"
    case .daytime: return "DT"
    }
  }

  /// The hour the part starts at, used to order and compare it with clock times.
  var startHour: Int {
    switch self {
    case .morning: return 6
    case .afternoon: return 12
    case .evening: return 18
    case .night: return 22
    case .daytime: return 8
    }
  }

  /// How many hours it lasts.
  var hours: Int {
    switch self {
    case .morning: return 6
    case .afternoon: return 6
    case .evening: return 4
    case .night: return 8
    case .daytime: return 10
    }
  }

  /// Turns an hour on a 12-hour clock into a 24-hour one ("3 in the afternoon" is 15:00).
  func hour24(_ hour: Int) -> Int {
    switch self {
    case .morning: return hour == 12 ? 0 : hour
    case .afternoon: return hour < 12 ? hour + 12 : hour
    case .evening: return hour < 12 ? hour + 12 : hour
    case .night: return hour == 12 ? 0 : (hour >= 6 && hour < 12 ? hour + 12 : hour)
    case .daytime: return hour < 7 ? hour + 12 : hour
    }
  }
}
