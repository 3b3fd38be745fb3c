/// A reading chosen for output, before it is resolved.
struct TimeCandidate {
  /// The text to report (UTF-8 byte offsets), without a leading preposition.
  var range: TextRange
  /// The whole text the rule matched.
  var matched: TextRange
  /// What it means.
  var meaning: Meaning
  /// The rule's name.
  var rule: String
  /// Facts from the rule.
  var flags: NodeFlags
  /// The index of the first token of the match.
  var token: Int
  /// The index of the sentence holding it.
  var sentence: Int
}
