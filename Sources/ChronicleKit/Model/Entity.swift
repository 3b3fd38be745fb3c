/// An entity mentioned in a document: its id, canonical name and the names the text used.
public struct Entity: Hashable, Sendable {
  /// The canonical id ("geonames:1581130", "chronicle:person/ri-yong-ho").
  public var id: String
  /// The canonical name ("Kim Jong Un").
  public var name: String
  /// The kind of entity.
  public var type: EntityType
  /// The distinct surface forms the document used for it, in order of first use.
  public var aliases: [String]
  /// How many mentions link to it.
  public var mentionCount: Int

  /// Creates an entity.
  public init(id: String, name: String, type: EntityType, aliases: [String], mentionCount: Int) {
    self.id = id
    self.name = name
    self.type = type
    self.aliases = aliases
    self.mentionCount = mentionCount
  }
}
