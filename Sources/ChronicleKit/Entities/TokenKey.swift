import Foundation

/// Hash keys of tokens for gazetteer matching, computed the same way for the text and for the
/// gazetteer's surfaces:
/// - curly apostrophes count as straight ones (North Korea’s = North Korea's), and hyphen-like
///   dashes (‐ ‑ ‒ –) as "-";
/// - the periods of dotted abbreviations are ignored, so "U.N." and "UN" are the same key;
/// - letters with diacritics count as their base letters (Yŏngbyŏn = Yongbyon);
/// - case is kept, except in the folded key used for `fold` entries and all-caps text.
enum TokenKey {
  /// 64-bit FNV-1a over normalized bytes.
  struct Hasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always)
    mutating func add(_ byte: UInt8) {
      value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
  }

  /// How letters' case is treated.
  enum Case {
    /// As written.
    case exact
    /// Every letter lower case.
    case lower
    /// The first letter as written, the rest lower case ("NORTH" → "North").
    case title
  }

  /// The key of the token's text `bytes[range]`.
  @inline(__always)
  static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, case letterCase: Case = .exact) -> UInt64 {
    var hasher = Hasher()
    var index = range.start
    var first = true
    while index < range.end {
      let byte = bytes[index]
      if byte < 0x80 {
        if byte != 0x2E || range.length == 1 || !isDotted(bytes, range) {
          hasher.add(caseMapped(byte, letterCase, first: first))
          first = false
        }
        index += 1
        continue
      }
      let (scalar, length) = UTF8Scanning.decode(bytes, at: index)
      index += length
      switch scalar.value {
      case 0x2018, 0x2019, 0x02BC:
        hasher.add(0x27)  // ’ ‘ ʼ → '
      case 0x2010, 0x2011, 0x2012, 0x2013:
        hasher.add(0x2D)  // dashes → -
      default:
        if let folded = Folding.ascii(scalar) {
          for b in folded.utf8 {
            hasher.add(caseMapped(b, letterCase, first: first))
            first = false
          }
        } else if UTF8Scanning.isMark(scalar) {
          continue  // a combining mark folds away with its letter
        } else {
          var text = String(scalar)
          if letterCase == .lower || (letterCase == .title && !first) { text = text.lowercased() }
          for b in text.utf8 { hasher.add(b) }
          first = false
        }
      }
    }
    return hasher.value
  }

  /// The exact and lower-case keys of a token in one pass; for a token with no capital letter
  /// they are the same. `lowerBytes` is ``lowerKeyBytes``, held by the caller so that its loop
  /// does not go through the global's lazy initialization check for each token.
  @inline(__always)
  static func keys(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange, lowerBytes: ByteTable<UInt8>
  ) -> (exact: UInt64, lower: UInt64) {
    var exact = Hasher()
    var lower = Hasher()
    if range.length == 1 && bytes[range.start] < 0x80 {
      // One ASCII byte: its hash, lower-cased for the lower key (a lone period is no dotted
      // abbreviation, so it needs none of the general path's folding).
      exact.add(bytes[range.start])
      lower.add(UTF8Scanning.asciiLower(bytes[range.start]))
      return (exact.value, lower.value)
    }
    for i in range.start..<range.end {
      let byte = bytes[i]
      let lowerByte = lowerBytes[byte]
      if lowerByte == 0 {
        return (key(bytes, range, case: .exact), key(bytes, range, case: .lower))
      }
      exact.add(byte)
      lower.add(lowerByte)
    }
    return (exact.value, lower.value)
  }

  /// For each byte, the byte a lower-case key hashes for it when the token is read as is ("A"
  /// → "a", "a" → "a", "-" → "-"), or 0 when the token needs ``key(_:_:case:)``'s folding: a
  /// byte beyond ASCII or a period (and NUL, which no token holds). One load per byte stands
  /// for the range checks and the case mapping.
  static let lowerKeyBytes = ByteTable<UInt8> { byte in
    byte >= 0x80 || byte == 0x2E || byte == 0 ? 0 : UTF8Scanning.asciiLower(byte)
  }

  @inline(__always)
  private static func caseMapped(_ byte: UInt8, _ letterCase: Case, first: Bool) -> UInt8 {
    switch letterCase {
    case .exact: return byte
    case .lower: return UTF8Scanning.asciiLower(byte)
    case .title: return first ? byte : UTF8Scanning.asciiLower(byte)
    }
  }

  /// Whether a token is a dotted abbreviation such as "U.N." (letters each followed by a period).
  private static func isDotted(_ bytes: UnsafeBufferPointer<UInt8>, _ range: TextRange) -> Bool {
    guard range.length >= 3, bytes[range.end - 1] == 0x2E else { return false }
    return bytes[range.start] != 0x2E
  }
}

