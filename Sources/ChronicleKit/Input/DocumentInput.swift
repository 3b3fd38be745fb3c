/// A document as read from the input, before any stage has run.
public struct DocumentInput: Sendable {
  /// The document's identifier.
  public var id: String
  /// The document's text.
  public var text: String
  /// The `date` field as given (JSON Lines input), not yet validated.
  public var date: Optional<String>
  /// Where the document came from, for messages: a path, or `path:line` for JSON Lines.
  public var location: String
  /// Problems found while reading it that did not stop it (invalid UTF-8 repaired, …).
  public var notes: [Diagnostic]

  /// Creates an input document.
  public init(id: String, text: String, date: String? = nil, location: String, notes: [Diagnostic] = []) {
    self.id = id
    self.text = text
    self.date = date
    self.location = location
    self.notes = notes
  }
}

/// An input that could not be read or parsed: an unreadable path, a malformed JSON Lines line.
public struct InputFailure: Error, CustomStringConvertible, Sendable {
  /// Where: a path, or `path:line`.
  public var location: String
  /// The document's id, when it is known.
  public var documentID: Optional<String>
  /// What went wrong.
  public var reason: String

  /// Creates a failure.
  public init(location: String, documentID: String? = nil, reason: String) {
    self.location = location
    self.documentID = documentID
    self.reason = reason
  }

  public var description: String { "\(location): \(reason)" }
}
