/// The chart parser for one candidate window: applies the grammar's rules bottom-up until no
/// rule adds a reading, with hard caps that keep pathological text linear.
///
/// One chart is made per document and reused for each window; it holds no state between
/// documents.
final class Chart {
  /// The most atoms a window may hold; longer runs are cut into pieces.
  static let maximumAtoms = 48
  /// The most nodes one window may build.
  static let maximumNodes = 768
  /// The most passes over a window.
  static let maximumPasses = 8

  let grammar: TimeGrammar
  var lexicon: TimeLexicon { grammar.lexicon }
  /// The window's atoms.
  var atoms: [Atom] = []
  /// The readings built so far.
  var nodes: [ChartNode] = []
  /// Node indices by first atom.
  var nodesAt: [[Int]] = []
  /// The atom before the window (context only; rules never match it).
  var contextBefore: Atom?
  /// The atom after the window.
  var contextAfter: Atom?
  /// Read all-numeric dates day first (28/02/2019) when both readings are possible.
  var dayFirst = false

  private var seen: Set<Int> = []
  private var scratch: [RuleMatch.Part] = []
  private var added = false

  init(grammar: TimeGrammar) {
    self.grammar = grammar
  }

  /// Forgets the previous window.
  func reset() {
    atoms.removeAll(keepingCapacity: true)
    nodes.removeAll(keepingCapacity: true)
    for i in nodesAt.indices { nodesAt[i].removeAll(keepingCapacity: true) }
    seen.removeAll(keepingCapacity: true)
    contextBefore = nil
    contextAfter = nil
  }

  /// The atom before `index` (the context atom before the window at 0).
  func atom(before index: Int) -> Atom? {
    index > 0 ? atoms[index - 1] : contextBefore
  }

  /// The atom at `index`, or the context atom after the window.
  func atom(after index: Int) -> Atom? {
    index < atoms.count ? atoms[index] : contextAfter
  }

  /// Builds every reading of the window's atoms.
  func parse() {
    while nodesAt.count < atoms.count { nodesAt.append([]) }
    for pass in 0..<Chart.maximumPasses {
      added = false
      for start in 0..<atoms.count {
        let atom = atoms[start]
        if pass == 0 {
          if atom.word >= 0 {
            if let rules = grammar.byWord[atom.word] { for rule in rules { apply(rule, at: start) } }
            let categories = lexicon[atom.word].categories
            for (category, rules) in grammar.byCategory where !categories.isDisjoint(with: category) {
              for rule in rules { apply(rule, at: start) }
            }
          } else if atom.punct != 0 {
            for rule in grammar.byPunct[Int(atom.punct)] { apply(rule, at: start) }
          } else if atom.number >= 0 {
            for rule in grammar.byDigits { apply(rule, at: start) }
          }
        } else {
          if atom.word >= 0 {
            if let rules = grammar.byWord[atom.word] {
              for rule in rules where !grammar.atomOnly[rule] { apply(rule, at: start) }
            }
            let categories = lexicon[atom.word].categories
            for (category, rules) in grammar.byCategory where !categories.isDisjoint(with: category) {
              for rule in rules where !grammar.atomOnly[rule] { apply(rule, at: start) }
            }
          } else if atom.punct != 0 {
            for rule in grammar.byPunct[Int(atom.punct)] where !grammar.atomOnly[rule] { apply(rule, at: start) }
          } else if atom.number >= 0 {
            for rule in grammar.byDigits where !grammar.atomOnly[rule] { apply(rule, at: start) }
          }
        }
        if !nodesAt[start].isEmpty {
          var kinds: UInt16 = 0
          for node in nodesAt[start] { kinds |= 1 << UInt16(nodes[node].meaning.kind.rawValue) }
          for kind in NodeKind.allCases where kinds & (1 << UInt16(kind.rawValue)) != 0 {
            for rule in grammar.byNode[kind.rawValue] { apply(rule, at: start) }
          }
        }
        if nodes.count >= Chart.maximumNodes { return }
      }
      if !added { break }
    }
  }

  private func apply(_ rule: Int, at start: Int) {
    scratch.removeAll(keepingCapacity: true)
    step(rule, grammar.patterns[rule], 0, start, start)
  }

  private func step(_ rule: Int, _ pattern: [TimeGrammar.Part], _ index: Int, _ position: Int, _ start: Int) {
    if index == pattern.count {
      complete(rule, start, position)
      return
    }
    if nodes.count >= Chart.maximumNodes { return }
    let part = pattern[index]
    if part.optional {
      scratch.append(.none)
      step(rule, pattern, index + 1, position, start)
      scratch.removeLast()
    }
    guard position < atoms.count else { return }
    let atom = atoms[position]
    if part.tight && !atom.isTight { return }
    switch part.test {
    case .words(let ids):
      guard atom.word >= 0, ids.contains(atom.word) else { return }
      scratch.append(.atom(position))
      step(rule, pattern, index + 1, position + 1, start)
      scratch.removeLast()
    case .category(let category):
      guard atom.word >= 0, !lexicon[atom.word].categories.isDisjoint(with: category) else { return }
      scratch.append(.atom(position))
      step(rule, pattern, index + 1, position + 1, start)
      scratch.removeLast()
    case .punct(let bytes):
      guard atom.word < 0, atom.punct != 0, bytes.contains(atom.punct) else { return }
      scratch.append(.atom(position))
      step(rule, pattern, index + 1, position + 1, start)
      scratch.removeLast()
    case .wordOrPunct(let ids, let bytes):
      if atom.word >= 0 {
        guard ids.contains(atom.word) else { return }
      } else {
        guard atom.punct != 0, bytes.contains(atom.punct) else { return }
      }
      scratch.append(.atom(position))
      step(rule, pattern, index + 1, position + 1, start)
      scratch.removeLast()
    case .digitAtom:
      guard atom.number >= 0 else { return }
      scratch.append(.atom(position))
      step(rule, pattern, index + 1, position + 1, start)
      scratch.removeLast()
    case .node(let kind, let test):
      let candidates = nodesAt[position]
      for node in candidates {
        let meaning = nodes[node].meaning
        guard meaning.kind == kind, test(meaning) else { continue }
        scratch.append(.node(node))
        step(rule, pattern, index + 1, nodes[node].last, start)
        scratch.removeLast()
      }
    }
  }

  private func complete(_ rule: Int, _ first: Int, _ last: Int) {
    guard last > first else { return }
    let key = first | last << 8 | rule << 16
    if seen.contains(key) { return }
    var match = RuleMatch(chart: self, parts: scratch, first: first, last: last)
    guard let meaning = grammar.rules[rule].build(&match) else { return }
    seen.insert(key)
    // The reported text: from the first reported part to the last one.
    var reportFirst = first
    var reportLast = last
    var found = false
    for i in match.reportFrom..<match.reportTo {
      switch match.parts[i] {
      case .none: continue
      case .atom(let a):
        if !found { reportFirst = a }
        reportLast = a + 1
      case .node(let n):
        if !found { reportFirst = nodes[n].reportFirst }
        reportLast = nodes[n].reportLast
      }
      found = true
    }
    let node = ChartNode(
      first: first, last: last, reportFirst: reportFirst, reportLast: reportLast, meaning: meaning, rule: rule,
      flags: match.flags)
    nodesAt[first].append(nodes.count)
    nodes.append(node)
    added = true
  }
}
