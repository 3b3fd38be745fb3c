/// An example of a rule at work: text, the reference date it is read against, and the value
/// expected for its longest expression. Every rule carries some; one test runs them all.
struct TimeExample: Sendable, CustomStringConvertible {
  /// The text.
  var text: String
  /// The expected TIMEX3 value (for a range, its first end).
  var value: String
  /// The reference date ("2019-02-28" unless given; `nil` for none).
  var reference: String?
  /// The direction forced by `--prefer`, if any.
  var prefer: TemporalDirection?
  /// The expected end of a range.
  var end: String?

  init(_ text: String, _ value: String, ref reference: String? = "2019-02-28", prefer: TemporalDirection? = nil, end: String? = nil) {
    self.text = text
    self.value = value
    self.reference = reference
    self.prefer = prefer
    self.end = end
  }

  var description: String { "\"\(text)\" → \(value)" + (reference.map { " (ref \($0))" } ?? " (no ref)") }
}

infix operator => : AssignmentPrecedence

/// `"text" => "value"`: an example read against the default reference date 2019-02-28 (a
/// Thursday).
func => (text: String, value: String) -> TimeExample { TimeExample(text, value) }
