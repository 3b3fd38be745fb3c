@testable import ChronicleKit
import Foundation
import Testing

/// Prints the chart for the text in `CHRONICLE_TRACE` (a debugging aid; passes otherwise).
@Suite("Time rules: trace")
struct TimeTraceTests {
  @Test("trace")
  func trace() {
    guard let text = ProcessInfo.processInfo.environment["CHRONICLE_TRACE"] else { return }
    let reference = ProcessInfo.processInfo.environment["CHRONICLE_TRACE_REF"] ?? "2019-02-28"
    let document = TimeTest.document(text, reference: reference)
    for line in TimeTest.taggers["tense"]!.trace(document) { print(line) }
    for time in document.times { print("=> \(document.text(in: time.range)) \(time.type.rawValue) \(time.value) \(time.rule)") }
  }
}
