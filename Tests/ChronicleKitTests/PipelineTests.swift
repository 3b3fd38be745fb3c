import ChronicleKit
import Testing

/// A stage that fails on documents that say "boom".
private struct Exploding: Annotator {
  struct Boom: Error {}
  var name: String { "exploding" }
  var requires: Layers { [] }
  var provides: Layers { [] }
  func annotate(_ document: inout Document) throws {
    if document.text.contains("boom") { throw Boom() }
  }
}

@Suite("Pipeline")
struct PipelineTests {
  static let texts = [
    "President Donald Trump met Kim Jong Un in Hanoi on Wednesday.",
    "The boom in Vietnam's exports surprised analysts in Hanoi last June.",
    "Kim left for Pyongyang on Thursday. Trump flew back to Washington.",
    "",
    "Foreign Minister Ri Yong Ho said on Friday that North Korea wanted sanctions lifted.",
  ]

  static func documents() -> [Document] {
    texts.enumerated().map { Document(id: "d\($0.offset)", text: $0.element, date: "2019-02-28") }
  }

  static func json(_ document: Document) -> [UInt8] {
    var writer = JSONWriter()
    DocumentEncoder(layers: .all).writeJSON(document, to: &writer)
    return writer.bytes
  }

  @Test("documents taken stage by stage come out as each processed alone")
  func stageByStage() throws {
    let pipeline = try Pipeline.standard(configuration: .init(dataDirectory: TestData.gazetteers))
    var documents = Self.documents()
    var nanoseconds: [UInt64] = []
    let errors = pipeline.process(&documents, timing: &nanoseconds)
    #expect(errors.allSatisfy { $0 == nil })
    #expect(nanoseconds.count == pipeline.annotators.count)
    for (together, alone) in zip(documents, Self.documents()) {
      let processed = try pipeline.processed(alone)
      #expect(Self.json(together) == Self.json(processed), "document \(alone.id)")
      #expect(together.layers == processed.layers)
    }
  }

  @Test("lists kept from one document to the next hold nothing over: any order, from any threads, gives what a new pipeline gives")
  func keptListsHoldNothingOver() async throws {
    let configuration = PipelineConfiguration(dataDirectory: TestData.gazetteers)
    // A long article (hundreds of tokens, dozens of names, times and events) before and after
    // short texts, and an empty one, so that each document's lists are ones a longer or
    // shorter document filled before.
    let article = try String(contentsOfFile: TestData.samples + "/hanoi-summit.txt", encoding: .utf8)
    let texts = [article] + Self.texts + [article, "Kim.", article.prefix(400).description, ""]
    let documents = texts.enumerated().map { Document(id: "k\($0.offset)", text: $0.element, date: "2019-02-28") }
    let expected = try documents.map { Self.json(try Pipeline.standard(configuration: configuration).processed($0)) }
    let shared = try Pipeline.standard(configuration: configuration)
    for order in [Array(documents.indices), documents.indices.reversed(), [3, 0, 6, 0, 8, 1, 9, 7]] {
      for index in order {
        #expect(Self.json(try shared.processed(documents[index])) == expected[index], "document \(index)")
      }
    }
    // Two threads at once take two sets of lists; each document still comes out as alone.
    try await withThrowingTaskGroup(of: Void.self) { group in
      for offset in 0..<2 {
        group.addTask {
          for round in 0..<3 {
            for index in documents.indices where (index + round + offset) % 2 == 0 {
              let processed = try shared.processed(documents[index])
              #expect(Self.json(processed) == expected[index], "document \(index)")
            }
          }
        }
      }
      try await group.waitForAll()
    }
  }

  @Test("a stage that fails on one document stops that document only")
  func failureStaysWithItsDocument() throws {
    let standard = try Pipeline.standard(configuration: .init(dataDirectory: TestData.gazetteers))
    var stages = standard.annotators
    stages.insert(Exploding(), at: 2)
    let pipeline = try Pipeline(stages)
    var documents = Self.documents()
    let errors = pipeline.process(&documents)
    #expect(errors.map { $0 is Exploding.Boom } == [false, true, false, false, false])
    // The failed document got the stages before the failing one, and none after.
    #expect(!documents[1].sentences.isEmpty && documents[1].mentions.isEmpty)
    #expect(!documents[1].layers.contains(.entities))
    for index in [0, 2, 3, 4] {
      #expect(Self.json(documents[index]) == Self.json(try standard.processed(Self.documents()[index])))
    }
    #expect(!documents[0].mentions.isEmpty)
  }
}
