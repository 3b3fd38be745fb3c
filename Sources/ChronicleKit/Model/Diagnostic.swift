/// A note about the text that is not an error: an unresolvable date, an ambiguous name, text
/// that had to be repaired. Shown with `--verbose`; problems in the text never stop a document.
public struct Diagnostic: Hashable, Sendable {
  /// How much the note matters.
  public enum Severity: String, Sendable, Hashable, CaseIterable {
    case info
    case warning
  }

  /// A stable identifier for the kind of note, such as `"input.invalid-utf8"`.
  public var code: String
  /// A sentence for people.
  public var message: String
  /// The text the note is about (UTF-8 byte offsets), if any.
  public var range: Optional<TextRange>
  /// How much the note matters.
  public var severity: Severity

  /// Creates a diagnostic.
  public init(code: String, message: String, range: TextRange? = nil, severity: Severity = .info) {
    self.code = code
    self.message = message
    self.range = range
    self.severity = severity
  }
}
