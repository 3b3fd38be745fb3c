/// Splits text into ``Token``s in one pass over its UTF-8 bytes: ASCII takes a table-driven fast
/// path, other characters are classified by their Unicode properties.
///
/// - Words are runs of letters, combining marks and digits that start with a letter ("Kim",
///   "Q3", "Yŏngbyŏn"); an apostrophe inside a word stays in it ("O'Brien") unless it starts a
///   clitic, which becomes its own token ("Korea" + "’s", "do" + "n't").
/// - Dotted abbreviations are one token with their periods ("U.S.", "a.m.", "J.R.R.").
/// - Numbers are digit runs with internal decimal or thousands separators ("100.00", "1,000");
///   letters after digits start a new token ("5" + "th", "100" + "M").
/// - Hyphens, slashes and colons are tokens of their own ("two" "-" "day", "17" ":" "30");
///   runs of periods or hyphens are one token ("...", "--").
public struct Tokenizer: Annotator {
  public var name: String { "tokens" }
  public var requires: Layers { [] }
  public var provides: Layers { .tokens }

  /// Creates a tokenizer.
  public init() {}

  public func annotate(_ document: inout Document) throws {
    var (tokens, keys) = document.withUTF8 { tokensAndKeys(in: $0) }
    if document.layers.contains(.sentences) {
      Tokenizer.markSentenceStarts(&tokens, sentences: document.sentences)
    }
    document.tokens = tokens
    document.tokenKeys = keys
  }

  /// The tokens of `text`.
  public func tokens(in text: String) -> [Token] {
    var text = text
    return text.withUTF8 { tokens(in: $0) }
  }

  /// Sets ``Token/Flags/sentenceStart`` on the first token of each sentence.
  public static func markSentenceStarts(_ tokens: inout [Token], sentences: [Sentence]) {
    var t = 0
    for sentence in sentences {
      while t < tokens.count && tokens[t].range.start < sentence.range.start { t += 1 }
      if t < tokens.count && tokens[t].range.start < sentence.range.end {
        tokens[t].flags.insert(.sentenceStart)
      }
    }
  }

  /// The tokens of UTF-8 text, in order.
  /// - Complexity: O(n) in the length of the text.
  public func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
    var scanner = Scanner(bytes: bytes, withKeys: false)
    var tokens: [Token] = []
    var unused: [UInt64] = []
    var unusedToo: [UInt64] = []
    Tokenizer.scan(&scanner, bytes.count, &tokens, &unused, &unusedToo)
    return tokens
  }

  /// The tokens of UTF-8 text and their keys (``TokenKeys``), worked out in the same pass: a
  /// token's bytes are hashed as they are scanned, not read again by a second pass.
  func tokensAndKeys(in bytes: UnsafeBufferPointer<UInt8>) -> ([Token], TokenKeys) {
    var scanner = Scanner(bytes: bytes, withKeys: true)
    var tokens: [Token] = []
    var keys = TokenKeys()
    Tokenizer.scan(&scanner, bytes.count, &tokens, &keys.exact, &keys.lower)
    return (tokens, keys)
  }

  /// Runs `scanner` over the text into the lists (the keys' only when it makes keys).
  private static func scan(
    _ scanner: inout Scanner, _ byteCount: Int, _ tokens: inout [Token], _ exact: inout [UInt64],
    _ lower: inout [UInt64]
  ) {
    // News has a token for every four to five bytes (words, clitics and punctuation): room for
    // them at once. From a fifth of the bytes, most documents' lists grew by doubling.
    var capacity = byteCount / 4 + 4
    while true {
      // The scanner writes into the lists' own storage, and stops when they may not have room
      // for the next step's tokens: the lists are then made again twice as large, and the scan
      // goes on where it stopped.
      var count = tokens.count
      let keyCapacity = scanner.withKeys ? capacity : 0
      tokens = regrown(tokens, capacity) { tokenBuffer in
        exact = regrown(exact, keyCapacity) { exactBuffer in
          lower = regrown(lower, keyCapacity) { lowerBuffer in
            scanner.run(into: tokenBuffer, exact: exactBuffer, lower: lowerBuffer, count: &count)
            return scanner.withKeys ? count : 0
          }
          return scanner.withKeys ? count : 0
        }
        return count
      }
      if scanner.isDone { return }
      capacity *= 2
    }
  }

  /// A list with room for `capacity` that starts with the elements of `old`; `fill` is given
  /// its storage, writes more after them and returns how many the list then holds.
  @inline(__always)
  private static func regrown<Element>(
    _ old: [Element], _ capacity: Int, fill: (UnsafeMutableBufferPointer<Element>) -> Int
  ) -> [Element] {
    Array(unsafeUninitializedCapacity: capacity) { buffer, count in
      old.withUnsafeBufferPointer { old in
        guard let from = old.baseAddress, let to = buffer.baseAddress else { return }
        to.initialize(from: from, count: old.count)
      }
      count = fill(buffer)
    }
  }
}