/// The keys of a document's tokens, one of each per token: worked out once, by the tokenizer,
/// for the gazetteer, the word lists and the event lexicon.
struct TokenKeys: Sendable {
  /// Case-sensitive keys (``TokenKey/Case/exact``).
  var exact: [UInt64] = []
  /// Lower-case keys (``TokenKey/Case/lower``).
  var lower: [UInt64] = []

  init() {}

  init(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token]) {
    exact = [UInt64](filled: 0, count: tokens.count)
    lower = [UInt64](filled: 0, count: tokens.count)
    let lowerBytes = TokenKey.lowerKeyBytes
    exact.withUnsafeMutableBufferPointer { exact in
      lower.withUnsafeMutableBufferPointer { lower in
        for (i, token) in tokens.enumerated() {
          (exact[i], lower[i]) = TokenKey.keys(bytes, token.range, lowerBytes: lowerBytes)
        }
      }
    }
  }

  /// The keys of `document`'s tokens: those the tokenizer left, or worked out now.
  static func of(_ document: Document, _ bytes: UnsafeBufferPointer<UInt8>) -> TokenKeys {
    of(document.tokenKeys, for: document.tokens, bytes)
  }

  /// `keys` when they are those of `tokens` (the tokenizer's), else the keys worked out now.
  static func of(_ keys: TokenKeys, for tokens: [Token], _ bytes: UnsafeBufferPointer<UInt8>) -> TokenKeys {
    keys.exact.count == tokens.count ? keys : TokenKeys(bytes, tokens)
  }
}

/// Folds Latin letters with diacritics to ASCII (é → e, ŏ → o, ß → ss, ø → o).
enum Folding {
  private static let table: [UInt32: String] = {
    var table: [UInt32: String] = [:]
    let special: [UInt32: String] = [
      0xC6: "AE", 0xE6: "ae", 0xD8: "O", 0xF8: "o", 0xDF: "ss", 0x110: "D", 0x111: "d",
      0x141: "L", 0x142: "l", 0x152: "OE", 0x153: "oe", 0xDE: "Th", 0xFE: "th", 0xD0: "D", 0xF0: "d",
      0x131: "i", 0x1E9E: "SS",
    ]
    let ranges: [ClosedRange<UInt32>] = [0xC0...0x24F, 0x1E00...0x1EFF]
    for value in ranges.joined() {
      if let text = special[value] {
        table[value] = text
        continue
      }
      guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
      // The canonical decomposition's first scalar is the base letter (ǖ → u + ̈ + ̄).
      guard let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first,
        base.isASCII, base != scalar
      else { continue }
      table[value] = String(base)
    }
    return table
  }()

  /// The ASCII folding of a Latin letter with diacritics, or `nil`.
  @inline(__always)
  static func ascii(_ scalar: Unicode.Scalar) -> String? {
    let value = scalar.value
    guard (0xC0...0x24F).contains(value) || (0x1E00...0x1EFF).contains(value) else { return nil }
    return table[value]
  }

  /// A text with its Latin diacritics folded to ASCII.
  static func fold(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      if let folded = ascii(scalar) {
        result += folded
      } else if !(scalar.value >= 0x300 && scalar.value < 0x370) {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
