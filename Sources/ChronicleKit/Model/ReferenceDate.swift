/// The date a document's relative times ("Wednesday", "last June") resolve against, and where
/// it came from.
public struct ReferenceDate: Hashable, Sendable {
  /// Where a reference date came from, in order of precedence.
  public enum Source: String, Sendable, Hashable, CaseIterable {
    /// The document's own `date` field in JSON Lines input.
    case input
    /// The `--reference-date` option (or the library's default date).
    case option
    /// A date found in the document's text: a dateline or a date line under the headline.
    case text
  }

  /// The date, with a time of day when one was given.
  public var value: DateTimeValue
  /// Where the date came from.
  public var source: Source
  /// For a date found in the text, where it was found (UTF-8 byte offsets).
  public var range: Optional<TextRange>

  /// Creates a reference date.
  public init(value: DateTimeValue, source: Source, range: TextRange? = nil) {
    self.value = value
    self.source = source
    self.range = range
  }
}
