/// The visual report: one self-contained HTML page with the timeline, the annotated documents and
/// an entity index, for `--format html`.
///
/// Documents are added as they stream in (``add(_:)``, in input order); each is encoded at once
/// and only its bytes are kept, with the report-wide entity table and the event mentions for the
/// timeline. ``render(_:)`` then writes the page around the timeline's entries.
///
/// **Safety.** Everything taken from the documents travels as JSON inside
/// `<script type="application/json">`, written with ``JSONWriter/htmlSafe`` so that no string can
/// close that element; the page parses it with `JSON.parse` and puts text into the DOM only as
/// text nodes. A Content-Security-Policy allows no network access at all and runs only the page's
/// own script (by its SHA-256), so even markup that got in could not load or run anything.
public struct HTMLReport: Sendable {
  /// A row of the report's entity table: an entity merged across documents by id.
  struct EntityRow: Sendable {
    var id: String
    var name: String
    var type: EntityType
    var aliases: [String]
    var mentions: Int
    var documents: Int
  }

  /// The page's title; by default the page makes one from the documents.
  public var title: String?
  /// Lines shown under the title, such as the filters the timeline was built with.
  public var notes: [String]
  /// The number of documents added.
  public private(set) var documentCount = 0
  /// The event mentions of the documents added, with UTF-16 offsets: what the timeline is built
  /// from.
  public private(set) var mentions: [TimelineMention] = []

  /// The encoded documents, each a JSON object.
  private(set) var documents: [[UInt8]] = []
  private(set) var entities: [EntityRow] = []
  private(set) var entityIndex: [String: Int] = [:]
  /// Where each event mention's trigger is: the document's index and the event's index in it.
  private(set) var eventLocations: [String: (document: Int, event: Int)] = [:]
  /// The layers any document carried.
  private(set) var layers: Layers = []

  /// Creates an empty report.
  public init(title: String? = nil, notes: [String] = []) {
    self.title = title
    self.notes = notes
  }

  /// Adds a document: encodes it and takes its entities and events.
  /// - Complexity: O(*n*) in the size of the document and its annotations.
  public mutating func add(_ document: ReportDocument) {
    let index = documents.count
    layers.formUnion(document.layers)
    var local: [String: Int] = [:]
    for entity in document.entities {
      local[entity.id] = intern(entity)
    }
    var writer = JSONWriter(reserve: document.text.utf8.count * 2, htmlSafe: true)
    HTMLReport.write(document, entityIndex: local, to: &writer)
    documents.append(writer.bytes)
    for (position, event) in document.events.enumerated() {
      eventLocations[event.eventID] = (index, position)
    }
    mentions += document.events
    documentCount += 1
  }

  /// Adds an entity of one document to the report's table and returns its index there.
  private mutating func intern(_ entity: Entity) -> Int {
    if let at = entityIndex[entity.id] {
      for alias in entity.aliases where !entities[at].aliases.contains(alias) {
        entities[at].aliases.append(alias)
      }
      entities[at].mentions += entity.mentionCount
      entities[at].documents += 1
      return at
    }
    let at = entities.count
    entities.append(
      EntityRow(
        id: entity.id, name: entity.name, type: entity.type, aliases: entity.aliases,
        mentions: entity.mentionCount,
        documents: 1))
    entityIndex[entity.id] = at
    return at
  }

  /// The page, showing `entries` as the timeline (in the order given) and every document added.
  public func render(_ entries: [Timeline.Entry]) -> [UInt8] {
    HTMLReport.page(data: data(entries))
  }
}
