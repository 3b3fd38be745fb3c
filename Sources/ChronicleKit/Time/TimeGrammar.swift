/// The time rules compiled against a lexicon: literal words turned into word ids, and rules
/// indexed by what their first part accepts, so that each position of a window tries only the
/// rules that can start there.
///
/// A class: it is read only once built, and shared by every document; as a structure of its
/// many lists, each copy a document made retained and released every list.
final class TimeGrammar: Sendable {
  /// A pattern part with its literal words resolved to lexicon ids, in a plain form that the
  /// chart can copy without reference counting.
  struct Part: Sendable {
    /// What the part accepts.
    enum Kind: UInt8, Sendable {
      case words, category, punct, wordOrPunct, digitAtom, node
    }
    var kind: Kind
    var tight: Bool
    var optional: Bool
    /// For a node part, the kind of node.
    var nodeKind: NodeKind = .number
    /// For a node part, the index of its test in ``TimeGrammar/tests``, or -1 for none.
    var test: Int16 = -1
    /// For a number node or digits part, the index of its bounds in ``TimeGrammar/numberTests``,
    /// or -1.
    var number: Int16 = -1
    /// For a time node part, the classes the node must have.
    var classes: SpecClass = []
    /// For word parts, where the accepted word ids start in ``TimeGrammar/partWords``.
    var wordStart: Int32 = 0
    /// For word parts, how many word ids it accepts.
    var wordCount: Int32 = 0
    /// For a category part, the categories.
    var category: WordCategory = []
    /// For punctuation parts, the accepted ASCII bytes as a 128-bit set.
    var punctLow: UInt64 = 0
    var punctHigh: UInt64 = 0

    /// Whether an ASCII punctuation byte is accepted.
    @inline(__always)
    func accepts(punct byte: UInt8) -> Bool {
      byte < 64 ? punctLow & (1 << UInt64(byte)) != 0 : byte < 128 && punctHigh & (1 << UInt64(byte - 64)) != 0
    }
  }

  /// A rule in a rule list, with what the chart checks before trying it, kept together so
  /// that scanning a list reads memory in order.
  struct Entry: Sendable {
    /// The rule (index into ``TimeGrammar/rules``).
    var rule: Int32
    /// Where the rule's feature masks that need any one of several bits lie in
    /// ``TimeGrammar/requirementMasks``.
    var anyStart: Int32
    var anyEnd: Int32
    /// The classes its first part requires of a time node (empty when the first part is
    /// optional or not a time node).
    var firstClasses: SpecClass
    /// The classes its later required time-node parts need, together: the rule is tried only
    /// when the nodes at and right of the position have them all.
    var laterClasses: SpecClass
    /// Feature bits the window must all have.
    var features: UInt64
    /// Where the rule's parts start and end in ``TimeGrammar/parts``.
    var partStart: Int32
    var partEnd: Int32
  }

  /// The words, including every literal the rules use and every holiday name's words.
  let lexicon: TimeLexicon
  /// The rules, in priority order of declaration.
  let rules: [TimeRule]
  /// Each rule's priority.
  let priorities: [Int]
  /// Every rule's compiled parts, one after another.
  let parts: [Part]
  /// Where each rule's parts start and end in ``parts``.
  let patternStart: [Int]
  let patternEnd: [Int]
  /// The word ids that word parts accept.
  let partWords: [Int]
  /// The tests of node parts.
  let tests: [@Sendable (Meaning) -> Bool]
  /// The bounds of number node parts.
  let numberTests: [NumberTest]
  /// Whether a rule's parts are all words and punctuation (it can only match in the first pass).
  let atomOnly: [Bool]
  /// Rule lists, one after another, that the indexes below point into.
  let ruleLists: [Entry]
  /// For each word id, the range of ``ruleLists`` holding the rules that can start with it
  /// (by the word itself or by one of its categories).
  let wordRules: [Range<Int32>]
  /// For each ASCII punctuation byte, the rules that can start with it.
  let punctRules: [Range<Int32>]
  /// The rules that can start with a run of digits.
  let digitRules: Range<Int32>
  /// For each node kind, the rules that can start with such a node.
  let nodeRules: [Range<Int32>]
  /// The feature masks of which a window must have at least one bit each (see ``Entry``).
  let requirementMasks: [UInt64]
  /// The most parts a rule's pattern has.
  let longestPattern: Int
  /// Rules starting with a literal word, by word id.
  let byWord: [Int: [Int]]
  /// Rules starting with a word category.
  let byCategory: [(WordCategory, [Int])]
  /// Rules starting with punctuation, by byte.
  let byPunct: [[Int]]
  /// Rules starting with a node, by node kind.
  let byNode: [[Int]]
  /// Rules starting with a raw run of digits.
  let byDigits: [Int]
  /// The holidays the holiday rules refer to.
  let holidays: HolidayTable
  /// Holiday names by their first word's id: the rest of each name as word ids (>= 0) or
  /// punctuation bytes (negated).
  let holidayNames: TimeScanner.HolidayNames
  /// For each rule, the features a window must have for the rule to match at all: one mask per
  /// required word, category or punctuation part (any bit of each mask must be present).
  let requirements: [[UInt64]]

