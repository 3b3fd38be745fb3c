/// One sentence of a document.
public struct Sentence: Hashable, Sendable {
  /// The sentence's text, trimmed of surrounding white space (UTF-8 byte offsets).
  public var range: TextRange
  /// The index of the paragraph that holds the sentence: a block of text between blank lines,
  /// or a line of its own when the line does not wrap into the next (a headline, or one
  /// paragraph per line).
  public var paragraph: Int

  /// Creates a sentence.
  public init(range: TextRange, paragraph: Int) {
    self.range = range
    self.paragraph = paragraph
  }
}
