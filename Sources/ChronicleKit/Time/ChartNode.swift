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
  /// The rule that built it (index into the grammar's rules).
  var rule: Int
  /// Facts deciding whether it may be output alone.
  var flags: NodeFlags
}
