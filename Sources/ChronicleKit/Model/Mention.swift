/// A name in the text, typed and (usually) linked to an ``Entity``.
public struct Mention: Hashable, Sendable {
  /// How a mention was found.
  public enum Method: String, Sendable, Hashable, CaseIterable {
    /// A gazetteer entry matched the text.
    case list
    /// A rule for names no list has ("Foreign Minister Ri Yong Ho").
    case rule
    /// A short form of a name seen earlier in the document ("Kim" after "Kim Jong Un").
    case variant
  }

  /// The name's text (UTF-8 byte offsets), without a possessive ending ("Trump" in "Trump's").
  public var range: TextRange
  /// The kind of entity.
  public var type: EntityType
  /// The linked entity's id, or `nil` when the name fits several entities equally well.
  public var entityID: Optional<String>
  /// How the mention was found.
  public var method: Method
  /// The gazetteer source or the rule that found it ("places.tsv", "title+name").
  public var evidence: String

  /// Creates a mention.
  public init(range: TextRange, type: EntityType, entityID: String?, method: Method, evidence: String) {
    self.range = range
    self.type = type
    self.entityID = entityID
    self.method = method
    self.evidence = evidence
  }
}
