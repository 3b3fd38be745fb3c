import ChronicleKit
import Testing

/// The library as a Swift program uses it: only public API, as in the documentation's example.
@Suite("Library API")
struct LibraryAPITests {
  @Test("build a pipeline once, process documents, read entities, times and events")
  func example() throws {
    let pipeline = try Pipeline.standard(configuration: PipelineConfiguration(dataDirectory: TestData.gazetteers))
    var document = Document(
      id: "hanoi", text: "President Donald Trump met Kim Jong Un in Hanoi on Wednesday.", date: "2019-02-28")
    try pipeline.process(&document)

    #expect(document.layers.isSuperset(of: [.sentences, .entities, .times, .events]))
    #expect(document.mentions.map { document.text(in: $0.range) } == ["Donald Trump", "Kim Jong Un", "Hanoi"])
    #expect(document.entities.map(\.name) == ["Donald Trump", "Kim Jong Un", "Hanoi"])
    #expect(document.times.map(\.value) == ["2019-02-27"])
    let met = try #require(document.events.first { $0.trigger.lemma == "meet" })
    #expect(met.date?.value == "2019-02-27")
    #expect(met.participants.map(\.name) == ["Donald Trump", "Kim Jong Un"])
    #expect(met.place?.name == "Hanoi")

    let timeline = Timeline(mentions: TimelineMention.mentions(of: document, offsets: .codepoint))
    #expect(timeline.entries.first?.lemma == "meet")

    // The same pipeline serves other documents; nothing carries over.
    var other = Document(id: "other", text: "Nothing happened.")
    try pipeline.process(&other)
    #expect(other.mentions.isEmpty && other.events.isEmpty)
  }
}