  /// The feature bit of a word id (hashed into 40 bits; a collision only costs time).
  static func featureBit(word: Int) -> UInt64 { 1 << UInt64(word % 40) }
  /// The feature bit of a punctuation byte.
  static func featureBit(punct: UInt8) -> UInt64 {
    switch punct {
    case 0x2D: return 1 << 40
    case 0x2F: return 1 << 41
    case 0x3A: return 1 << 42
    case 0x2E: return 1 << 43
    case 0x2C: return 1 << 44
    case 0x27: return 1 << 45
    case 0x28, 0x29: return 1 << 46
    case 0x40: return 1 << 47
    case 0x2B: return 1 << 48
    default: return 1 << 49
    }
  }
  /// The feature bit of a run of digits.
  static let digitsBit: UInt64 = 1 << 50
  /// The feature bit of a word category.
  static func featureBits(categories: WordCategory) -> UInt64 {
    var bits: UInt64 = 0
    let map: [(WordCategory, UInt64)] = [
      (.month, 1 << 51), (.weekday, 1 << 52), (.number, 1 << 53), (.ordinal, 1 << 54), (.ordinalSuffix, 1 << 55),
      (.unit, 1 << 56), (.partOfDay, 1 << 57), (.season, 1 << 58), (.relativeDay, 1 << 59), (.meridiem, 1 << 60),
      (.zone, 1 << 61), (.era, 1 << 62), (.reference, 1 << 63), (.frequency, 1 << 63),
    ]
    for (category, bit) in map where categories.contains(category) { bits |= bit }
    return bits
  }

