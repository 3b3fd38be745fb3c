/// The chart parser for one candidate window: applies the grammar's rules bottom-up until no
/// rule adds a reading, with hard caps that keep pathological text linear.
///
/// A rule is tried at a position only when the window holds every word, category and
/// punctuation mark its pattern requires (a 64-bit feature test), and only when its first
/// part can match there. One chart is made per document and reset for each window; it holds
/// no state between documents.
struct Chart {
  /// The most nodes one window may build.
  static let maximumNodes = 768
  /// The most rounds of node rules at one position.
  static let maximumPasses = 8

  let grammar: TimeGrammar
  /// The grammar's lexicon, held directly so that reading it copies nothing.
  let lexicon: TimeLexicon
  /// The window's atoms.
  var atoms: [Atom] = []
  /// The readings built so far.
  var nodes: [ChartNode] = []
  /// The first node starting at each atom (-1 for none), and for each node the next one with
  /// the same start: lists in order of creation, without an array per position.
  private var headAt: [Int32] = []
  private var tailAt: [Int32] = []
  private var nextNode: [Int32] = []
  /// Each node's kind, flags and end, kept apart from `nodes` so that matching reads them
  /// without copying meanings.
  private var nodeKinds: [NodeKind] = []
  private var nodeFlags: [NodeFlags] = []
  private var nodeEnds: [Int] = []
  private var nodeClasses: [SpecClass] = []
  private var nodeRules: [Int] = []
  private var numberValues: [Double] = []
  private var numberDigits: [Int] = []
  /// The classes of the time nodes starting at each atom, together.
  private var classesAt: [SpecClass] = []
  /// What each node means, by node index.
  private(set) var meanings: [Meaning] = []
  /// The atom before the window (context only; rules never match it).
  var contextBefore: Atom?
  /// The atom after the window.
  var contextAfter: Atom?
  /// Read all-numeric dates day first (28/02/2019) when both readings are possible.
  var dayFirst = false

  private var scratch: [RuleMatch.Part] = []
  private var features: UInt64 = 0

  init(grammar: TimeGrammar) {
    self.grammar = grammar
    self.lexicon = grammar.lexicon
  }

