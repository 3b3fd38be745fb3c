/// What a relative time expression was resolved against.
public enum TimeAnchor: Hashable, Sendable {
  /// The document's reference date ("yesterday", "last June", a bare "Wednesday").
  case referenceDate
  /// An earlier expression of the same document, by its index in ``Document/times``
  /// ("the next day", "two weeks later").
  case expression(Int)

  /// The anchor as written in output: `"reference"` or `"time:N"` (N indexes the document's
  /// times).
  public var label: String {
    switch self {
    case .referenceDate: return "reference"
    case .expression(let index): return "time:\(index)"
    }
  }
}
