/// Finds the stretches of a document worth parsing for times, and turns their tokens into
/// atoms. Most tokens are rejected here with one lexicon probe: only windows around a trigger
/// word (a month, weekday, unit, "yesterday" …) or a date-shaped number reach the parser.
struct TimeScanner {
  /// How a token takes part in a window.
  enum Role: UInt8 {
    /// Ends any window (an unknown word, a quote, a URL).
    case outside
    /// May sit inside a window ("of", "the", ",", "-").
    case inside
    /// Starts a window (a trigger word, a number).
    case seed
  }

  /// A stretch of tokens to parse: `first...last`, inclusive.
  struct Window {
    var first: Int
    var last: Int
  }

  let lexicon: TimeLexicon
  /// Holiday names by first word (see ``TimeGrammar/holidayNames``).
  let holidayNames: HolidayNames

  init(grammar: TimeGrammar) {
    lexicon = grammar.lexicon
    holidayNames = grammar.holidayNames
  }

  /// Holiday names by their first word's id, kept flat, since a common word such as "the"
  /// starts one ("the ides of March") and is looked up in every document: the names of the word
  /// with id `w` are `list[starts[w]..<starts[w + 1]]`, each its length and then the rest of its
  /// elements (word ids, or punctuation bytes negated).
  struct HolidayNames: Sendable {
    fileprivate var starts: [Int32] = [0]
    fileprivate var list: [Int32] = []

    /// From the rest of each name (word ids, or punctuation bytes negated) by first word id;
    /// a word's names keep their order.
    init(_ names: [Int: [[Int]]]) {
      guard let last = names.keys.max(), last >= 0 else { return }
      for first in 0...last {
        for name in names[first] ?? [] {
          list.append(Int32(name.count))
          list.append(contentsOf: name.map { Int32($0) })
        }
        starts.append(Int32(list.count))
      }
    }
  }

