@testable import ChronicleKit
import Testing

/// How times are written: JSON members, CSV tables, the reference date and its source.
@Suite("Time: output")
struct TimeOutputTests {
  private func json(_ document: Document, layers: Layers) -> String {
    var writer = JSONWriter()
    DocumentEncoder(layers: layers).writeJSON(document, to: &writer)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  @Test("JSON: every member, offsets in code points")
  func jsonMembers() {
    let document = TimeTest.document("Zoë left May 3-5 and early June, a week later.")
    let text = json(document, layers: [.referenceDate, .times])
    #expect(text.contains(#""referenceDate":"2019-02-28","referenceDateSource":"option""#))
    #expect(
      text.contains(
        #"{"start":9,"end":16,"text":"May 3-5","type":"DATE","value":"2018-05-03","precision":"day","range":{"begin":"2018-05-03","end":"2018-05-05"},"rule":"range.month-day-days","anchor":"reference","anchorValue":"2019-02-28","direction":"past"}"#
      ))
    #expect(text.contains(#""text":"early June","type":"DATE","value":"2018-06","precision":"month","mod":"START""#))
    #expect(text.contains(#""text":"a week later","type":"DATE","value":"2018-06","precision":"month","rule":"rel.later","anchor":"time:1","anchorValue":"2018-06""#))
  }

  @Test("CSV: the times table when times are the only layer")
  func csvTable() {
    let document = TimeTest.document("They met on Wednesday.")
    let encoder = DocumentEncoder(layers: [.times, .referenceDate])
    #expect(encoder.csvHeader == DocumentEncoder.timeColumns)
    var writer = CSVWriter()
    encoder.writeCSV(document, to: &writer)
    #expect(
      String(decoding: writer.bytes, as: UTF8.self)
        == "test,0,12,21,Wednesday,DATE,2019-02-27,day,,,,lex.weekday,reference,2019-02-28,past,2019-02-28,option\r\n")
  }

  @Test("CSV: time rows in the long table")
  func csvLong() {
    let document = TimeTest.document("They met on Wednesday.")
    let encoder = DocumentEncoder(layers: [.sentences, .entities, .times])
    var writer = CSVWriter()
    encoder.writeCSV(document, to: &writer)
    #expect(String(decoding: writer.bytes, as: UTF8.self).hasSuffix("test,time,0,12,21,Wednesday,DATE,2019-02-27,\r\n"))
  }
}