private enum ASCIIClass: UInt8 {
  case space, lineBreak, upper, lower, digit, apostrophe, period, hyphen, punctuation, symbol
}

/// The class of each ASCII byte (bytes from 0x80 are looked at as characters, not here).
private let asciiClasses = ByteTable<ASCIIClass> { byte in
  switch byte {
  case 0x0A, 0x0D: return .lineBreak
  case 0x09, 0x0B, 0x0C, 0x20: return .space
  case 0x41...0x5A: return .upper
  case 0x61...0x7A: return .lower
  case 0x30...0x39: return .digit
  case 0x27: return .apostrophe
  case 0x2E: return .period
  case 0x2D: return .hyphen
  case 0x21, 0x22, 0x28, 0x29, 0x2C, 0x2F, 0x3A, 0x3B, 0x3F, 0x5B, 0x5D, 0x7B, 0x7D, 0x40, 0x23,
    0x25, 0x26, 0x2A, 0x5C, 0x5F:
    return .punctuation
  case 0x00...0x1F, 0x7F: return .space
  default: return .symbol
  }
}

/// For each byte, whether it is an ASCII letter or digit, and which: bits of ``WordShape``'s
/// fast path (0 for every other byte, and for every byte of a multi-byte character).
private let asciiWordBits = ByteTable<UInt8> { byte in
  switch byte {
  case 0x41...0x5A: return WordShape.upperBit
  case 0x61...0x7A: return WordShape.lowerBit
  case 0x30...0x39: return WordShape.digitBit
  default: return 0
  }
}

private struct Scanner {
  let bytes: UnsafeBufferPointer<UInt8>
  /// The ASCII classes, held here so the hot loops do not go through the global's lazy
  /// initialization check on every byte.
  let asciiClasses = ChronicleKit.asciiClasses
  let asciiWordBits = ChronicleKit.asciiWordBits
  let lowerKeyBytes = TokenKey.lowerKeyBytes
  /// Whether each token's keys (``TokenKey/keys(_:_:lowerBytes:)``) are worked out too.
  let withKeys: Bool
  /// Where the tokens and their keys go (see ``run(into:exact:lower:count:)``): adding one is
  /// a store, without the uniqueness and capacity checks of an array's append.
  private var tokens: UnsafeMutablePointer<Token>? = nil
  private var exactKeys: UnsafeMutablePointer<UInt64>? = nil
  private var lowerKeys: UnsafeMutablePointer<UInt64>? = nil
  private var tokenCount = 0
  private var capacity = 0
  var index = 0
  var spaceBefore = true
  var newlineBefore = true

  /// The most tokens that one step of ``run(into:exact:lower:count:)`` adds: a word and its
  /// clitic.
  private static let tokensPerStep = 2

  init(bytes: UnsafeBufferPointer<UInt8>, withKeys: Bool) {
    self.bytes = bytes
    self.withKeys = withKeys
  }

  /// Whether the whole text is scanned.
  var isDone: Bool { index >= bytes.count }

  /// Scans on from where the last call stopped, adding tokens to `buffer` (and, when making
  /// keys, their keys to `exact` and `lower`, as long) after their first `count`, until the
  /// text ends or the buffers may not have room for the next step's tokens.
  mutating func run(
    into buffer: UnsafeMutableBufferPointer<Token>, exact: UnsafeMutableBufferPointer<UInt64>,
    lower: UnsafeMutableBufferPointer<UInt64>, count: inout Int
  ) {
    guard let base = buffer.baseAddress else { return }
    precondition(!withKeys || (exact.count >= buffer.count && lower.count >= buffer.count), "key buffers too short")
    tokens = base
    exactKeys = withKeys ? exact.baseAddress : nil
    lowerKeys = withKeys ? lower.baseAddress : nil
    tokenCount = count
    capacity = buffer.count
    defer {
      count = tokenCount
      tokens = nil
      exactKeys = nil
      lowerKeys = nil
    }
    let limit = buffer.count - Scanner.tokensPerStep
    run(until: limit)
  }

