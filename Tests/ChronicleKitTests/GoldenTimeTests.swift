import ChronicleKit
import Testing

@Suite("Golden files: times")
struct GoldenTimeTests {
  @Test("each sample's times", arguments: Golden.samples)
  func times(_ sample: Golden.Sample) throws {
    let pipeline = try Pipeline.standard(for: .times, configuration: .init(dataDirectory: TestData.gazetteers))
    let document = try pipeline.processed(try Golden.document(sample))
    try Golden.check(Golden.json(document, layers: .times), sample: sample, layer: "times")
  }

  @Test("the Hanoi sample: weekdays, last June, two-day; no time in \"5 of 11\" or \"Subscribe\"")
  func hanoi() throws {
    let sample = try #require(Golden.samples.first { $0.file == "hanoi-summit.txt" })
    let pipeline = try Pipeline.standard(for: .times, configuration: .init(dataDirectory: TestData.gazetteers))
    let document = try pipeline.processed(try Golden.document(sample))
    let pairs = document.times.map { document.text(in: $0.range) + "=" + $0.value }
    #expect(pairs == ["Wednesday=2019-02-27", "Thursday=2019-02-28", "hours after=PTXH", "last June=2018-06",
      "Thursday=2019-02-28", "two-day=P2D"])
  }
}
