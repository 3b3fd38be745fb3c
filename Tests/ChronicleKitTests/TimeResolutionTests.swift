@testable import ChronicleKit
import Testing

/// How expressions are resolved: tense, `--prefer`, `--day-first`, no reference date, anchors,
/// ranges, invalid dates.
@Suite("Time: resolution")
struct TimeResolutionTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var expected: [String]
    var reference: String?
    var prefer: TemporalDirection?
    var dayFirst = false
    var testDescription: String { text }
  }

  @Test(
    "the sentence's tense picks the direction",
    arguments: [
      Case(text: "Trump met Kim on Wednesday.", expected: ["Wednesday=2019-02-27"]),
      Case(text: "Trump will meet Kim on Wednesday.", expected: ["Wednesday=2019-03-06"]),
      Case(text: "The talks ended on Thursday.", expected: ["Thursday=2019-02-28"]),
      Case(text: "Sales fell in June.", expected: ["June=2018-06"]),
      Case(text: "The company will report results in June.", expected: ["June=2019-06"]),
      Case(text: "They said the summit would be held in Hanoi, which they visited on Monday.", expected: ["Monday=2019-02-25"]),
      Case(text: "The vote, which was delayed on Monday, will be held on Friday.", expected: ["Monday=2019-02-25", "Friday=2019-03-01"]),
      Case(text: "The meeting is on Tuesday.", expected: ["Tuesday=2019-03-05"]),
      // "…, he said" after what it reports tells when it was said, not when that happens.
      Case(text: "The country will mourn on Tuesday, Erdogan said.", expected: ["Tuesday=2019-03-05"]),
      Case(
        text: "The country will mourn on Tuesday, Erdogan said on Wednesday.",
        expected: ["Tuesday=2019-03-05", "Wednesday=2019-02-27"]),
      Case(text: "The talks collapsed on Tuesday, he said.", expected: ["Tuesday=2019-02-26"]),
    ])
  func tense(_ item: Case) {
    #expect(TimeTest.pairs(item.text) == item.expected)
  }

  @Test(
    "--prefer overrides the tense",
    arguments: [
      Case(text: "Trump met Kim on Wednesday.", expected: ["Wednesday=2019-03-06"], prefer: .future),
      Case(text: "Trump will meet Kim on Wednesday.", expected: ["Wednesday=2019-02-27"], prefer: .past),
      Case(text: "Monday", expected: ["Monday=2019-02-25"], prefer: .nearest),
      Case(text: "Sunday", expected: ["Sunday=2019-03-03"], prefer: .nearest),
      Case(text: "at 3am", expected: ["3am=2013-02-13T03:00"], reference: "2013-02-12T04:30", prefer: .future),
      Case(text: "in March", expected: ["March=2019-03"], prefer: .future),
    ])
  func prefer(_ item: Case) {
    #expect(TimeTest.pairs(item.text, reference: item.reference ?? "2019-02-28", prefer: item.prefer) == item.expected)
  }

  @Test(
    "without a reference date values stay underspecified",
    arguments: [
      Case(text: "Trump met Kim on Wednesday.", expected: ["Wednesday=XXXX-WXX-3"]),
      Case(text: "Sales fell in June.", expected: ["June=XXXX-06"]),
      Case(text: "They met at 5 p.m. yesterday.", expected: ["5 p.m. yesterday=XXXX-XX-XXT17:00"]),
      Case(text: "The talks began June 12.", expected: ["June 12=XXXX-06-12"]),
      Case(text: "They met last week.", expected: ["last week=XXXX-WXX"]),
      Case(text: "It ended June 12, 2018.", expected: ["June 12, 2018=2018-06-12"]),
      Case(text: "He arrived in the '90s.", expected: ["the '90s=199"]),
      Case(text: "They meet every Monday.", expected: ["every Monday=XXXX-WXX-1"]),
    ])
  func noReference(_ item: Case) {
    #expect(TimeTest.pairs(item.text, reference: nil) == item.expected)
  }

  @Test(
    "all-numeric dates: month first unless --day-first or impossible",
    arguments: [
      Case(text: "on 03/02/2019", expected: ["03/02/2019=2019-03-02"]),
      Case(text: "on 03/02/2019", expected: ["03/02/2019=2019-02-03"], dayFirst: true),
      Case(text: "on 28/02/2019", expected: ["28/02/2019=2019-02-28"]),
      Case(text: "on 2/28/2019", expected: ["2/28/2019=2019-02-28"], dayFirst: true),
    ])
  func dayFirst(_ item: Case) {
    #expect(TimeTest.pairs(item.text, dayFirst: item.dayFirst) == item.expected)
  }

  @Test(
    "impossible dates are never produced",
    arguments: [
      "It happened on Feb. 29, 2015.", "The deadline is April 31.", "June 31, 2022", "32 August 2014",
      "on 2/29/2014", "2014-02-30", "February 29, 2014", "30 February", "on 4/31", "February 20 - 29, 2022",
    ])
  func invalid(_ text: String) {
    #expect(TimeTest.pairs(text).isEmpty)
  }

  @Test("a leap day resolves to a leap year")
  func leapDay() {
    #expect(TimeTest.pairs("They married on Feb. 29.", reference: "2021-06-01") == ["Feb. 29=2020-02-29"])
  }

  @Test("narrative expressions anchor to the previous time")
  func narrative() {
    let document = TimeTest.document("The summit began on June 5, 2018. Two weeks later, talks resumed. The next day they ended.")
    let times = document.times
    #expect(times.map(\.value) == ["2018-06-05", "2018-06-19", "2018-06-20"])
    #expect(times[1].anchor == .expression(0))
    #expect(times[1].anchorValue == "2018-06-05")
    #expect(times[2].anchor == .expression(1))
    #expect(times[0].anchor == nil)
  }

  @Test("deictic expressions anchor to the reference date")
  func deictic() {
    let times = TimeTest.times("On June 5, 2018, they met. Two days ago they spoke again.")
    #expect(times.map(\.value) == ["2018-06-05", "2019-02-26"])
    #expect(times[1].anchor == .referenceDate)
  }

  @Test("ranges have a begin and an end")
  func ranges() {
    let times = TimeTest.times("The fair runs May 3-5. Prices rose from 2010 to 2012, between June and August.")
    #expect(times.map { "\($0.begin ?? "-")..\($0.end ?? "-")" } == ["2019-05-03..2019-05-05", "2010..2012", "2018-06..2018-08"])
  }

  @Test("durations covering the recent past have ends")
  func spans() {
    let time = TimeTest.times("Prices rose over the past year.")[0]
    #expect(time.type == .duration)
    #expect(time.value == "P1Y")
    #expect(time.begin == "2018-02-28" && time.end == "2019-02-28")
  }

  @Test("types, precision and mod")
  func attributes() {
    let times = TimeTest.times("He left at 5 p.m. on Thursday after two days, in early May, every week and recently.")
    let summary = times.map { "\($0.type.rawValue) \($0.value) \($0.precision.rawValue) \($0.mod ?? "-")" }
    #expect(
      summary == [
        "TIME 2019-02-28T17:00 hour -", "DURATION P2D day -", "DATE 2018-05 month START", "SET P1W week -",
        "DATE PAST_REF vague -",
      ])
  }

  @Test("a clock time with a zone is shown in the reference's zone")
  func zones() {
    #expect(TimeTest.pairs("Thursday 8:00 GMT", reference: "2013-02-12T04:30:00-02:00") == ["Thursday 8:00 GMT=2013-02-14T06:00"])
    #expect(TimeTest.pairs("17:30 GMT") == ["17:30 GMT=2019-02-28T17:30"])
  }

  @Test("the same document gives the same times alone and in any batch")
  func determinism() throws {
    let texts = [
      "Trump met Kim on Wednesday. The next day they left.", "Sales will rise in June, the company said Tuesday.",
      "WASHINGTON, Feb. 28, 2019 — Talks failed Thursday.", "It was 5 of 11 sanctions, $40 billion, 2882015.",
    ]
    let pipeline = try Pipeline.standard(for: .times, configuration: .init(dataDirectory: TestData.gazetteers))
    @Sendable func run(_ text: String, _ id: String) -> [TimeExpression] {
      var document = Document(id: id, text: text)
      try! pipeline.process(&document)
      return document.times
    }
    let alone = texts.enumerated().map { run($0.element, "d\($0.offset)") }
    let items = Array(texts.enumerated().reversed()) + Array(texts.enumerated())
    let processor = BatchProcessor(jobs: 4)
    let batch = processor.process(items) { item in (item.offset, run(item.element, "d\(item.offset)")) }
    for (index, times) in batch { #expect(times == alone[index]) }
  }
}