  /// Adds a token, and its keys when they are made (worked out here from its bytes).
  @inline(__always)
  private mutating func append(_ token: Token) {
    if withKeys {
      let (exact, lower) = TokenKey.keys(bytes, token.range, lowerBytes: lowerKeyBytes)
      append(token, exact: exact, lower: lower)
    } else {
      append(token, exact: 0, lower: 0)
    }
  }

  /// Adds a token whose keys were worked out as it was scanned (ignored when keys are not made).
  @inline(__always)
  private mutating func append(_ token: Token, exact: UInt64, lower: UInt64) {
    // Never taken (each step stops with room for its tokens); a check, not a write past the end.
    precondition(tokenCount < capacity, "token buffer full")
    tokens.unsafelyUnwrapped[tokenCount] = token
    if withKeys {
      exactKeys.unsafelyUnwrapped[tokenCount] = exact
      lowerKeys.unsafelyUnwrapped[tokenCount] = lower
    }
    tokenCount += 1
  }

  private mutating func run(until limit: Int) {
    let count = bytes.count
    while index < count && tokenCount <= limit {
      let byte = bytes[index]
      if byte < 0x80 {
        switch asciiClasses[byte] {
        case .space:
          spaceBefore = true
          index += 1
        case .lineBreak:
          spaceBefore = true
          newlineBefore = true
          index += 1
        case .upper, .lower:
          if !asciiWord() { word() }
        case .digit:
          number()
        case .period, .hyphen:
          var end = index + 1
          while end < count && bytes[end] == byte { end += 1 }
          emit(index, end, .punctuation, [])
        case .apostrophe, .punctuation:
          emit(index, index + 1, .punctuation, [])
        case .symbol:
          emit(index, index + 1, .symbol, [])
        }
        continue
      }
      let (scalar, length) = UTF8Scanning.decode(bytes, at: index)
      if UTF8Scanning.isSpace(scalar) {
        spaceBefore = true
        if UTF8Scanning.isLineBreak(scalar) { newlineBefore = true }
        index += length
      } else if UTF8Scanning.isLetter(scalar) {
        if UTF8Scanning.isMark(scalar), !spaceBefore, tokenCount > 0,
          let tokens, tokens[tokenCount - 1].range.end == index
        {
          // A combining mark after a non-letter token belongs to it.
          tokens[tokenCount - 1].range.end = index + length
          index += length
        } else {
          word()
        }
      } else if UTF8Scanning.isDigit(scalar) {
        number()
      } else {
        let kind: Token.Kind = UnicodeProperties.isPunctuation(scalar) ? .punctuation : .symbol
        emit(index, index + length, kind, [.nonASCII])
      }
    }
  }

  private mutating func emit(_ start: Int, _ end: Int, _ kind: Token.Kind, _ extra: Token.Flags) {
    append(token(start, end, kind, extra))
    index = end
  }

  /// The token `bytes[start..<end]`, with the spacing flags of what came before it (which it
  /// clears).
  @inline(__always)
  private mutating func token(_ start: Int, _ end: Int, _ kind: Token.Kind, _ extra: Token.Flags) -> Token {
    var flags = extra
    if spaceBefore { flags.insert(.spaceBefore) }
    if newlineBefore { flags.insert(.newlineBefore) }
    spaceBefore = false
    newlineBefore = false
    return Token(range: TextRange(start: start, end: end), kind: kind, flags: flags)
  }

  /// The scalar at `i`, or nil past the end.
  private func scalar(at i: Int) -> (Unicode.Scalar, Int)? {
    guard i < bytes.count else { return nil }
    let byte = bytes[i]
    if byte < 0x80 { return (Unicode.Scalar(byte), 1) }
    return UTF8Scanning.decode(bytes, at: i)
  }

