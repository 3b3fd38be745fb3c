@testable import ChronicleKit
import Testing

@Suite("Times: windows parsed once")
struct TimeParseCacheTests {
  /// Texts whose windows repeat, in other documents and other surroundings.
  static let texts = [
    "The summit opened on Monday in Hanoi.",
    "On Monday, talks resumed; last year they broke down on 5 May 2018.",
    "He said Monday that he would return on Monday.",
    "The vote is at 5 p.m. on Monday, 4 March 2019, or 03/02/2019.",
    "Sales fell 5% in 2018 and rose 3 percent in the first quarter of 2019.",
    "last year",
    "Last year, on 5 May 2018 at 5 p.m.",
    // The same windows with other spacing: the readings are shared, the choice is made again.
    "Last  year, on 5   May   2018 at 5 p.m.",
    "The vote is at 5  p.m.  on   Monday,   4 March  2019, or 03/02/2019.",
    "He  said  Monday that he would return on  Monday.",
  ]

  static func times(_ text: String, tagger: TimeTagger) throws -> [String] {
    var document = Document(
      id: "d", text: text,
      referenceDate: DateTimeValue(iso8601: "2019-02-28").map { ReferenceDate(value: $0, source: .option) })
    try TestData.segmenter().annotate(&document)
    try Tokenizer().annotate(&document)
    try tagger.annotate(&document)
    return document.times.map { "\($0.range.start)-\($0.range.end) \($0.type) \($0.value) \($0.rule)" }
  }

  @Test("a window read from the cache gives what parsing it gives, whatever came before")
  func sameAsParsing() throws {
    let shared = TimeTagger(holidays: TimeTest.holidays)
    for round in 0..<3 {
      for text in Self.texts + Self.texts.reversed() {
        // A new tagger has parsed nothing before.
        let fresh = try Self.times(text, tagger: TimeTagger(holidays: TimeTest.holidays))
        #expect(try Self.times(text, tagger: shared) == fresh, "round \(round): \(text)")
      }
    }
  }

  @Test("reading dates day first is part of what a cached window depends on")
  func dayFirst() throws {
    var tagger = TimeTagger(holidays: TimeTest.holidays)
    let text = "The deadline is 03/02/2019."
    let monthFirst = try Self.times(text, tagger: tagger)
    tagger.dayFirst = true
    let dayFirst = try Self.times(text, tagger: tagger)
    tagger.dayFirst = false
    #expect(monthFirst.first?.contains("2019-03-02") == true)
    #expect(dayFirst.first?.contains("2019-02-03") == true)
    #expect(try Self.times(text, tagger: tagger) == monthFirst)
  }

  @Test("a cached choice is reused only for atoms that lie as the ones it was made for")
  func selectionSpans() {
    func atoms(_ spans: [(Int, Int)]) -> [Atom] {
      spans.map { Atom(start: $0.0, end: $0.1, kind: .word, word: 0, flags: []) }
    }
    let selection = ChartCache.Selection(chosen: [0, 2], atoms: atoms([(10, 13), (14, 17), (18, 22)]))
    #expect(selection.chosen == [0, 2])
    #expect(selection.fits(atoms([(10, 13), (14, 17), (18, 22)])))
    #expect(selection.fits(atoms([(110, 113), (114, 117), (118, 122)])))  // elsewhere in the text
    #expect(!selection.fits(atoms([(10, 13), (15, 18), (19, 23)])))  // two spaces
    #expect(!selection.fits(atoms([(10, 13), (14, 17), (18, 26)])))  // a longer last word
    #expect(!selection.fits(atoms([(10, 13), (14, 17)])))
  }
}
