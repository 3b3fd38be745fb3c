/// A processed document as the HTML report needs it: the text, and its sentences, mentions,
/// entities, times and events with offsets in **UTF-16 code units** — JavaScript string
/// indices, so the page slices the text with them directly.
///
/// Made on the thread that processed the document (the conversion is one linear pass), so the
/// ``Document`` itself can be let go; ``HTMLReport/add(_:)`` then takes it in input order.
public struct ReportDocument: Sendable {
  /// A sentence: UTF-16 offsets, `end` exclusive, and its paragraph's index.
  public struct SentenceSpan: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var paragraph: Int
  }

  /// An entity mention: UTF-16 offsets, type, and the entity it links to (`nil` when unlinked).
  public struct MentionSpan: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var type: EntityType
    public var entityID: String?
  }

  /// A time expression: UTF-16 offsets and its TIMEX3 type, value, precision, range and mod.
  public struct TimeSpan: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var type: TimexType
    public var value: String
    public var precision: TimexPrecision
    /// For a range, the TIMEX3 values of its two ends.
    public var rangeBegin: String?
    public var rangeEnd: String?
    public var mod: String?
  }

  /// The document's id.
  public var id: String
  /// The reference date (ISO 8601) and where it came from, when known.
  public var referenceDate: String?
  public var referenceDateSource: String?
  /// The full text.
  public var text: String
  /// The layers the document carries.
  public var layers: Layers
  public var sentences: [SentenceSpan]
  public var mentions: [MentionSpan]
  /// The document's entity table, in order of first mention.
  public var entities: [Entity]
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
