import ChronicleKit
import Testing

/// Inline-annotated text for tests: `"[[Kim Jong Un|PERSON]] met [[Donald Trump|PERSON]]"` is
/// the plain text "Kim Jong Un met Donald Trump" with two expected mentions, whose offsets are
/// computed here (UTF-8 bytes), never typed by hand.
struct AnnotatedText: CustomTestStringConvertible, Sendable {
  /// An expected mention.
  struct Span: Hashable, CustomStringConvertible, Sendable {
    var range: TextRange
    var type: EntityType
    var text: String
    var description: String { "[[\(text)|\(type.rawValue)]]" }
  }

  let source: String
  let text: String
  let spans: [Span]

  init(_ source: String) {
    self.source = source
    var text = ""
    var spans: [Span] = []
    var rest = Substring(source)
    while let open = rest.range(of: "[[") {
      text += rest[..<open.lowerBound]
      rest = rest[open.upperBound...]
      guard let close = rest.range(of: "]]"), let bar = rest[..<close.lowerBound].lastIndex(of: "|") else {
        preconditionFailure("malformed annotation in \(source)")
      }
      let name = String(rest[..<bar])
      let type = EntityType(rawValue: String(rest[rest.index(after: bar)..<close.lowerBound]))!
      let start = text.utf8.count
      text += name
      spans.append(Span(range: TextRange(start: start, end: text.utf8.count), type: type, text: name))
      rest = rest[close.upperBound...]
    }
    text += rest
    self.text = text
    self.spans = spans
  }

  var testDescription: String { source }

  /// The mentions of a processed document in the same form, for comparison.
  static func spans(of document: Document) -> [Span] {
    document.mentions.map { Span(range: $0.range, type: $0.type, text: document.text(in: $0.range)) }
  }
}
