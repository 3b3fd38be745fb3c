/// A problem loading a data file (a gazetteer, the abbreviation list), naming the place:
/// `gazetteers/places.tsv:12: expected 3 tab-separated fields, found 1`.
public struct DataFileError: Error, CustomStringConvertible, Sendable, Hashable {
  /// The file's path as given.
  public var path: String
  /// The 1-based line number, when the problem is on one line.
  public var line: Int?
  /// What is wrong.
  public var reason: String

  /// Creates an error.
  public init(path: String, line: Int? = nil, reason: String) {
    self.path = path
    self.line = line
    self.reason = reason
  }

  public var description: String {
    if let line { return "\(path):\(line): \(reason)" }
    return "\(path): \(reason)"
  }
}
