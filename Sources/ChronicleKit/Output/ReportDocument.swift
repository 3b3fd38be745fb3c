/// A processed document as the HTML report needs it: the text, and its sentences, mentions,
/// entities, times and events with offsets in **UTF-16 code units** — JavaScript string
/// indices, so the page slices the text with them directly.
///
/// Made on the thread that processed the document (the conversion is one linear pass), so the
/// ``Document`` itself can be let go; ``HTMLReport/add(_:)`` then takes it in input order.
public struct ReportDocument: Sendable {
  /// A sentence: UTF-16 offsets, `end` exclusive, and its paragraph's index.
  public struct SentenceSpan: Hashable, Sendable {
    /// The first UTF-16 code unit.
    public var start: Int
    /// One past the last UTF-16 code unit.
    public var end: Int
    /// The index of the sentence's paragraph.
    public var paragraph: Int
  }

  /// An entity mention: UTF-16 offsets, type, and the entity it links to (`nil` when unlinked).
  public struct MentionSpan: Hashable, Sendable {
    /// The first UTF-16 code unit.
    public var start: Int
    /// One past the last UTF-16 code unit.
    public var end: Int
    /// The entity type.
    public var type: EntityType
    /// The linked entity's id, or `nil` when the mention is unlinked.
    public var entityID: String?
  }

  /// A time expression: UTF-16 offsets and its TIMEX3 type, value, precision, range and mod.
  public struct TimeSpan: Hashable, Sendable {
    /// The first UTF-16 code unit.
    public var start: Int
    /// One past the last UTF-16 code unit.
    public var end: Int
    /// The TIMEX3 type.
    public var type: TimexType
    /// The TIMEX3 value.
    public var value: String
    /// The smallest unit the value states.
    public var precision: TimexPrecision
    /// For a range, the TIMEX3 value of its first end.
    public var rangeBegin: String?
    /// For a range, the TIMEX3 value of its last end.
    public var rangeEnd: String?
    /// The TIMEX3 `mod` ("START", "APPROX" …), if any.
    public var mod: String?
  }

  /// The document's id.
  public var id: String
  /// The reference date (ISO 8601), when known.
  public var referenceDate: String?
  /// Where the reference date came from (`input`, `option`, `text`).
  public var referenceDateSource: String?
  /// The full text.
  public var text: String
  /// The layers the document carries.
  public var layers: Layers
  /// The sentences, in text order.
  public var sentences: [SentenceSpan]
  /// The entity mentions, in text order.
  public var mentions: [MentionSpan]
  /// The document's entity table, in order of first mention.
  public var entities: [Entity]
  /// The time expressions, in text order.
  public var times: [TimeSpan]
  /// The document's events, in text order, ready for a timeline (UTF-16 offsets).
  public var events: [TimelineMention]

  /// Takes what the report shows from a processed document.
  public init(_ document: Document) {
    let converter = OffsetConverter(text: document.text, unit: .utf16)
    id = document.id
    referenceDate = document.referenceDate?.value.iso8601
    referenceDateSource = document.referenceDate?.source.rawValue
    text = document.text
    layers = document.layers
    sentences = document.sentences.map { sentence in
      let (start, end) = converter.convert(sentence.range)
      return SentenceSpan(start: start, end: end, paragraph: sentence.paragraph)
    }
    mentions = document.mentions.map { mention in
      let (start, end) = converter.convert(mention.range)
      return MentionSpan(start: start, end: end, type: mention.type, entityID: mention.entityID)
    }
    entities = document.entities
    times = document.times.map { time in
      let (start, end) = converter.convert(time.range)
      return TimeSpan(
        start: start, end: end, type: time.type, value: time.value, precision: time.precision,
        rangeBegin: time.begin, rangeEnd: time.end, mod: time.mod)
    }
    events = TimelineMention.mentions(of: document, offsets: .utf16)
  }
}