  /// Forgets the previous window.
  mutating func reset() {
    atoms.removeAll(keepingCapacity: true)
    nodes.removeAll(keepingCapacity: true)
    nodeKinds.removeAll(keepingCapacity: true)
    nodeFlags.removeAll(keepingCapacity: true)
    nodeEnds.removeAll(keepingCapacity: true)
    nodeClasses.removeAll(keepingCapacity: true)
    nodeRules.removeAll(keepingCapacity: true)
    numberValues.removeAll(keepingCapacity: true)
    numberDigits.removeAll(keepingCapacity: true)
    meanings.removeAll(keepingCapacity: true)
    headAt.removeAll(keepingCapacity: true)
    tailAt.removeAll(keepingCapacity: true)
    nextNode.removeAll(keepingCapacity: true)
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
  mutating func parse() {
    headAt.removeAll(keepingCapacity: true)
    tailAt.removeAll(keepingCapacity: true)
    classesAt.removeAll(keepingCapacity: true)
    for _ in 0..<atoms.count {
      headAt.append(-1)
      tailAt.append(-1)
      classesAt.append([])
    }
    features = 0
    for atom in atoms {
      if atom.word >= 0 {
        features |= TimeGrammar.featureBit(word: atom.word)
        features |= TimeGrammar.featureBits(categories: lexicon.categories(atom.word))
      } else if atom.number >= 0 {
        features |= TimeGrammar.digitsBit
      } else if atom.punct != 0 {
        features |= TimeGrammar.featureBit(punct: atom.punct)
      }
    }
    // Right to left: a rule applied at a position only builds nodes that start there, from
    // nodes that start there or further right, so when a position is reached everything to
    // its right is complete. At each position, atom rules run once, then rules that start with
    // a node run again for as long as they add nodes there.
    var start = atoms.count - 1
    while start >= 0 {
      let atom = atoms[start]
      if atom.word >= 0 {
        attempt(grammar.wordRules[atom.word], at: start)
      } else if atom.punct != 0 && atom.punct < 128 {
        attempt(grammar.punctRules[Int(atom.punct)], at: start)
      } else if atom.number >= 0 {
        attempt(grammar.digitRules, at: start)
      }
      var rounds = 0
      var seenNodes = 0
      while headAt[start] >= 0 && rounds < Chart.maximumPasses {
        // The kinds of the nodes at this position that the last round has not seen.
        var kinds: UInt16 = 0
        var count = 0
        var node = Int(headAt[start])
        while node >= 0 {
          if count >= seenNodes { kinds |= 1 << UInt16(nodeKinds[node].rawValue) }
          count += 1
          node = Int(nextNode[node])
        }
        if kinds == 0 { break }
        seenNodes = count
        for kind in NodeKind.allCases where kinds & (1 << UInt16(kind.rawValue)) != 0 {
          attempt(grammar.nodeRules[kind.rawValue], at: start)
        }
        rounds += 1
        if nodes.count >= Chart.maximumNodes { return }
      }
      start -= 1
    }
  }

  /// Tries rules at a position: those whose features the window has and whose first part can
  /// match there.
  private mutating func attempt(_ rules: Range<Int32>, at start: Int) {
    var k = Int(rules.lowerBound)
    let end = Int(rules.upperBound)
    while k < end {
      let rule = Int(grammar.ruleLists[k])
      k += 1
      if !classesAt[start].isSuperset(of: grammar.firstClasses[rule]) { continue }
      let requirements = grammar.requirementRanges[rule]
      var m = Int(requirements.lowerBound)
      let mEnd = Int(requirements.upperBound)
      var possible = true
      while m < mEnd {
        if features & grammar.requirementMasks[m] == 0 {
          possible = false
          break
        }
        m += 1
      }
      if possible { apply(rule, at: start) }
    }
  }

  private mutating func apply(_ rule: Int, at start: Int) {
    let parts = grammar.parts
    parts.withUnsafeBufferPointer { parts in
      step(rule, grammar.patternStart[rule], grammar.patternEnd[rule], start, start, parts)
    }
  }

  /// Whether a word id is among a part's words.
  @inline(__always)
  private func accepts(_ part: TimeGrammar.Part, word: Int) -> Bool {
    var k = Int(part.wordStart)
    let end = k + Int(part.wordCount)
    while k < end {
      if grammar.partWords[k] == word { return true }
      k += 1
    }
    return false
  }

  private mutating func step(
    _ rule: Int, _ index: Int, _ end: Int, _ position: Int, _ start: Int, _ parts: UnsafeBufferPointer<TimeGrammar.Part>
  ) {
    if index == end {
      complete(rule, start, position)
      return
    }
    if nodes.count >= Chart.maximumNodes { return }
    let part = parts[index]
    if part.optional {
      scratch.append(.none)
      step(rule, index + 1, end, position, start, parts)
      scratch.removeLast()
    }
    guard position < atoms.count else { return }
    let atom = atoms[position]
    if part.tight && !atom.isTight { return }
    switch part.kind {
    case .words:
      guard atom.word >= 0, accepts(part, word: atom.word) else { return }
    case .category:
      guard atom.word >= 0, !lexicon.categories(atom.word).isDisjoint(with: part.category) else { return }
    case .punct:
      guard atom.word < 0, atom.punct != 0, part.accepts(punct: atom.punct) else { return }
    case .wordOrPunct:
      if atom.word >= 0 {
        guard accepts(part, word: atom.word) else { return }
      } else {
        guard atom.punct != 0, part.accepts(punct: atom.punct) else { return }
      }
    case .digitAtom:
      guard atom.number >= 0 else { return }
    case .node:
      var node = Int(headAt[position])
      while node >= 0 {
        if nodeKinds[node] == part.nodeKind && !nodeFlags[node].contains(.invalid)
          && nodeClasses[node].isSuperset(of: part.classes)
          && (part.number.map { $0.accepts(value: numberValues[node], digits: numberDigits[node]) } ?? true)
          && (part.test < 0 || grammar.tests[Int(part.test)](meanings[node]))
        {
          scratch.append(.node(node))
          step(rule, index + 1, end, nodeEnds[node], start, parts)
          scratch.removeLast()
        }
        node = Int(nextNode[node])
      }
      return
    }
    scratch.append(.atom(position))
    step(rule, index + 1, end, position + 1, start, parts)
    scratch.removeLast()
  }

  /// Runs a rule's `build` on the current match; the match reads the chart through a pointer
  /// that lives only for the call.
  private mutating func build(_ rule: Int, _ first: Int, _ last: Int) -> (Meaning, NodeFlags, Int, Int)? {
    let build = grammar.rules[rule].build
    let scratch = self.scratch
    return scratch.withUnsafeBufferPointer { parts in
      withUnsafeMutablePointer(to: &self) { chart in
        var match = RuleMatch(chart: UnsafePointer(chart), parts: parts, first: first, last: last)
        guard let meaning = build(&match) else { return nil }
        return (meaning, match.flags, match.reportFrom, match.reportTo)
      }
    }
  }

  private mutating func complete(_ rule: Int, _ first: Int, _ last: Int) {
    guard last > first else { return }
    // One reading per rule and stretch of text: the first one found.
    var existing = Int(headAt[first])
    while existing >= 0 {
      if nodeRules[existing] == rule && nodeEnds[existing] == last { return }
      existing = Int(nextNode[existing])
    }
    guard let (meaning, flags, reportFrom, reportTo) = build(rule, first, last) else { return }
    let parts = scratch
    // The reported text: from the first reported part to the last one.
    var reportFirst = first
    var reportLast = last
    var found = false
    for i in reportFrom..<reportTo {
      switch parts[i] {
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
      first: first, last: last, reportFirst: reportFirst, reportLast: reportLast, kind: meaning.kind, rule: rule,
      flags: flags)
    let index = Int32(nodes.count)
    if headAt[first] < 0 {
      headAt[first] = index
    } else {
      nextNode[Int(tailAt[first])] = index
    }
    tailAt[first] = index
    nextNode.append(-1)
    var classes: SpecClass = []
    var value = 0.0
    var digits = 0
    switch meaning {
    case .time(let spec): classes = SpecClass.of(spec)
    case .number(let number):
      value = number.value
      digits = number.digits
    default: break
    }
    numberValues.append(value)
    numberDigits.append(digits)
    nodeClasses.append(classes)
    classesAt[first].formUnion(classes)
    nodes.append(node)
    nodeRules.append(rule)
    nodeKinds.append(node.kind)
    nodeFlags.append(flags)
    nodeEnds.append(last)
    meanings.append(meaning)
  }
}
