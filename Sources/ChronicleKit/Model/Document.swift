/// A news document flowing through the pipeline: its text, held once as UTF-8, and the layers
/// that the stages add to it.
///
/// All ranges in a document are UTF-8 byte offsets into ``text`` (see ``TextRange``).
public struct Document: Sendable {
  /// The document's identifier: the `id` of a JSON Lines record, or the path of a text file.
  public let id: String
  /// The full text, stored as native UTF-8 so that byte offsets slice it in constant time.
  public let text: String
  /// The date against which relative times resolve, and where it came from.
  public var referenceDate: ReferenceDate?
  /// The layers present so far.
  public var layers: Layers = []
  /// Sentences in text order (layer ``Layers/sentences``).
  public var sentences: [Sentence] = []
  /// Tokens in text order (layer ``Layers/tokens``).
  public var tokens: [Token] = [] {
    didSet { tokenKeys = TokenKeys() }
  }
  /// The tokens' keys, worked out by the tokenizer for the stages after it; empty when the
  /// tokens were set from elsewhere (the stages then work them out themselves).
  var tokenKeys = TokenKeys()
  /// Entity mentions in text order (layer ``Layers/entities``).
  public var mentions: [Mention] = [] {
    didSet { mentionEntities = [] }
  }
  /// The entities the mentions link to, in order of first mention (layer ``Layers/entities``).
  public var entities: [Entity] = [] {
    didSet { mentionEntities = [] }
  }
  /// For each mention, the index in ``entities`` of the entity it links to (-1 for none), as
  /// the entity stage left it; empty when the mentions or entities were set from elsewhere
  /// (the events stage then finds them by id).
  var mentionEntities: [Int32] = []
  /// Time expressions in text order, normalized to TIMEX3 (layer ``Layers/times``).
  public var times: [TimeExpression] = []
  /// Dated events in text order (layer ``Layers/events``).
  public var events: [Event] = []
  /// Notes about the text gathered by the stages.
  public var diagnostics: [Diagnostic] = []

  /// Creates a document. The text is made contiguous UTF-8 if it is not already.
  public init(id: String, text: String, referenceDate: ReferenceDate? = nil) {
    var text = text
    text.makeContiguousUTF8()
    self.id = id
    self.text = text
    self.referenceDate = referenceDate
    if referenceDate != nil { layers.insert(.referenceDate) }
  }

  /// Creates a document with a reference date given as ISO 8601 ("2019-02-28"); a date that
  /// does not parse is ignored with a warning in ``diagnostics``.
  public init(id: String, text: String, date: String) {
    self.init(input: DocumentInput(id: id, text: text, date: date, location: id))
  }

  /// The number of UTF-8 bytes in the text.
  public var byteCount: Int { text.utf8.count }

  /// The text covered by `range` (UTF-8 byte offsets on scalar boundaries).
  public func text(in range: TextRange) -> String {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.string(in: range)
    } ?? String(decoding: Array(text.utf8)[range.start..<range.end], as: UTF8.self)
  }

  /// Calls `body` with the text's UTF-8 bytes, without copying them.
  public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try text.withUTF8Bytes(body)
  }
}