  private func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    s.value < 0x80
      ? (asciiClasses[UInt8(s.value)] == .upper || asciiClasses[UInt8(s.value)] == .lower
        || asciiClasses[UInt8(s.value)] == .digit)
      : (UTF8Scanning.isLetter(s) || UTF8Scanning.isDigit(s))
  }

  /// The end of a letter (with its combining marks) at `i`, if a letter starts there.
  private func letterEnd(at i: Int) -> Int? {
    guard let (s, length) = scalar(at: i), UTF8Scanning.isLetter(s), !UTF8Scanning.isMark(s) else {
      return nil
    }
    var end = i + length
    while let (m, l) = scalar(at: end), m.value >= 0x80, UTF8Scanning.isMark(m) { end += l }
    return end
  }

  /// Most words: ASCII letters and digits up to ASCII that is neither an apostrophe nor the
  /// period of an initial, or up to the end of the text. Read in one short pass and emitted, with
  /// the flags ``word()`` gives them; any other word is left to ``word()`` (`false`).
  @inline(__always)
  private mutating func asciiWord() -> Bool {
    let start = index
    let count = bytes.count
    var end = start + 1
    var bits: UInt8 = 0
    let firstBits = asciiWordBits[bytes[start]]
    // The word's keys as it is read: its bytes, and in lower case (an upper-case letter's bit,
    // moved up five places, is the 0x20 that lowers it) — what `TokenKey.keys` gives a run of
    // ASCII letters and digits.
    var exact = TokenKey.Hasher()
    var lower = TokenKey.Hasher()
    exact.add(bytes[start])
    lower.add(bytes[start] | (firstBits & WordShape.upperBit) << 5)
    if withKeys {
      while end < count {
        let byte = bytes[end]
        let next = asciiWordBits[byte]
        if next == 0 { break }
        bits |= next
        exact.add(byte)
        lower.add(byte | (next & WordShape.upperBit) << 5)
        end += 1
      }
    } else {
      while end < count {
        let next = asciiWordBits[bytes[end]]
        if next == 0 { break }
        bits |= next
        end += 1
      }
    }
    if end < count {
      let byte = bytes[end]
      // A letter beyond ASCII may go on, an apostrophe may start a clitic ("Korea's") or stay
      // inside ("O'Brien"), and a single letter's period may make a dotted abbreviation ("U.S.").
      if byte >= 0x80 || byte == 0x27 || (byte == 0x2E && end == start + 1) { return false }
    }
    var shape = WordShape()
    if firstBits == WordShape.upperBit { shape.upper() } else { shape.lower() }
    shape.add(asciiBits: bits)
    append(token(start, end, .word, shape.flags), exact: exact.value, lower: lower.value)
    index = end
    return true
  }

  private mutating func word() {
    let start = index
    let count = bytes.count
    // A dotted abbreviation: two or more single letters, each followed by a period.
    let firstEnd = bytes[start] < 0x80 ? start + 1 : letterEnd(at: start)
    if let firstEnd, firstEnd < count, bytes[firstEnd] == 0x2E {
      var end = start
      var letters = 0
      while let letter = letterEnd(at: end), letter < count, bytes[letter] == 0x2E {
        end = letter + 1
        letters += 1
      }
      if letters >= 2 {
        emit(start, end, .word, wordFlags(start, end).union(.dotted))
        return
      }
    }

    // The word's flags are worked out as it is scanned (see `wordFlags`, which rescans).
    var shape = WordShape()
    var end = start
    // The common case first: a run of ASCII letters and digits after an ASCII letter.
    let firstBits = asciiWordBits[bytes[start]]
    if firstBits != 0 {
      if firstBits == WordShape.upperBit { shape.upper() } else { shape.lower() }
      var bits: UInt8 = 0
      end += 1
      while end < count {
        let next = asciiWordBits[bytes[end]]
        if next == 0 { break }
        bits |= next
        end += 1
      }
      shape.add(asciiBits: bits)
    }
    while end < count {
      let byte = bytes[end]
      let isApostrophe: Bool
      let length: Int
      if byte < 0x80 {
        switch asciiClasses[byte] {
        case .upper:
          shape.upper()
          end += 1
          continue
        case .lower:
          shape.lower()
          end += 1
          continue
        case .digit:
          shape.digit()
          end += 1
          continue
        case .apostrophe:
          isApostrophe = true
          length = 1
        default:
          isApostrophe = false
          length = 1
        }
      } else {
        let (s, scalarLength) = UTF8Scanning.decode(bytes, at: end)
        if UTF8Scanning.isLetter(s) || UTF8Scanning.isDigit(s) {
          shape.add(nonASCII: s)
          end += scalarLength
          continue
        }
        isApostrophe = s == "’"
        length = scalarLength
      }
      guard isApostrophe, end > start else { break }
      if let clitic = cliticAfter(apostrophe: end, length: length) {
        var wordEnd = end
        var cliticStart = end
        if clitic.isNT, end - start >= 2, bytes[end - 1] | 0x20 == 0x6E {
          wordEnd = end - 1  // "do" + "n't"
          cliticStart = end - 1
        }
        if wordEnd > start { emit(start, wordEnd, .word, wordFlags(start, wordEnd)) }
        emit(cliticStart, clitic.end, .word, wordFlags(cliticStart, clitic.end).union(.clitic))
        return
      }
      guard letterEnd(at: end + length) != nil else { break }
      if length > 1 { shape.add(nonASCII: "’") }
      end += length  // O'Brien
    }
    emit(start, end, .word, shape.flags)
  }

  /// A clitic ('s, 't, 're, 've, 'll, 'd, 'm) after an apostrophe, ending the word.
  private func cliticAfter(apostrophe: Int, length: Int) -> (end: Int, isNT: Bool)? {
    var end = apostrophe + length
    // Up to three letters in lower case, packed into one number (not a list, which each
    // apostrophe allocated, compared with lists made for each case).
    var letters: UInt32 = 0
    var count = 0
    while end < bytes.count, count < 3, bytes[end] < 0x80,
      asciiClasses[bytes[end]] == .upper || asciiClasses[bytes[end]] == .lower
    {
      letters = letters << 8 | UInt32(bytes[end] | 0x20)
      count += 1
      end += 1
    }
    if let (next, _) = scalar(at: end), isWordScalar(next) { return nil }
    switch (count, letters) {
    // 's 'd 'm 're 've 'll
    case (1, 0x73), (1, 0x64), (1, 0x6D), (2, 0x7265), (2, 0x7665), (2, 0x6C6C): return (end, false)
    // n't
    case (1, 0x74): return (end, true)
    default: return nil
    }
  }

  private mutating func number() {
    let start = index
    var end = start
    while end < bytes.count {
      guard let (s, length) = scalar(at: end) else { break }
      if UTF8Scanning.isDigit(s) {
        end += length
      } else if (s == "." || s == ","), end + 1 < bytes.count, bytes[end + 1] >= 0x30 && bytes[end + 1] <= 0x39 {
        end += 1
      } else {
        break
      }
    }
    var flags: Token.Flags = .hasDigit
    if bytes[start] >= 0x80 { flags.insert(.nonASCII) }
    emit(start, end, .number, flags)
  }

  /// The flags of the word `bytes[start..<end]`.
  private func wordFlags(_ start: Int, _ end: Int) -> Token.Flags {
    var shape = WordShape()
    var i = start
    while i < end {
      let byte = bytes[i]
      if byte < 0x80 {
        switch asciiClasses[byte] {
        case .upper: shape.upper()
        case .lower: shape.lower()
        case .digit: shape.digit()
        default: break
        }
        i += 1
      } else {
        let (s, length) = UTF8Scanning.decode(bytes, at: i)
        shape.add(nonASCII: s)
        i += length
      }
    }
    return shape.flags
  }
}

