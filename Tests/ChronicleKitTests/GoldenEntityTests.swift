import ChronicleKit
import Testing

@Suite("Golden files: entities")
struct GoldenEntityTests {
  @Test("each sample's mentions and entities", arguments: Golden.samples)
  func entities(_ sample: Golden.Sample) throws {
    let document = try EntityFixtures.pipeline.processed(try Golden.document(sample))
    try Golden.check(Golden.json(document, layers: .entities), sample: sample, layer: "entities")
  }
}
