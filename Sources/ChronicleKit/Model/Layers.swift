/// The annotation layers a ``Document`` can carry; stages declare which they need and add.
public struct Layers: OptionSet, Hashable, Sendable, CustomStringConvertible {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// Sentence ranges and their paragraphs.
  public static let sentences = Layers(rawValue: 1 << 0)
  /// Word, number and punctuation tokens shared by the later stages.
  public static let tokens = Layers(rawValue: 1 << 1)
  /// Entity mentions and the per-document entity table.
  public static let entities = Layers(rawValue: 1 << 2)
  /// The reference date (from the input, an option, or the text itself).
  public static let referenceDate = Layers(rawValue: 1 << 3)
  /// Normalized time expressions.
  public static let times = Layers(rawValue: 1 << 4)
  /// Dated events.
  public static let events = Layers(rawValue: 1 << 5)

  /// Every layer: sentences, tokens, entities, the reference date, times and events.
  public static let all: Layers = [.sentences, .tokens, .entities, .referenceDate, .times, .events]

  static let names: [(Layers, String)] = [
    (.sentences, "sentences"), (.tokens, "tokens"), (.entities, "entities"),
    (.referenceDate, "referenceDate"), (.times, "times"), (.events, "events"),
  ]

  public var description: String {
    let parts = Layers.names.filter { contains($0.0) }.map(\.1)
    return "[" + parts.joined(separator: ", ") + "]"
  }
}