/// A word's case and digit flags, worked out one character at a time.
private struct WordShape {
  private var seen: Token.Flags = []
  private var sawLetter = false
  private var allUpper = true

  @inline(__always)
  mutating func upper() {
    if !sawLetter { seen.insert(.capitalized) }
    sawLetter = true
  }

  @inline(__always)
  mutating func lower() {
    if !sawLetter { seen.insert(.lowercase) }
    sawLetter = true
    allUpper = false
  }

  @inline(__always)
  mutating func digit() { seen.insert(.hasDigit) }

  static let upperBit: UInt8 = 1
  static let lowerBit: UInt8 = 2
  static let digitBit: UInt8 = 4

  /// Adds ASCII characters after the first letter, given as the union of their bits
  /// (``upperBit``…): for them only whether any is lower case or a digit matters.
  @inline(__always)
  mutating func add(asciiBits bits: UInt8) {
    if bits & WordShape.lowerBit != 0 { lower() }
    if bits & WordShape.digitBit != 0 { digit() }
  }

  mutating func add(nonASCII scalar: Unicode.Scalar) {
    seen.insert(.nonASCII)
    if UTF8Scanning.isUpper(scalar) {
      upper()
    } else if UTF8Scanning.isLower(scalar) {
      lower()
    } else if UTF8Scanning.isDigit(scalar) {
      digit()
    }
  }

  /// The flags, with ``Token/Flags/allCaps`` when every letter is upper case and there is one.
  var flags: Token.Flags { sawLetter && allUpper ? seen.union(.allCaps) : seen }
}
