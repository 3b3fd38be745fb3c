import ChronicleKit
import Testing

@Suite("Golden files: sentences")
struct GoldenSentenceTests {
  @Test("each sample's sentences", arguments: Golden.samples)
  func sentences(_ sample: Golden.Sample) throws {
    let pipeline = try Pipeline.standard(for: .sentences, configuration: .init(dataDirectory: TestData.gazetteers))
    let document = try pipeline.processed(try Golden.document(sample))
    try Golden.check(Golden.json(document, layers: .sentences), sample: sample, layer: "sentences")
  }
}
