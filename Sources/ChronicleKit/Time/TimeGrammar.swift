/// The time rules compiled against a lexicon: literal words turned into word ids, and rules
/// indexed by what their first part accepts, so that each position of a window tries only the
/// rules that can start there.
struct TimeGrammar: Sendable {
  /// A pattern part with its literal words resolved to lexicon ids.
  struct Part: Sendable {
    enum Test: Sendable {
      case words([Int])
      case category(WordCategory)
      case punct([UInt8])
      case node(NodeKind, @Sendable (Meaning) -> Bool)
      case digitAtom
      case wordOrPunct([Int], [UInt8])
    }
    var test: Test
    var tight: Bool
    var optional: Bool
  }

  /// The words, including every literal the rules use and every holiday name's words.
  let lexicon: TimeLexicon
  /// The rules, in priority order of declaration.
  let rules: [TimeRule]
  /// The compiled pattern of each rule.
  let patterns: [[Part]]
  /// Whether a rule's parts are all words and punctuation (it can only match in the first pass).
  let atomOnly: [Bool]
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
    var patterns: [[Part]] = []
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
        let test: Part.Test
        switch part.test {
        case .words(let words): test = .words(words.map { lexicon.id(for: $0) })
        case .category(let category): test = .category(category)
        case .punct(let bytes): test = .punct(bytes)
        case .node(let kind, let check):
          test = .node(kind, check)
          onlyAtoms = false
        case .digitAtom: test = .digitAtom
        case .wordOrPunct(let words, let bytes): test = .wordOrPunct(words.map { lexicon.id(for: $0) }, bytes)
        }
        pattern.append(Part(test: test, tight: part.tight, optional: part.optional))
      }
      // Index the rule by every part it can start with: the first, and the ones after
      // leading optional parts.
      for part in pattern {
        switch part.test {
        case .words(let ids): for id in Set(ids) { byWord[id, default: []].append(ruleIndex) }
        case .category(let category): byCategory[category, default: []].append(ruleIndex)
        case .punct(let bytes): for byte in Set(bytes) { byPunct[Int(byte)].append(ruleIndex) }
        case .node(let kind, _): byNode[kind.rawValue].append(ruleIndex)
        case .digitAtom: byDigits.append(ruleIndex)
        case .wordOrPunct(let ids, let bytes):
          for id in Set(ids) { byWord[id, default: []].append(ruleIndex) }
          for byte in Set(bytes) { byPunct[Int(byte)].append(ruleIndex) }
        }
        if !part.optional { break }
      }
      patterns.append(pattern)
      atomOnly.append(onlyAtoms)
    }
    self.lexicon = lexicon
    self.rules = allRules
    self.patterns = patterns
    self.atomOnly = atomOnly
    self.byWord = byWord
    self.byCategory = byCategory.map { ($0.key, $0.value.sorted()) }.sorted { $0.0.rawValue < $1.0.rawValue }
    self.byPunct = byPunct
    self.byNode = byNode
    self.byDigits = byDigits
    self.holidays = holidays
  }
}
