import ChronicleKit

/// The full pipeline (entities, times, events), built once.
enum EventFixtures {
  static let pipeline: Pipeline = {
    do {
      return try Pipeline.standard(for: [.entities, .times, .events], configuration: .init(dataDirectory: TestData.gazetteers))
    } catch {
      fatalError("cannot build the event pipeline: \(error)")
    }
  }()

  /// A processed document.
  static func process(_ text: String, id: String = "test", date: String? = nil) throws -> Document {
    try pipeline.processed(
      Document(input: DocumentInput(id: id, text: text, date: date, location: id)))
  }

  /// The timeline of some documents.
  static func timeline(_ documents: [Document]) -> Timeline {
    Timeline(mentions: documents.flatMap { TimelineMention.mentions(of: $0, offsets: .codepoint) })
  }
}
