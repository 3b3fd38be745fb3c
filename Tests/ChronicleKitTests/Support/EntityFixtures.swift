import ChronicleKit

/// The standard pipeline with entities, built once (loading the shipped gazetteers).
enum EntityFixtures {
  static let pipeline: Pipeline = {
    do {
      return try Pipeline.standard(for: .entities, configuration: .init(dataDirectory: TestData.gazetteers))
    } catch {
      fatalError("cannot build the entity pipeline: \(error)")
    }
  }()

  /// A document with sentences, tokens and entities.
  static func process(_ text: String, id: String = "test") throws -> Document {
    try pipeline.processed(Document(id: id, text: text))
  }
}
