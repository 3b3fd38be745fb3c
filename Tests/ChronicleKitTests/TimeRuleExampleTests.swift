@testable import ChronicleKit
import Testing

/// Runs the example beside every time rule and every holiday: the longest expression found in
/// the example's text must have the expected value and come from that rule.
@Suite("Time rules: examples")
struct TimeRuleExampleTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var rule: String
    var example: TimeExample
    var checksRule: Bool
    var testDescription: String { "\(rule): \(example)" }
  }

  static let ruleCases: [Case] = TimeRules.all.flatMap { rule in
    rule.examples.map { Case(rule: rule.name, example: $0, checksRule: true) }
  }

  static let holidayCases: [Case] = TimeTest.holidays.holidays.compactMap { holiday in
    let parts = holiday.example.components(separatedBy: " => ")
    guard parts.count == 2 else { return nil }
    return Case(rule: "holiday " + holiday.names[0], example: TimeExample(parts[0], parts[1]), checksRule: false)
  }

  @Test("each rule's examples", arguments: ruleCases)
  func ruleExample(_ item: Case) {
    check(item)
  }

  @Test("each holiday's example", arguments: holidayCases)
  func holidayExample(_ item: Case) {
    check(item)
  }

  private func check(_ item: Case) {
    let example = item.example
    let document = TimeTest.document(example.text, reference: example.reference, prefer: example.prefer)
    guard let longest = TimeTest.longest(document) else {
      Issue.record("\(item.rule): no time found in \"\(example.text)\"")
      return
    }
    #expect(longest.value == example.value, "\(item.rule): \"\(example.text)\" → \(longest.value) by \(longest.rule)")
    if item.checksRule {
      #expect(longest.rule == item.rule, "\"\(example.text)\" was recognized by \(longest.rule)")
    }
    if let end = example.end {
      #expect(longest.end == end, "\"\(example.text)\": range end \(longest.end ?? "none")")
    }
  }

  @Test("every rule that can stand alone has an example")
  func everyRuleHasExamples() {
    // Building blocks (lex.*) and blockers of impossible dates (block.*) never stand alone.
    let missing = TimeRules.all.filter { !$0.name.hasPrefix("lex.") && !$0.name.hasPrefix("block.") && $0.examples.isEmpty }
      .map(\.name)
    #expect(missing.isEmpty, "rules without examples: \(missing)")
  }

  @Test("rule names are unique")
  func uniqueNames() {
    var seen: Set<String> = []
    var duplicates: [String] = []
    for rule in TimeRules.all where !seen.insert(rule.name).inserted { duplicates.append(rule.name) }
    #expect(duplicates.isEmpty, "duplicate rule names: \(duplicates)")
  }

  @Test("every holiday has a well-formed example")
  func holidayExamplesWellFormed() {
    #expect(Self.holidayCases.count == TimeTest.holidays.count)
  }
}
