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
  /// For a time node, the classes of its specification (what node parts test).
  var classes: SpecClass = []
  /// For a number node, its value and how many digits it is written with (0 spelled out).
  var numberValue = 0.0
  var numberDigits = 0
  /// The next node starting at the same atom, or -1: the chart keeps one list per atom
  /// without an array per atom.
  var next: Int32 = -1

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
