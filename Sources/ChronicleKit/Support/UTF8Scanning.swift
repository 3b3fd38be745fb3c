/// Byte-level helpers for scanning UTF-8 text: the hot paths of Chronicle work on bytes, with an
/// ASCII fast path and Unicode properties for everything else.
enum UTF8Scanning {
  /// Decodes the scalar that starts at `index` and returns it with its length in bytes.
  /// The text is valid UTF-8 (it comes from a `String`).
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
    let b0 = bytes[index]
    if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
    let count = bytes.count
    var value: UInt32
    var length: Int
    if b0 >= 0xF0 {
      value = UInt32(b0 & 0x07)
      length = 4
    } else if b0 >= 0xE0 {
      value = UInt32(b0 & 0x0F)
      length = 3
    } else if b0 >= 0xC0 {
      value = UInt32(b0 & 0x1F)
      length = 2
    } else {
      return ("\u{FFFD}", 1)  // a continuation byte: not at a scalar boundary
    }
    guard index + length <= count else { return ("\u{FFFD}", 1) }
    for k in 1..<length { value = (value << 6) | UInt32(bytes[index + k] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// The start of the scalar that ends just before `index` (`index` must be > 0).
  @inline(__always)
  static func scalarStart(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var i = index - 1
    while i > 0 && bytes[i] & 0xC0 == 0x80 { i -= 1 }
    return i
  }

  /// The scalar that ends just before `index`, with its start.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> (Unicode.Scalar, Int) {
    let start = scalarStart(before: index, in: bytes)
    return (decode(bytes, at: start).0, start)
  }

  /// White space, including no-break spaces, the byte-order mark and zero-width spaces.
  @inline(__always)
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
    switch v {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
      return true
    default:
      return false
    }
  }

  /// A character that ends a line, as ICU's sentence rules see it: LF, CR, NEL, LINE SEPARATOR,
  /// PARAGRAPH SEPARATOR. (CR LF together are one line break.)
  @inline(__always)
  static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
  }

  /// A letter (or a combining mark, which belongs to the letter before it).
  @inline(__always)
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
    return UnicodeProperties.isLetter(scalar)
  }

  /// A combining mark.
  @inline(__always)
  static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    // No mark comes before the combining diacritical marks (U+0300).
    scalar.value >= 0x300 && UnicodeProperties.isMark(scalar)
  }

  /// An ASCII or other decimal digit.
  @inline(__always)
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x80 { return v >= 0x30 && v <= 0x39 }
    return UnicodeProperties.isDigit(scalar)
  }

  /// An upper-case (or title-case) letter.
  @inline(__always)
  static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x80 { return v >= 0x41 && v <= 0x5A }
    return UnicodeProperties.isUpper(scalar)
  }

  /// A lower-case letter.
  @inline(__always)
  static func isLower(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x80 { return v >= 0x61 && v <= 0x7A }
    return UnicodeProperties.isLower(scalar)
  }

  /// A closing quotation mark or bracket that stays with the sentence before it.
  @inline(__always)
  static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A, 0x300D, 0x300F: return true
    case 0..<0x80: return false
    default: return UnicodeProperties.isClosing(scalar)
    }
  }

  /// An opening quotation mark or bracket that belongs to the sentence after it.
  @inline(__always)
  static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0xAB, 0x2018, 0x201C, 0x2039: return true
    case 0..<0x80: return false
    default: return UnicodeProperties.isOpening(scalar)
    }
  }

  /// A list bullet: •, ◦, ‣, ⁃, ▪, ●, ■, ►, ✓ and their kin.
  @inline(__always)
  static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2022, 0x2023, 0x2043, 0x25AA, 0x25AB, 0x25CF, 0x25CB, 0x25E6, 0x25A0, 0x25A1, 0x25BA,
      0x25B6, 0x2713, 0x2714, 0x27A2, 0x2219:
      return true
    default: return false
    }
  }

  /// A character that ends a sentence on its own: ! ? and their full-width and combined forms.
  @inline(__always)
  static func isExclamationOrQuestion(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x21, 0x3F, 0x203C, 0x2047, 0x2048, 0x2049, 0xFF01, 0xFF1F, 0x061F, 0x3002: return true
    default: return false
    }
  }

  /// Lower-cases ASCII letters of a byte, leaving everything else alone.
  @inline(__always)
  static func asciiLower(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
  }

  /// Whether the text in `range` ends with `suffix` (ASCII, in lower case), in any case.
  static func hasASCIISuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, _ suffix: StaticString) -> Bool {
    let count = suffix.utf8CodeUnitCount
    guard range.length >= count else { return false }
    let letters = suffix.utf8Start
    for i in 0..<count where asciiLower(bytes[range.end - count + i]) != letters[i] { return false }
    return true
  }
}

/// The Unicode property lookups behind ``UTF8Scanning``'s tests, for characters beyond ASCII.
///
/// They are kept out of line on purpose. The property types of the standard library are
/// resilient: a function that reads one directly sets up their metadata and stack room each time
/// it is called, whether or not the text has a character that needs it. Inlined into the
/// tokenizer or the key hashing, that cost was paid for every word.
enum UnicodeProperties {
  @inline(never)
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || isMark(scalar)
  }

  @inline(never)
  static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  @inline(never)
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.numericType == .decimal }

  @inline(never)
  static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
  }

  @inline(never)
  static func isLower(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isLowercase }

  @inline(never)
  static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
    let category = scalar.properties.generalCategory
    return category == .closePunctuation || category == .finalPunctuation
  }

  @inline(never)
  static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
    let category = scalar.properties.generalCategory
    return category == .openPunctuation || category == .initialPunctuation
  }

  /// Whether a character is punctuation (as opposed to a symbol).
  @inline(never)
  static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation:
      return true
    default:
      return false
    }
  }
}
