@testable import ChronicleKit

/// Runs the times stage on plain text, as the pipeline does.
enum TimeTest {
  /// The holidays shipped in `gazetteers/time-holidays.tsv`.
  static let holidays: HolidayTable = {
    do {
      return try HolidayTable(directory: TestData.gazetteers)
    } catch {
      fatalError("cannot load the holiday table: \(error)")
    }
  }()

  /// Taggers for each option combination, built once.
  static let taggers: [String: TimeTagger] = {
    var taggers: [String: TimeTagger] = [:]
    for prefer in [nil] + TemporalDirection.allCases.map(Optional.some) {
      for dayFirst in [false, true] {
        taggers[key(prefer, dayFirst)] = TimeTagger(holidays: holidays, preference: prefer, dayFirst: dayFirst)
      }
    }
    return taggers
  }()

  private static func key(_ prefer: TemporalDirection?, _ dayFirst: Bool) -> String {
    (prefer?.rawValue ?? "tense") + (dayFirst ? "/day-first" : "")
  }

  /// A document with sentences, tokens and times, read against `reference` (ISO 8601).
  static func document(
    _ text: String, reference: String? = "2019-02-28", prefer: TemporalDirection? = nil, dayFirst: Bool = false
  ) -> Document {
    var document = Document(
      id: "test", text: text,
      referenceDate: reference.flatMap { DateTimeValue(iso8601: $0) }.map { ReferenceDate(value: $0, source: .option) })
    try! TestData.segmenter().annotate(&document)
    document.layers.insert(.sentences)
    try! Tokenizer().annotate(&document)
    document.layers.insert(.tokens)
    try! taggers[key(prefer, dayFirst)]!.annotate(&document)
    return document
  }

  /// The time expressions of `text`.
  static func times(
    _ text: String, reference: String? = "2019-02-28", prefer: TemporalDirection? = nil, dayFirst: Bool = false
  ) -> [TimeExpression] {
    document(text, reference: reference, prefer: prefer, dayFirst: dayFirst).times
  }

  /// The texts and values of `text`'s time expressions: `["Wednesday=2019-02-27"]`.
  static func pairs(
    _ text: String, reference: String? = "2019-02-28", prefer: TemporalDirection? = nil, dayFirst: Bool = false
  ) -> [String] {
    let document = document(text, reference: reference, prefer: prefer, dayFirst: dayFirst)
    return document.times.map { document.text(in: $0.range) + "=" + $0.value }
  }

  /// The longest expression of a document.
  static func longest(_ document: Document) -> TimeExpression? {
    document.times.max { a, b in
      a.range.length != b.range.length ? a.range.length < b.range.length : a.range.start > b.range.start
    }
  }
}