  /// Compiles rules and holidays.
  init(rules: [TimeRule], holidays: HolidayTable) {
    var lexicon = TimeLexicon()
    var allRules = rules
    allRules.append(contentsOf: holidays.rules())
    // Literal words become known words that may sit inside a candidate window.
    for rule in allRules {
      for (index, part) in rule.parts.enumerated() {
        var literals: [String] = []
        if case .words(let words) = part.test { literals = words }
        if case .wordOrPunct(let words, _) = part.test { literals = words }
        for word in literals {
          let id = lexicon.id(for: word, adding: .glue)
          if index == 0 && rule.name.hasPrefix("holiday.") { lexicon.update(id) { $0.categories.insert(.holidayStart) } }
        }
      }
    }
    var holidayNames: [Int: [[Int]]] = [:]
    for rule in allRules where rule.name.hasPrefix("holiday.") {
      var sequence: [Int] = []
      for part in rule.parts {
        switch part.test {
        case .words(let words): sequence.append(lexicon.id(for: words[0]))
        case .punct(let bytes): sequence.append(-Int(bytes[0]))
        default: break
        }
      }
      guard let first = sequence.first, first >= 0 else { continue }
      holidayNames[first, default: []].append(Array(sequence.dropFirst()))
    }
    self.holidayNames = TimeScanner.HolidayNames(holidayNames)
    var requirements: [[UInt64]] = []
    var parts: [Part] = []
    var patternStart: [Int] = []
    var patternEnd: [Int] = []
    var partWords: [Int] = []
    var tests: [@Sendable (Meaning) -> Bool] = []
    var numberTests: [NumberTest] = []
    var atomOnly: [Bool] = []
    var byWord: [Int: [Int]] = [:]
    var byCategory: [WordCategory: [Int]] = [:]
    var byPunct = [[Int]](repeating: [], count: 256)
    var byNode = [[Int]](repeating: [], count: NodeKind.allCases.count)
    var byDigits: [Int] = []
    for (ruleIndex, rule) in allRules.enumerated() {
      var pattern: [Part] = []
      var onlyAtoms = true
      for part in rule.parts {
        var compiled = Part(kind: .digitAtom, tight: part.tight, optional: part.optional)
        func addWords(_ words: [String]) {
          compiled.wordStart = Int32(partWords.count)
          compiled.wordCount = Int32(words.count)
          partWords.append(contentsOf: words.map { lexicon.id(for: $0) })
        }
        func addPunct(_ bytes: [UInt8]) {
          for byte in bytes where byte < 128 {
            if byte < 64 { compiled.punctLow |= 1 << UInt64(byte) } else { compiled.punctHigh |= 1 << UInt64(byte - 64) }
          }
        }
        switch part.test {
        case .words(let words):
          compiled.kind = .words
          addWords(words)
        case .category(let category):
          compiled.kind = .category
          compiled.category = category
        case .punct(let bytes):
          compiled.kind = .punct
          addPunct(bytes)
        case .node(let kind, let check):
          compiled.kind = .node
          compiled.nodeKind = kind
          compiled.test = Int16(tests.count)
          tests.append(check)
          onlyAtoms = false
        case .anyNode(let kind):
          compiled.kind = .node
          compiled.nodeKind = kind
          onlyAtoms = false
        case .number(let bounds):
          compiled.kind = .node
          compiled.nodeKind = .number
          compiled.number = Int16(numberTests.count)
          numberTests.append(bounds)
          onlyAtoms = false
        case .timeClass(let classes):
          compiled.kind = .node
          compiled.nodeKind = .time
          compiled.classes = classes
          onlyAtoms = false
        case .digitAtom:
          compiled.kind = .digitAtom
        case .boundedDigitAtom(let bounds):
          compiled.kind = .digitAtom
          compiled.number = Int16(numberTests.count)
          numberTests.append(bounds)
        case .wordOrPunct(let words, let bytes):
          compiled.kind = .wordOrPunct
          addWords(words)
          addPunct(bytes)
        }
        pattern.append(compiled)
      }
      // Index the rule by every part it can start with: the first, and the ones after
      // leading optional parts.
      func words(of part: Part) -> [Int] {
        Array(partWords[Int(part.wordStart)..<Int(part.wordStart + part.wordCount)])
      }
      func bytes(of part: Part) -> [UInt8] {
        (0..<128).compactMap { part.accepts(punct: UInt8($0)) ? UInt8($0) : nil }
      }
      for part in pattern {
        switch part.kind {
        case .words: for id in Set(words(of: part)) { byWord[id, default: []].append(ruleIndex) }
        case .category: byCategory[part.category, default: []].append(ruleIndex)
        case .punct: for byte in bytes(of: part) { byPunct[Int(byte)].append(ruleIndex) }
        case .node: byNode[part.nodeKind.rawValue].append(ruleIndex)
        case .digitAtom: byDigits.append(ruleIndex)
        case .wordOrPunct:
          for id in Set(words(of: part)) { byWord[id, default: []].append(ruleIndex) }
          for byte in bytes(of: part) { byPunct[Int(byte)].append(ruleIndex) }
        }
        if !part.optional { break }
      }
      var masks: [UInt64] = []
      for part in pattern where !part.optional {
        let wordBits = words(of: part).reduce(0) { $0 | TimeGrammar.featureBit(word: $1) }
        let punctBits = bytes(of: part).reduce(0) { $0 | TimeGrammar.featureBit(punct: $1) }
        switch part.kind {
        case .words: masks.append(wordBits)
        case .category: masks.append(TimeGrammar.featureBits(categories: part.category))
        case .punct: masks.append(punctBits)
        case .wordOrPunct: masks.append(wordBits | punctBits)
        case .digitAtom: masks.append(TimeGrammar.digitsBit)
        case .node:
          // Some nodes can only come from certain words: a unit or duration needs a unit word,
          // a month-only time a month name.
          switch part.nodeKind {
          case .unit, .duration: masks.append(TimeGrammar.featureBits(categories: .unit))
          case .ordinal: masks.append(TimeGrammar.featureBits(categories: [.ordinal, .ordinalSuffix]))
          case .time:
            if part.classes.contains(.monthOnly) { masks.append(TimeGrammar.featureBits(categories: .month)) }
            if part.classes.contains(.weekdayOnly) { masks.append(TimeGrammar.featureBits(categories: .weekday)) }
            if part.classes.contains(.partOnly) { masks.append(TimeGrammar.featureBits(categories: .partOfDay)) }
            if part.classes.contains(.seasonNoYear) { masks.append(TimeGrammar.featureBits(categories: .season)) }
          default: break
          }
        }
      }
      requirements.append(masks.filter { $0 != 0 })
      patternStart.append(parts.count)
      parts.append(contentsOf: pattern)
      patternEnd.append(parts.count)
      atomOnly.append(onlyAtoms)
    }
    // What the chart checks before trying each rule.
    var entries: [Entry] = []
    var requirementMasks: [UInt64] = []
    for rule in allRules.indices {
      let first = parts[patternStart[rule]]
      var later: SpecClass = []
      for part in parts[(patternStart[rule] + 1)..<patternEnd[rule]] where part.kind == .node && !part.optional {
        later.formUnion(part.classes)
      }
      var all: UInt64 = 0
      let anyStart = Int32(requirementMasks.count)
      for mask in requirements[rule] {
        if mask.nonzeroBitCount == 1 { all |= mask } else { requirementMasks.append(mask) }
      }
      entries.append(
        Entry(
          rule: Int32(rule), anyStart: anyStart, anyEnd: Int32(requirementMasks.count),
          firstClasses: first.kind == .node && !first.optional ? first.classes : [], laterClasses: later, features: all,
          partStart: Int32(patternStart[rule]), partEnd: Int32(patternEnd[rule])))
    }
    self.requirementMasks = requirementMasks
    self.longestPattern = zip(patternStart, patternEnd).map { $1 - $0 }.max() ?? 1
    // Flat indexes: one rule list per word id, punctuation byte, digits and node kind.
    var ruleLists: [Entry] = []
    func list(_ rules: [Int]) -> Range<Int32> {
      let start = Int32(ruleLists.count)
      ruleLists.append(contentsOf: Set(rules).sorted().map { entries[$0] })
      return start..<Int32(ruleLists.count)
    }
    var wordRules: [Range<Int32>] = []
    for id in lexicon.entries.indices {
      let categories = lexicon.categories(id)
      var rules = byWord[id] ?? []
      for (category, categoryRules) in byCategory where !categories.isDisjoint(with: category) {
        rules.append(contentsOf: categoryRules)
      }
      wordRules.append(list(rules))
    }
    self.punctRules = (0..<128).map { list(byPunct[$0]) }
    self.digitRules = list(byDigits)
    self.nodeRules = NodeKind.allCases.map { list(byNode[$0.rawValue]) }
    self.wordRules = wordRules
    self.ruleLists = ruleLists
    self.lexicon = lexicon
    self.rules = allRules
    self.priorities = allRules.map(\.priority)
    self.parts = parts
    self.patternStart = patternStart
    self.patternEnd = patternEnd
    self.partWords = partWords
    self.tests = tests
    self.numberTests = numberTests
    self.atomOnly = atomOnly
    self.byWord = byWord
    self.byCategory = byCategory.map { ($0.key, $0.value.sorted()) }.sorted { $0.0.rawValue < $1.0.rawValue }
    self.byPunct = byPunct
    self.byNode = byNode
    self.byDigits = byDigits
    self.holidays = holidays
    self.requirements = requirements
  }
}
