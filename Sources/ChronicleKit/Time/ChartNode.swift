/// One reading of a stretch of atoms in a candidate window. Its meaning is kept apart, in
/// ``Chart/meanings`` at the same index, so that nodes are plain values that copy cheaply.
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
  /// The kind of meaning.
  var kind: NodeKind
  /// The rule that built it (index into the grammar's rules).
  var rule: Int
  /// Facts deciding whether it may be output alone.
  var flags: NodeFlags

  init(first: Int, last: Int, reportFirst: Int, reportLast: Int, kind: NodeKind, rule: Int, flags: NodeFlags) {
    self.first = first
    self.last = last
    self.reportFirst = reportFirst
    self.reportLast = reportLast
    self.kind = kind
    self.rule = rule
    self.flags = flags
  }
}
