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
  /// The readings built so far, with their kinds, ends, classes and numbers; each node links
  /// to the next one with the same start (lists in order of creation).
  private(set) var nodes: [ChartNode] = []
  /// The first and last node starting at each atom (-1 for none).
  private var headAt: [Int32] = []
  private var tailAt: [Int32] = []
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
  /// Whether `nodes` and `meanings` are a cached parse's arrays, shared with the cache.
  private var restored = false

  /// What the parts of the rule being matched have matched so far.
  private let stack: MatchStack
  private var depth = 0
  private var features: UInt64 = 0
  /// The classes of the time nodes that start right of the position being parsed.
  private var rightClasses: SpecClass = []

  init(grammar: TimeGrammar) {
    self.grammar = grammar
    self.lexicon = grammar.lexicon
    self.stack = MatchStack(capacity: max(1, grammar.longestPattern))
  }

  /// Takes the readings that a parse of a window with the same atoms built (see ``ChartCache``)
  /// in place of parsing: the cache's arrays themselves, shared (copying them would copy every
  /// meaning and its strings).
  mutating func restore(nodes: [ChartNode], meanings: [Meaning]) {
    self.nodes = nodes
    self.meanings = meanings
    restored = true
  }

  /// Forgets the previous window. The chart's own arrays keep their capacity from window to
  /// window; arrays shared with the cache are let go (emptying them in place would copy them).
  mutating func reset() {
    atoms.removeAllKeepingCapacity()
    if restored {
      nodes = []
      meanings = []
      restored = false
    } else {
      nodes.removeAllKeepingCapacity()
      meanings.removeAllKeepingCapacity()
    }
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
    let count = atoms.count
    headAt.removeAllKeepingCapacity()
    tailAt.removeAllKeepingCapacity()
    classesAt.removeAllKeepingCapacity()
    headAt.append(contentsOf: repeatElement(-1, count: count))
    tailAt.append(contentsOf: repeatElement(-1, count: count))
    classesAt.append(contentsOf: repeatElement([], count: count))
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
    grammar.parts.withUnsafeBufferPointer { parts in
      // Right to left: a rule applied at a position only builds nodes that start there, from
      // nodes that start there or further right, so when a position is reached everything to
      // its right is complete. At each position, atom rules run once, then rules that start
      // with a node run again for as long as they add nodes there.
      var start = count - 1
      rightClasses = []
      while start >= 0 {
        if start + 1 < count { rightClasses.formUnion(classesAt[start + 1]) }
        let atom = atoms[start]
        if atom.word >= 0 {
          attempt(grammar.wordRules[atom.word], at: start, parts)
        } else if atom.punct != 0 && atom.punct < 128 {
          attempt(grammar.punctRules[Int(atom.punct)], at: start, parts)
        } else if atom.number >= 0 {
          attempt(grammar.digitRules, at: start, parts)
        }
        var rounds = 0
        var seen = -1
        while headAt[start] >= 0 && rounds < Chart.maximumPasses {
          // The kinds of the nodes at this position that the last round has not seen.
          var kinds: UInt16 = 0
          var node = Int(headAt[start])
          while node >= 0 {
            if node > seen { kinds |= 1 << UInt16(nodes[node].kind.rawValue) }
            node = Int(nodes[node].next)
          }
          if kinds == 0 { break }
          seen = Int(tailAt[start])
          var kind = 0
          while kinds != 0 {
            if kinds & 1 != 0 { attempt(grammar.nodeRules[kind], at: start, parts) }
            kinds >>= 1
            kind += 1
          }
          rounds += 1
          if nodes.count >= Chart.maximumNodes { return }
        }
        start -= 1
      }
    }
  }

  /// Tries rules at a position: those whose features the window has and whose first part can
  /// match there.
  private mutating func attempt(_ rules: Range<Int32>, at start: Int, _ parts: UnsafeBufferPointer<TimeGrammar.Part>) {
    var k = Int(rules.lowerBound)
    let end = Int(rules.upperBound)
    let classes = classesAt[start]
    let reachable = classes.union(rightClasses)
    while k < end {
      let entry = grammar.ruleLists[k]
      k += 1
      if !classes.isSuperset(of: entry.firstClasses) || !reachable.isSuperset(of: entry.laterClasses)
        || features & entry.features != entry.features
      {
        continue
      }
      var m = Int(entry.anyStart)
      let mEnd = Int(entry.anyEnd)
      var possible = true
      while m < mEnd {
        if features & grammar.requirementMasks[m] == 0 {
          possible = false
          break
        }
        m += 1
      }
      if possible {
        depth = 0
        step(Int(entry.rule), Int(entry.partStart), Int(entry.partEnd), start, start, parts)
      }
    }
  }

  /// Whether a word id is among a part's words.
  @inline(__always)
  private func accepts(_ part: UnsafePointer<TimeGrammar.Part>, word: Int) -> Bool {
    var k = Int(part.pointee.wordStart)
    let end = k + Int(part.pointee.wordCount)
    while k < end {
      if grammar.partWords[k] == word { return true }
      k += 1
    }
    return false
  }

  /// Records what part number `depth` matched and matches the rest of the pattern after it.
  @inline(__always)
  private mutating func advance(
    _ matched: RuleMatch.Part, _ rule: Int, _ index: Int, _ end: Int, _ position: Int, _ start: Int,
    _ parts: UnsafeBufferPointer<TimeGrammar.Part>
  ) {
    stack.base[depth] = matched
    depth += 1
    step(rule, index + 1, end, position, start, parts)
    depth -= 1
  }

  /// Matches pattern parts `index..<end` of a rule from atom `position` on, depth first; each
  /// complete match becomes a node.
  private mutating func step(
    _ rule: Int, _ index: Int, _ end: Int, _ position: Int, _ start: Int, _ parts: UnsafeBufferPointer<TimeGrammar.Part>
  ) {
    if index == end {
      complete(rule, start, position)
      return
    }
    if nodes.count >= Chart.maximumNodes { return }
    let part = parts.baseAddress! + index
    if part.pointee.optional {
      advance(.none, rule, index, end, position, start, parts)
    }
    guard position < atoms.count else { return }
    let atom = atoms[position]
    if part.pointee.tight && !atom.isTight { return }
    switch part.pointee.kind {
    case .words:
      guard atom.word >= 0, accepts(part, word: atom.word) else { return }
    case .category:
      guard atom.word >= 0, !lexicon.categories(atom.word).isDisjoint(with: part.pointee.category) else { return }
    case .punct:
      guard atom.word < 0, atom.punct != 0, part.pointee.accepts(punct: atom.punct) else { return }
    case .wordOrPunct:
      if atom.word >= 0 {
        guard accepts(part, word: atom.word) else { return }
      } else {
        guard atom.punct != 0, part.pointee.accepts(punct: atom.punct) else { return }
      }
    case .digitAtom:
      guard atom.number >= 0 else { return }
      let number = Int(part.pointee.number)
      if number >= 0 && !grammar.numberTests[number].accepts(value: Double(atom.number), digits: atom.digits) { return }
    case .node:
      let kind = part.pointee.nodeKind
      let classes = part.pointee.classes
      let test = Int(part.pointee.test)
      let number = Int(part.pointee.number)
      var node = Int(headAt[position])
      while node >= 0 {
        let candidate = nodes[node]
        if candidate.kind == kind && !candidate.flags.contains(.invalid) && candidate.classes.isSuperset(of: classes)
          && (number < 0 || grammar.numberTests[number].accepts(value: candidate.numberValue, digits: candidate.numberDigits))
          && (test < 0 || grammar.tests[test](meanings[node]))
        {
          advance(.node(node), rule, index, end, candidate.last, start, parts)
        }
        node = Int(candidate.next)
      }
      return
    }
    advance(.atom(position), rule, index, end, position + 1, start, parts)
  }

  /// Runs a rule's `build` on the current match; the match reads the chart through a pointer
  /// that lives only for the call.
  private mutating func build(_ rule: Int, _ first: Int, _ last: Int) -> (Meaning, NodeFlags, Int, Int)? {
    let build = grammar.rules[rule].build
    let parts = UnsafeBufferPointer(start: stack.base, count: depth)
    return withUnsafeMutablePointer(to: &self) { chart in
      var match = RuleMatch(chart: UnsafePointer(chart), parts: parts, first: first, last: last)
      guard let meaning = build(&match) else { return nil }
      return (meaning, match.flags, match.reportFrom, match.reportTo)
    }
  }

  private mutating func complete(_ rule: Int, _ first: Int, _ last: Int) {
    guard last > first else { return }
    // One reading per rule and stretch of text: the first one found.
    var existing = Int(headAt[first])
    while existing >= 0 {
      if nodes[existing].rule == rule && nodes[existing].last == last { return }
      existing = Int(nodes[existing].next)
    }
    guard let (meaning, flags, reportFrom, reportTo) = build(rule, first, last) else { return }
    // The reported text: from the first reported part to the last one.
    var reportFirst = first
    var reportLast = last
    var found = false
    for i in reportFrom..<reportTo {
      switch stack.base[i] {
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
    var node = ChartNode(
      first: first, last: last, reportFirst: reportFirst, reportLast: reportLast, kind: meaning.kind, rule: rule,
      flags: flags)
    switch meaning {
    case .time(let spec): node.classes = SpecClass.of(spec)
    case .number(let number):
      node.numberValue = number.value
      node.numberDigits = number.digits
    default: break
    }
    let index = Int32(nodes.count)
    if headAt[first] < 0 {
      headAt[first] = index
    } else {
      nodes[Int(tailAt[first])].next = index
    }
    tailAt[first] = index
    classesAt[first].formUnion(node.classes)
    nodes.append(node)
    meanings.append(meaning)
  }
}

/// The parts a rule has matched so far, in memory allocated once per chart: pushing and popping
/// them costs no reference counting or capacity checks.
final class MatchStack {
  /// The first slot.
  let base: UnsafeMutablePointer<RuleMatch.Part>

  /// A stack for patterns of at most `capacity` parts.
  init(capacity: Int) {
    base = UnsafeMutablePointer<RuleMatch.Part>.allocate(capacity: capacity)
    base.initialize(repeating: .none, count: capacity)
  }

  deinit { base.deallocate() }
}
