/// One reading of a stretch of atoms in a candidate window.
struct ChartNode: Sendable {
  /// The first atom (index into the window's atoms).
  var first: Int
  /// One past the last atom.
  var last: Int
  /// The first atom of the text to report (after a leading preposition the rule matched but
  /// does not include, as in "on Monday").
  var reportFirst: Int
  /// One past the last atom to report.
  var reportLast: Int
  /// What it means.
  var meaning: Meaning
  /// The kind of meaning, stored so that matching can test it without copying the meaning.
  var kind: NodeKind
  /// The rule that built it (index into the grammar's rules).
  var rule: Int
  /// Facts deciding whether it may be output alone.
  var flags: NodeFlags

  init(first: Int, last: Int, reportFirst: Int, reportLast: Int, meaning: Meaning, rule: Int, flags: NodeFlags) {
    self.first = first
    self.last = last
    self.reportFirst = reportFirst
    self.reportLast = reportLast
    self.meaning = meaning
    self.kind = meaning.kind
    self.rule = rule
    self.flags = flags
  }
}
