/// A rule of the time grammar: a pattern of parts, what a match means, and examples.
///
/// Rules are small declarative entries in the tables of ``TimeRules``; the chart parser
/// applies them bottom-up, so a rule may use what other rules built ("June 12" + ", 2018").
struct TimeRule: Sendable {
  /// A stable name reported with each expression ("date.month-day-year").
  var name: String
  /// The pattern.
  var parts: [RulePart]
  /// Breaks ties between readings of the same text: higher wins.
  var priority: Int
  /// What a match means, or `nil` to reject it.
  var build: @Sendable (inout RuleMatch) -> Meaning?
  /// Examples of the rule at work.
  var examples: [TimeExample]

  init(
    _ name: String, _ parts: [RulePart], priority: Int = 0, examples: [TimeExample] = [],
    build: @escaping @Sendable (inout RuleMatch) -> Meaning?
  ) {
    precondition(parts.contains { !$0.optional }, "rule \(name): at least one part must be required")
    self.name = name
    self.parts = parts
    self.priority = priority
    self.build = build
    self.examples = examples
  }
}
