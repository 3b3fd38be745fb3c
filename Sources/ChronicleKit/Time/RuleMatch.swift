/// A complete match of a rule's pattern, handed to the rule's `build` closure: what each part
/// matched, the text around the match, and what the new node should report.
struct RuleMatch {
  /// What one pattern part matched.
  enum Part {
    /// An optional part that is absent.
    case none
    /// An atom (index into the window's atoms).
    case atom(Int)
    /// A node (index into the chart's nodes).
    case node(Int)
  }

  /// The chart being built, valid only while the rule's `build` runs.
  let chart: UnsafePointer<Chart>
  /// What each pattern part matched, valid only while the rule's `build` runs.
  let parts: UnsafeBufferPointer<Part>
  /// The first atom of the match.
  let first: Int
  /// One past the last atom of the match.
  let last: Int
  /// Flags for the new node.
  var flags: NodeFlags = []
  /// The first pattern part the node reports (0 reports everything; 1 drops a leading
  /// preposition).
  var reportFrom = 0
  /// One past the last pattern part the node reports.
  var reportTo: Int

  init(chart: UnsafePointer<Chart>, parts: UnsafeBufferPointer<Part>, first: Int, last: Int) {
    self.chart = chart
    self.parts = parts
    self.first = first
    self.last = last
    self.reportTo = parts.count
  }

  /// Whether part `i` matched something.
  func has(_ i: Int) -> Bool {
    if case .none = parts[i] { return false }
    return true
  }

  /// The node matched by part `i`.
  func node(_ i: Int) -> ChartNode {
    guard case .node(let index) = parts[i] else { preconditionFailure("part \(i) is not a node") }
    return chart.pointee.nodes[index]
  }

  /// The meaning of the node matched by part `i`.
  func meaning(_ i: Int) -> Meaning {
    guard case .node(let index) = parts[i] else { preconditionFailure("part \(i) is not a node") }
    return chart.pointee.meanings[index]
  }

  /// The flags of the node matched by part `i` (empty for an atom or an absent part).
  func flags(_ i: Int) -> NodeFlags {
    if case .node(let index) = parts[i] { return chart.pointee.nodes[index].flags }
    return []
  }

  /// The time matched by part `i`.
  func time(_ i: Int) -> TimeSpec {
    guard case .time(let spec) = meaning(i) else { preconditionFailure("part \(i) is not a time") }
    return spec
  }

  /// The number matched by part `i`.
  func number(_ i: Int) -> NumberValue {
    guard case .number(let value) = meaning(i) else { preconditionFailure("part \(i) is not a number") }
    return value
  }

  /// The whole number matched by part `i` (0 when fractional).
  func int(_ i: Int) -> Int { number(i).integer ?? 0 }

  /// The ordinal matched by part `i`.
  func ordinal(_ i: Int) -> Int {
    guard case .ordinal(let value) = meaning(i) else { preconditionFailure("part \(i) is not an ordinal") }
    return value
  }

  /// The unit matched by part `i`.
  func unit(_ i: Int) -> TimeUnit {
    guard case .unit(let value) = meaning(i) else { preconditionFailure("part \(i) is not a unit") }
    return value
  }

  /// The duration matched by part `i`.
  func duration(_ i: Int) -> DurationSpec {
    guard case .duration(let value) = meaning(i) else { preconditionFailure("part \(i) is not a duration") }
    return value
  }

  /// The atom matched by part `i`.
  func atom(_ i: Int) -> Atom {
    switch parts[i] {
    case .atom(let index): return chart.pointee.atoms[index]
    case .node(let index): return chart.pointee.atoms[chart.pointee.nodes[index].first]
    case .none: preconditionFailure("part \(i) is absent")
    }
  }

  /// The lexicon entry of the word matched by part `i`.
  func entry(_ i: Int) -> WordEntry {
    let atom = atom(i)
    precondition(atom.word >= 0, "part \(i) is not a known word")
    return chart.pointee.lexicon[atom.word]
  }

  /// The lower-case text of the word matched by part `i` ("" for a non-word).
  func word(_ i: Int) -> String {
    let atom = atom(i)
    return atom.word >= 0 ? chart.pointee.lexicon[atom.word].text : ""
  }

  /// The atom just before the match, inside the window or the token before it.
  var before: Atom? { chart.pointee.atom(before: first) }

  /// The atom just after the match.
  var after: Atom? { chart.pointee.atom(after: last) }

  /// The lexicon entry of the word before the match, if it is a known word.
  var wordBefore: WordEntry? { before.flatMap { $0.word >= 0 ? chart.pointee.lexicon[$0.word] : nil } }

  /// The lexicon entry of the word after the match, if it is a known word.
  var wordAfter: WordEntry? { after.flatMap { $0.word >= 0 ? chart.pointee.lexicon[$0.word] : nil } }
}

extension RuleMatch {
  /// Whether the match continues a run of digits and separators on its left ("80-32-89":
  /// "32-89" is part of something longer).
  var chainedBefore: Bool { chained(before: [0x2D, 0x2F, 0x2E, 0x3A]) }

  /// Whether the match continues digits, or one of `separators`, touching it on the left.
  func chained(before separators: [UInt8]) -> Bool {
    guard chart.pointee.atoms[first].isTight, let before else { return false }
    return before.number >= 0 || (before.word < 0 && separators.contains(before.punct))
  }

  /// Whether the match runs on into more digits and separators on its right.
  var chainedAfter: Bool { chained(after: [0x2D, 0x2F, 0x2E, 0x3A]) }

  /// Whether the match runs on into more digits, or one of `separators` and digits.
  func chained(after separators: [UInt8]) -> Bool {
    guard let after, after.isTight else { return false }
    if after.number >= 0 { return true }
    guard after.word < 0, separators.contains(after.punct),
      let next = chart.pointee.atom(after: last + 1), next.isTight
    else { return false }
    return next.number >= 0
  }

  /// Whether every atom of the match after the first touches the one before it.
  var isTight: Bool {
    for index in (first + 1)..<last where !chart.pointee.atoms[index].isTight { return false }
    return true
  }

  /// Whether the word before the match is one of `words`.
  func wordBefore(in words: Set<String>) -> Bool {
    guard let entry = wordBefore else { return false }
    return words.contains(entry.text)
  }
}
