/// Decides whether a reading that needs context ("May", "2018", "a day", "Sun") is a time
/// where it stands, from the words around it.
enum TimeContext {
  /// Words before a lone month that make it one ("in May", "since March", "last May").
  static let monthContext: Set<String> = [
    "in", "during", "since", "until", "till", "til", "by", "from", "through", "of", "before", "after", "last",
    "next", "this", "early", "late", "mid", "between", "and", "to", "each", "every", "throughout", "around",
    "for", "as", "-", "that", "ending", "beginning", "starting", "mid-", "all", "late-", "early-",
  ]
  /// Words before a weekday abbreviation that is also a word ("on Sat", "last Sun").
  static let weekdayContext: Set<String> = [
    "on", "last", "next", "this", "every", "each", "until", "since", "by", "from", "before", "after", "till",
  ]
  /// Determiners before an attributive year ("the 2018 election", "its 2019 budget").
  static let determiners: Set<String> = [
    "the", "a", "an", "its", "his", "her", "their", "our", "your", "my", "this", "that", "whose", "last", "next",
  ]
  /// Words before a season or "the" + season that make it a time ("in the summer").
  static let seasonContext: Set<String> = [
    "in", "during", "this", "last", "next", "since", "until", "till", "by", "over", "through", "throughout",
    "early", "late", "mid", "of", "before", "after", "for", "that", "every", "each",
  ]

  /// Whether a node may be output where it stands.
  static func accepts(_ node: ChartNode, meaning: Meaning, in chart: Chart) -> Bool {
    let flags = node.flags.intersection(.needsContext)
    if flags.isEmpty { return true }
    let lexicon = chart.lexicon
    let before = chart.atom(before: node.first)
    let after = chart.atom(after: node.last)
    func word(_ atom: Atom?) -> WordEntry? {
      guard let atom, atom.word >= 0 else { return nil }
      return lexicon[atom.word]
    }
    let beforeWord = word(before)
    let afterWord = word(after)
    let first = chart.atoms[node.first]

    if !flags.isDisjoint(with: [.bareYear, .bareYearRange]) {
      if let beforeWord, beforeWord.categories.contains(.yearContext) { return true }
      if let before, before.punct == 0x28, let after, after.punct == 0x29 { return true }  // "(2018)"
      if let afterWord, afterWord.text == "'s" { return true }  // "2018's"
      if let beforeWord, determiners.contains(beforeWord.text), let after, after.kind == .word { return true }
      if first.flags.contains(.sentenceStart) || before?.punct == 0x2C {
        // "2018 was a year of …", "In short, 2019 will be …"
        if let afterWord, afterWord.categories.contains(.yearVerb) { return true }
      }
      return false
    }
    if flags.contains(.ambiguousMonth) {
      guard first.flags.contains(.capitalized) || first.flags.contains(.allCaps) else { return false }
      if let beforeWord, monthContext.contains(beforeWord.text) { return true }
      if let before, before.word < 0, before.punct == 0x2D { return true }  // "mid-May"
      return false
    }
    if flags.contains(.ambiguousWeekday) {
      guard first.flags.contains(.capitalized) else { return false }
      if let beforeWord, weekdayContext.contains(beforeWord.text) { return true }
      return false
    }
    if flags.contains(.ambiguousHoliday) {
      if let beforeWord, beforeWord.categories.contains(.holidayContext) { return true }
      if let afterWord, afterWord.categories.contains(.holidayFollower) { return true }
      return false
    }
    if flags.contains(.articleDuration) || (flags.contains(.commonNoun) && node.kind == .duration) {
      if let beforeWord, TimeRules.durationContext.contains(beforeWord.text) { return true }
      return false
    }
    if flags.contains(.commonNoun) {
      // A season: "in the summer", "this winter" (the latter is its own rule).
      guard case .time(let spec) = meaning, spec.season != nil else { return false }
      if let beforeWord, seasonContext.contains(beforeWord.text) { return true }
      if node.first > 0, let beforeWord, beforeWord.text == "the", let earlier = word(chart.atom(before: node.first - 1)),
        seasonContext.contains(earlier.text)
      {
        return true
      }
      return false
    }
    return false
  }
}
