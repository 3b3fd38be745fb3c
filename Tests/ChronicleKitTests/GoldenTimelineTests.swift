import ChronicleKit
import Testing

@Suite("Golden files: timelines")
struct GoldenTimelineTests {
  @Test("each sample's timeline", arguments: Golden.samples)
  func timeline(_ sample: Golden.Sample) throws {
    let document = try EventFixtures.pipeline.processed(try Golden.document(sample))
    let entries = EventFixtures.timeline([document]).entries
    try Golden.check(
      String(decoding: TimelineEncoder().encode(entries, format: .json), as: UTF8.self), sample: sample,
      layer: "timeline")
  }
}