  /// The length in tokens of the holiday name that starts at token `index`, whose word has id
  /// `first`, if a whole one does.
  private func holidayName(
    _ words: UnsafeBufferPointer<Int32>, _ tokens: UnsafeBufferPointer<Token>, _ index: Int, first: Int, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Int? {
    guard first >= 0, first + 1 < holidayNames.starts.count else { return nil }
    var next = Int(holidayNames.starts[first])
    let end = Int(holidayNames.starts[first + 1])
    names: while next < end {
      let length = Int(holidayNames.list[next])
      let elements = (next + 1)..<(next + 1 + length)
      next += 1 + length
      var k = index + 1
      for position in elements {
        let element = Int(holidayNames.list[position])
        guard k < tokens.count else { continue names }
        let token = tokens[k]
        if element >= 0 {
          guard token.kind == .word, Int(words[k]) == element else { continue names }
        } else {
          guard token.kind == .punctuation, token.range.length == 1, Int(bytes[token.range.start]) == -element else {
            continue names
          }
        }
        k += 1
      }
      return length + 1
    }
    return nil
  }

  /// The longest run of digits read as a number; longer runs (IDs, "a million digits") are not.
  private static let maximumNumberDigits = 9

  /// The windows of a document, in order. `lowerKeys`, when given, are the tokens' lower-case
  /// keys (``TokenKeys/lower``), which spare most words a lookup by their bytes.
  /// - Complexity: O(n) in the number of tokens.
  func windows(tokens: [Token], lowerKeys: [UInt64]? = nil, bytes: UnsafeBufferPointer<UInt8>, words: inout [Int32])
    -> [Window]
  {
    var marks: [UInt8] = []
    var windows: [Window] = []
    self.windows(tokens: tokens, lowerKeys: lowerKeys, bytes: bytes, words: &words, marks: &marks, into: &windows)
    return windows
  }

  /// The windows of a document, in order, into `windows`; `marks` is room for each token's
  /// role. The three lists are emptied first and keep their room.
  func windows(
    tokens: [Token], lowerKeys: [UInt64]? = nil, bytes: UnsafeBufferPointer<UInt8>, words: inout [Int32],
    marks: inout [UInt8], into windows: inout [Window]
  ) {
    let keys = lowerKeys?.count == tokens.count ? lowerKeys! : []
    tokens.withUnsafeBufferPointer { tokens in
      keys.withUnsafeBufferPointer {
        self.windows(tokens: tokens, lowerKeys: $0, bytes: bytes, words: &words, marks: &marks, into: &windows)
      }
    }
  }

  /// Bits of a token's mark: its role, and whether it is a strong or weak reason for a window.
  private static let roleMask: UInt8 = 0b11
  private static let strongBit: UInt8 = 1 << 2
  private static let weakBit: UInt8 = 1 << 3

  private func windows(
    tokens: UnsafeBufferPointer<Token>, lowerKeys: UnsafeBufferPointer<UInt64>, bytes: UnsafeBufferPointer<UInt8>,
    words: inout [Int32], marks: inout [UInt8], into windows: inout [Window]
  ) {
    let count = tokens.count
    words.removeAllKeepingCapacity()
    words.append(contentsOf: repeatElement(-1, count: count))
    marks.removeAllKeepingCapacity()
    marks.append(contentsOf: repeatElement(Role.outside.rawValue, count: count))
    windows.removeAllKeepingCapacity()
    words.withUnsafeMutableBufferPointer { words in
      marks.withUnsafeMutableBufferPointer { marks in
        mark(tokens: tokens, lowerKeys: lowerKeys, bytes: bytes, words: words, marks: marks)
        self.windows(tokens: tokens, marks: UnsafeBufferPointer(marks), into: &windows)
      }
    }
  }

  /// Looks up each token's word and marks its role (and for seeds whether they are strong or
  /// weak reasons for a window).
  private func mark(
    tokens: UnsafeBufferPointer<Token>, lowerKeys: UnsafeBufferPointer<UInt64>, bytes: UnsafeBufferPointer<UInt8>,
    words: UnsafeMutableBufferPointer<Int32>, marks: UnsafeMutableBufferPointer<UInt8>
  ) {
    let count = tokens.count
    let hasKeys = lowerKeys.count == count
    let seed = Role.seed.rawValue
    var holidayStarts: [Int] = []
    var index = 0
    while index < count {
      let token = tokens[index]
      var mark = Role.outside.rawValue
      switch token.kind {
      case .word:
        if index + 1 < count, !tokens[index + 1].flags.contains(.spaceBefore), isAddressStart(tokens, index, bytes) {
          // A URL or e-mail address: skip it and everything touching it.
          index += 1
          while index < count, !tokens[index].flags.contains(.spaceBefore) { index += 1 }
          continue
        }
        let range = token.range
        var end = range.end
        if token.flags.contains(.hasDigit) {
          // Letters followed by digits: look up the letters ("Q" of "Q3").
          end = range.start
          while end < range.end, bytes[end] >= 0x41, !(bytes[end] >= 0x30 && bytes[end] <= 0x39) { end += 1 }
        }
        // A word token is ASCII without a period unless flagged (periods only in "U.S."-like
        // tokens): its key finds it.
        let word =
          hasKeys && token.flags.isDisjoint(with: [.hasDigit, .nonASCII, .dotted])
          ? lexicon.lookup(key: lowerKeys[index]) : lexicon.lookup(bytes, range.start, end)
        guard word >= 0 else { break }
        words[index] = Int32(word)
        if index > 0, tokens[index - 1].kind == .number, !token.flags.contains(.spaceBefore) {
          // "5pm", "15h00", "14april", "18q4": a known word touching the digits.
          marks[index - 1] |= TimeScanner.strongBit
        }
        let categories = lexicon.categories(word)
        if categories.contains(.holidayStart) {
          // Room for a document's at the first: common words start holiday names ("the ides of
          // March", "new year's day"), and growing the list one doubling at a time cost more
          // than the names' checks.
          if holidayStarts.capacity == 0 { holidayStarts.reserveCapacity(count / 8 + 8) }
          holidayStarts.append(index)
        }
        if !categories.isDisjoint(with: .triggers) {
          // "may", "march": part of a window, never its reason alone.
          mark = seed | (isWeakTrigger(token, categories) ? TimeScanner.weakBit : TimeScanner.strongBit)
        } else if categories.contains(.ordinal) {
          mark = seed | TimeScanner.weakBit  // "second", "first"
        } else if !categories.isDisjoint(with: [.zone, .number, .ordinalSuffix, .multiplier]) {
          mark = seed  // extends a window ("9 am (BST)", "two and a half") without starting one
        } else if token.flags.contains(.hasDigit) {
          mark = seed | TimeScanner.strongBit  // "Q3", "FY2019", "H1": known letters with digits
        } else if !categories.isDisjoint(with: .inside) {
          mark = Role.inside.rawValue
        }
      case .number:
        if token.range.length <= 16 {
          mark = seed | (isDateShaped(tokens, index, bytes) ? TimeScanner.strongBit : 0)
        }
      case .punctuation, .symbol:
        if isInsidePunctuation(bytes, token.range) { mark = Role.inside.rawValue }
      }
      marks[index] = mark
      index += 1
    }

    // Holiday names start a window only when the whole name follows ("the ides of March").
    for index in holidayStarts {
      if let length = holidayName(UnsafeBufferPointer(words), tokens, index, first: Int(words[index]), bytes) {
        for k in index..<min(index + length, count) { marks[k] = (marks[k] & ~TimeScanner.roleMask) | seed }
        marks[index] |= TimeScanner.strongBit
      }
    }
  }

  /// The windows around seeds: a seed with the inside tokens before it, and the seeds and inside
  /// tokens after it up to four tokens past the last seed, kept when they hold a strong seed, a
  /// weak one with a number, or two weak ones.
  private func windows(tokens: UnsafeBufferPointer<Token>, marks: UnsafeBufferPointer<UInt8>, into windows: inout [Window]) {
    let count = tokens.count
    let seed = Role.seed.rawValue
    let inside = Role.inside.rawValue
    let outside = Role.outside.rawValue
    var index = 0
    while index < count {
      guard marks[index] & TimeScanner.roleMask == seed else {
        index += 1
        continue
      }
      var first = index
      var steps = 0
      while first > 0, steps < 4, !tokens[first].flags.contains(.sentenceStart),
        marks[first - 1] & TimeScanner.roleMask == inside
      {
        first -= 1
        steps += 1
      }
      if let previous = windows.last, first <= previous.last { first = previous.last + 1 }
      var last = index
      var lastSeed = index
      var isStrong = marks[index] & TimeScanner.strongBit != 0
      var weakCount = marks[index] & TimeScanner.weakBit != 0 ? 1 : 0
      var hasNumber = tokens[index].kind == .number
      var next = index + 1
      while next < count, marks[next] & TimeScanner.roleMask != outside, !tokens[next].flags.contains(.sentenceStart),
        next - lastSeed <= 4
      {
        let mark = marks[next]
        if mark & TimeScanner.roleMask == seed {
          lastSeed = next
          if mark & TimeScanner.strongBit != 0 { isStrong = true }
          if mark & TimeScanner.weakBit != 0 { weakCount += 1 }
          if tokens[next].kind == .number { hasNumber = true }
        }
        last = next
        next += 1
      }
      last = min(last, lastSeed + 2)
      if isStrong || (weakCount > 0 && hasNumber) || weakCount > 1 {
        windows.append(Window(first: first, last: last))
      }
      index = last + 1
    }
  }

  /// Trigger words that are more often something else: lower-case "may", "march", "sun",
  /// "sat", "wed" and the ordinal "second".
  private func isWeakTrigger(_ token: Token, _ categories: WordCategory) -> Bool {
    if categories.contains(.ambiguous) && !token.flags.contains(.capitalized) { return true }
    if categories.contains(.ordinal) && categories.contains(.unit) && !categories.contains(.plural) { return true }
    return false
  }

  /// Whether a number token looks like part of a date or time: a four-digit year; digits with
  /// inner periods shaped like a date or a clock ("10.31.1974", "28.02", "10.30"); or digits
  /// joined to more digits by "/", "-" or ":" in a way a date, a year span or a clock can be
  /// ("2/28", "2014-16", "17:30", not "38-0" or "2,500"). A number touching a known word
  /// ("5pm", "14april") is marked when that word is read.
  private func isDateShaped(_ tokens: UnsafeBufferPointer<Token>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let token = tokens[index]
    let start = token.range.start
    let end = token.range.end
    let length = end - start
    if length == 4 {
      let first = bytes[start]
      if first == 0x31 || first == 0x32 { return true }
    }
    // Inner separators: groups of digits between periods; any comma makes it an amount.
    var groups = 1
    var groupLength = 0
    var firstGroup = 0
    var k = start
    while k < end {
      let byte = bytes[k]
      if byte == 0x2C { return false }
      if byte == 0x2E {
        if groups == 1 { firstGroup = groupLength }
        groups += 1
        groupLength = 0
      } else {
        groupLength += 1
      }
      k += 1
    }
    if groups == 3 { return true }
    if groups == 2 { return firstGroup <= 2 && groupLength == 2 }
    if groups > 3 { return false }
    guard index + 2 < tokens.count else { return false }
    let separator = tokens[index + 1]
    let next = tokens[index + 2]
    guard !separator.flags.contains(.spaceBefore), separator.kind == .punctuation, separator.range.length == 1,
      next.kind == .number, !next.flags.contains(.spaceBefore)
    else { return false }
    let a = TimeScanner.value(bytes, start, end)
    let b = TimeScanner.value(bytes, next.range.start, next.range.end)
    let bDigits = next.range.length
    switch bytes[separator.range.start] {
    case 0x3A:  // "17:30"
      return length <= 2 && a <= 24 && bDigits == 2 && b <= 59
    case 0x2F, 0x2D:  // "2/28", "12-30-16", "2014-16", "2014-2016"
      let aFits = (length <= 2 && a <= 31) || (length == 4 && a >= 1000 && a <= 2999)
      let bFits = (bDigits <= 2 && b <= 31) || bDigits == 2 || (bDigits == 4 && b >= 1000 && b <= 2999)
      return aFits && bFits
    default:
      return false
    }
  }

  /// The value of a run of ASCII digits (at most nine; longer runs read as 0).
  private static func value(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
    guard end - start <= 9 else { return 0 }
    var value = 0
    var k = start
    while k < end {
      let digit = Int(bytes[k]) - 0x30
      guard digit >= 0 && digit <= 9 else { return 0 }
      value = value * 10 + digit
      k += 1
    }
    return value
  }

  /// Punctuation that may sit inside a time expression.
  private func isInsidePunctuation(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Bool {
    let first = bytes[range.start]
    if first < 0x80 {
      switch first {
      case 0x2C, 0x2D, 0x2F, 0x3A, 0x2E, 0x28, 0x29, 0x27, 0x40, 0x2B: return range.length == 1 || first == 0x2D
      default: return false
      }
    }
    // En dash, em dash, figure dash, minus sign, right single quote.
    guard range.length == 3, first == 0xE2 else { return false }
    let second = bytes[range.start + 1]
    let third = bytes[range.start + 2]
    if second == 0x80 && (third == 0x92 || third == 0x93 || third == 0x94 || third == 0x99 || third == 0x98) { return true }
    if second == 0x88 && third == 0x92 { return true }
    return false
  }

  /// Whether the token starts a URL ("http://", "www.") or an e-mail address.
  private func isAddressStart(_ tokens: UnsafeBufferPointer<Token>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let token = tokens[index]
    guard index + 1 < tokens.count else { return false }
    let next = tokens[index + 1]
    guard !next.flags.contains(.spaceBefore), next.range.length == 1 else { return false }
    let separator = bytes[next.range.start]
    let length = token.range.length
    if separator == 0x3A && (length == 4 || length == 5 || length == 3) {
      // http, https, ftp followed by "://"
      var folded: UInt64 = 0
      for k in token.range.start..<token.range.end { folded = folded << 8 | UInt64(bytes[k] | 0x20) }
      return folded == 0x68_74_74_70 || folded == 0x68_74_74_70_73 || folded == 0x66_74_70
    }
    if separator == 0x2E && length == 3 {
      return (bytes[token.range.start] | 0x20) == 0x77 && (bytes[token.range.start + 1] | 0x20) == 0x77
        && (bytes[token.range.start + 2] | 0x20) == 0x77
    }
    if separator == 0x40 { return true }  // name@host
    return false
  }

  /// The atoms of tokens `first...last`, plus the atoms just outside as context.
  func atoms(
    tokens: [Token], words: [Int32], window: Window, bytes: UnsafeBufferPointer<UInt8>, into atoms: inout [Atom]
  ) -> (before: Atom?, after: Atom?) {
    atoms.removeAllKeepingCapacity()
    var before: Atom?
    var after: Atom?
    if window.first > 0 {
      let index = window.first - 1
      append(tokens[index], index: index, word: Int(words[index]), bytes: bytes, to: &atoms)
      before = atoms.last
      atoms.removeAllKeepingCapacity()
    }
    for index in window.first...window.last {
      append(tokens[index], index: index, word: Int(words[index]), bytes: bytes, to: &atoms)
    }
    if window.last + 1 < tokens.count {
      let index = window.last + 1
      let count = atoms.count
      append(tokens[index], index: index, word: Int(words[index]), bytes: bytes, to: &atoms)
      after = atoms[count]
      atoms.removeSubrange(count...)
    }
    return (before, after)
  }

  /// Appends the atoms of token number `index`.
  func append(_ token: Token, index: Int, word: Int, bytes: UnsafeBufferPointer<UInt8>, to atoms: inout [Atom]) {
    var flags: Atom.Flags = []
    if !token.flags.contains(.spaceBefore) { flags.insert(.tight) }
    if token.flags.contains(.capitalized) { flags.insert(.capitalized) }
    if token.flags.contains(.allCaps) { flags.insert(.allCaps) }
    if token.flags.contains(.lowercase) { flags.insert(.lowercase) }
    if token.flags.contains(.newlineBefore) { flags.insert(.newlineBefore) }
    if token.flags.contains(.sentenceStart) { flags.insert(.sentenceStart) }
    if token.flags.contains(.clitic) { flags.insert(.clitic) }
    let range = token.range
    // Most atoms are whole words: made with their token at once.
    if token.kind == .word && !token.flags.contains(.hasDigit) {
      atoms.append(Atom(start: range.start, end: range.end, kind: .word, word: word, flags: flags, token: index))
      return
    }
    let before = atoms.count
    defer { for k in before..<atoms.count { atoms[k].token = index } }
    switch token.kind {
    case .word:
      // Split letters from digits: "Q3" → "Q" "3", "FY2019" → "FY" "2019", "Feb13" → "Feb" "13".
      var start = range.start
      var first = true
      while start < range.end {
        let isDigit = bytes[start] >= 0x30 && bytes[start] <= 0x39
        var end = start + 1
        while end < range.end, (bytes[end] >= 0x30 && bytes[end] <= 0x39) == isDigit { end += 1 }
        var pieceFlags = first ? flags : flags.subtracting([.sentenceStart, .newlineBefore]).union(.tight)
        if isDigit {
          pieceFlags.remove(.capitalized)
          pieceFlags.remove(.allCaps)
          pieceFlags.remove(.lowercase)
          atoms.append(digitAtom(start, end, bytes, pieceFlags))
        } else {
          let id = first ? word : lexicon.lookup(bytes, start, end)
          atoms.append(Atom(start: start, end: end, kind: .word, word: id, flags: pieceFlags))
        }
        first = false
        start = end
      }
    case .number:
      // Split at internal separators: "10.31.1974" → "10" "." "31" "." "1974".
      var start = range.start
      var first = true
      while start < range.end {
        var end = start
        while end < range.end, bytes[end] >= 0x30 && bytes[end] <= 0x39 { end += 1 }
        if end == start {
          // A non-ASCII digit run or a separator.
          if bytes[start] == 0x2E || bytes[start] == 0x2C {
            atoms.append(Atom(start: start, end: start + 1, kind: .punctuation, punct: bytes[start], flags: [.tight]))
            start += 1
            continue
          }
          atoms.append(Atom(start: start, end: range.end, kind: .number, flags: first ? flags : [.tight]))
          return
        }
        atoms.append(digitAtom(start, end, bytes, first ? flags : [.tight]))
        first = false
        start = end
      }
    case .punctuation, .symbol:
      var punct: UInt8 = 0
      let byte = bytes[range.start]
      if byte < 0x80 {
        punct = range.length == 1 || byte == 0x2D ? byte : 0
        if byte == 0x2D && range.length > 1 { flags.insert(.longDash) }
      } else if range.length == 3, byte == 0xE2 {
        let second = bytes[range.start + 1]
        let third = bytes[range.start + 2]
        if (second == 0x80 && (third == 0x92 || third == 0x93 || third == 0x94)) || (second == 0x88 && third == 0x92) {
          punct = 0x2D
          flags.insert(.longDash)
        } else if second == 0x80 && (third == 0x98 || third == 0x99) {
          punct = 0x27
        }
      }
      atoms.append(Atom(start: range.start, end: range.end, kind: token.kind, punct: punct, flags: flags))
    }
  }

  private func digitAtom(_ start: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ flags: Atom.Flags) -> Atom {
    var flags = flags
    let digits = end - start
    var value = -1
    if digits <= TimeScanner.maximumNumberDigits {
      value = 0
      for k in start..<end { value = value * 10 + Int(bytes[k] - 0x30) }
    }
    if digits > 1 && bytes[start] == 0x30 { flags.insert(.leadingZero) }
    return Atom(start: start, end: end, kind: .number, number: value, digits: digits, flags: flags)
  }
}
