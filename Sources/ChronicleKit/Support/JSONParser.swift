import CByteScan
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A strict JSON parser over UTF-8 bytes (RFC 8259), built for JSON Lines input.
///
/// It never crashes on hostile input: nesting deeper than ``maximumDepth`` is an error rather
/// than a stack overflow, a lone UTF-16 surrogate in a `\u` escape becomes U+FFFD (and is
/// counted in ``repairs``), and invalid UTF-8 inside strings is replaced the same way.
public struct JSONParser {
  /// A syntax error, with the byte offset where it was found.
  public struct SyntaxError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The byte offset in the parsed text.
    public var offset: Int
    /// What is wrong.
    public var reason: String
    public var description: String { "\(reason) at byte \(offset + 1)" }
  }

  /// The deepest nesting of arrays and objects accepted.
  public static let maximumDepth = 512

  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0
  var depth = 0
  /// The number of lone surrogates and invalid UTF-8 sequences replaced by U+FFFD.
  public private(set) var repairs = 0

  /// Creates a parser over `bytes`, which must outlive it.
  public init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// Parses one complete JSON text (a value with optional surrounding white space).
  public static func parse(_ text: String) throws -> JSONValue {
    var text = text
    return try text.withUTF8 { bytes in
      var parser = JSONParser(bytes: bytes)
      return try parser.parseDocument()
    }
  }

  /// Parses a value that must make up the whole input, apart from white space.
  public mutating func parseDocument() throws -> JSONValue {
    let value = try parseValue()
    skipWhitespace()
    guard index == bytes.count else { throw error("unexpected text after the JSON value") }
    return value
  }

  /// Parses the value at the current position.
  public mutating func parseValue() throws -> JSONValue {
    skipWhitespace()
    guard index < bytes.count else { throw error("unexpected end of input") }
    switch bytes[index] {
    case UInt8(ascii: "{"):
      try enter()
      defer { depth -= 1 }
      index += 1
      var members: [(String, JSONValue)] = []
      skipWhitespace()
      if consume(UInt8(ascii: "}")) { return .object(members) }
      repeat {
        skipWhitespace()
        let key = try parseString()
        skipWhitespace()
        try expect(UInt8(ascii: ":"), "expected ':' after an object key")
        members.append((key, try parseValue()))
        skipWhitespace()
      } while consume(UInt8(ascii: ","))
      try expect(UInt8(ascii: "}"), "expected ',' or '}' in an object")
      return .object(members)
    case UInt8(ascii: "["):
      try enter()
      defer { depth -= 1 }
      index += 1
      var values: [JSONValue] = []
      skipWhitespace()
      if consume(UInt8(ascii: "]")) { return .array(values) }
      repeat {
        values.append(try parseValue())
        skipWhitespace()
      } while consume(UInt8(ascii: ","))
      try expect(UInt8(ascii: "]"), "expected ',' or ']' in an array")
      return .array(values)
    case UInt8(ascii: "\""):
      return .string(try parseString())
    case UInt8(ascii: "t"):
      try literal("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      return .null
    default:
      return .number(try parseNumber())
    }
  }

  /// Skips the value at the current position, checking its syntax, without building it.
  public mutating func skipValue() throws {
    skipWhitespace()
    guard index < bytes.count else { throw error("unexpected end of input") }
    switch bytes[index] {
    case UInt8(ascii: "{"):
      try enter()
      defer { depth -= 1 }
      index += 1
      skipWhitespace()
      if consume(UInt8(ascii: "}")) { return }
      repeat {
        skipWhitespace()
        try skipString()
        skipWhitespace()
        try expect(UInt8(ascii: ":"), "expected ':' after an object key")
        try skipValue()
        skipWhitespace()
      } while consume(UInt8(ascii: ","))
      try expect(UInt8(ascii: "}"), "expected ',' or '}' in an object")
    case UInt8(ascii: "["):
      try enter()
      defer { depth -= 1 }
      index += 1
      skipWhitespace()
      if consume(UInt8(ascii: "]")) { return }
      repeat {
        try skipValue()
        skipWhitespace()
      } while consume(UInt8(ascii: ","))
      try expect(UInt8(ascii: "]"), "expected ',' or ']' in an array")
    case UInt8(ascii: "\""):
      try skipString()
    default:
      _ = try parseValue()
    }
  }

  /// Parses an object member by member, calling `member` with each key; `member` must consume
  /// the value (with ``parseValue()``, ``parseString()`` or ``skipValue()``).
  public mutating func parseObject(_ member: (inout JSONParser, String) throws -> Void) throws {
    skipWhitespace()
    try expect(UInt8(ascii: "{"), "expected a JSON object")
    try enter()
    defer { depth -= 1 }
    skipWhitespace()
    if consume(UInt8(ascii: "}")) { return }
    repeat {
      skipWhitespace()
      let key = try parseString()
      skipWhitespace()
      try expect(UInt8(ascii: ":"), "expected ':' after an object key")
      skipWhitespace()
      try member(&self, key)
      skipWhitespace()
    } while consume(UInt8(ascii: ","))
    try expect(UInt8(ascii: "}"), "expected ',' or '}' in an object")
  }

  /// Whether the next value (after white space) is `null`; consumes it if so.
  public mutating func consumeNull() throws -> Bool {
    skipWhitespace()
    guard index < bytes.count, bytes[index] == UInt8(ascii: "n") else { return false }
    try literal("null")
    return true
  }

  /// The first byte of the next value, after white space.
  public mutating func peekByte() -> UInt8? {
    skipWhitespace()
    return index < bytes.count ? bytes[index] : nil
  }

  /// Skips white space and reports whether the input is exhausted.
  public mutating func atEnd() -> Bool {
    skipWhitespace()
    return index == bytes.count
  }

  /// Parses a string at the current position.
  public mutating func parseString() throws -> String {
    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
      throw error("expected a string")
    }
    index += 1
    let start = index
    // Fast path: no escapes.
    index = plainRunEnd(from: index)
    if index < bytes.count && bytes[index] == UInt8(ascii: "\"") {
      let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
      index += 1
      return decodeUTF8(raw)
    }
    // Escapes: runs of plain bytes are copied whole, the escapes between them decoded.
    var buffer: [UInt8] = []
    buffer.reserveCapacity(2 * (index - start) + 16)
    var runStart = start
    while index < bytes.count {
      index = plainRunEnd(from: index)
      guard index < bytes.count else { break }
      buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        return buffer.withUnsafeBufferPointer { decodeUTF8($0) }
      }
      if byte < 0x20 { throw error("control character in a string") }
      // A backslash.
      index += 1
      guard index < bytes.count else { break }
      let escape = bytes[index]
      index += 1
      switch escape {
      case UInt8(ascii: "\""): buffer.append(0x22)
      case UInt8(ascii: "\\"): buffer.append(0x5C)
      case UInt8(ascii: "/"): buffer.append(0x2F)
      case UInt8(ascii: "b"): buffer.append(0x08)
      case UInt8(ascii: "f"): buffer.append(0x0C)
      case UInt8(ascii: "n"): buffer.append(0x0A)
      case UInt8(ascii: "r"): buffer.append(0x0D)
      case UInt8(ascii: "t"): buffer.append(0x09)
      case UInt8(ascii: "u"):
        var scalar = try hex4()
        if (0xD800...0xDBFF).contains(scalar) {
          if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
            let save = index
            index += 2
            let low = try hex4()
            if (0xDC00...0xDFFF).contains(low) {
              scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else {
              index = save
              scalar = 0xFFFD
              repairs += 1
            }
          } else {
            scalar = 0xFFFD
            repairs += 1
          }
        } else if (0xDC00...0xDFFF).contains(scalar) {
          scalar = 0xFFFD
          repairs += 1
        }
        buffer.append(contentsOf: Array(String(Unicode.Scalar(scalar)!).utf8))
      default:
        index -= 1
        throw error("invalid escape '\\\(Unicode.Scalar(escape))'")
      }
      runStart = index
    }
    throw error("unterminated string")
  }

  /// The first index at or after `from` that holds `"`, `\\` or a control character (or the
  /// end): sixteen bytes are tested at once (see `chronicle_json_string_run_end`).
  @inline(__always)
  private func plainRunEnd(from: Int) -> Int {
    guard let base = bytes.baseAddress else { return from }
    return chronicle_json_string_run_end(base, from, bytes.count)
  }

  private mutating func skipString() throws {
    _ = try parseString()
  }

  /// The string of UTF-8 bytes, invalid sequences replaced (and counted in ``repairs``).
  /// Decoding repairs, so the bytes were valid when the string holds them unchanged; checked so
  /// rather than with `String(validating:)`, which is generic and looks its types up at run time
  /// (about 1,000 instructions for each of a document's short strings).
  private mutating func decodeUTF8(_ raw: UnsafeBufferPointer<UInt8>) -> String {
    let text = String(decoding: raw, as: UTF8.self)
    if !text.withUTF8Bytes({ JSONParser.equal($0, raw) }) { repairs += 1 }
    return text
  }

  /// Whether two byte buffers hold the same bytes.
  private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    guard let pa = a.baseAddress, let pb = b.baseAddress else { return true }
    return memcmp(pa, pb, a.count) == 0
  }

  private mutating func hex4() throws -> UInt32 {
    guard index + 4 <= bytes.count else { throw error("incomplete \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case 0x30...0x39: digit = byte - 0x30
      case 0x41...0x46: digit = byte - 0x41 + 10
      case 0x61...0x66: digit = byte - 0x61 + 10
      default: throw error("invalid \\u escape")
      }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }

  private mutating func parseNumber() throws -> String {
    let start = index
    _ = consume(UInt8(ascii: "-"))
    guard index < bytes.count, isDigit(bytes[index]) else { throw error("unexpected character") }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
    } else {
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if consume(UInt8(ascii: ".")) {
      guard index < bytes.count, isDigit(bytes[index]) else { throw error("expected a digit after '.'") }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
        index += 1
      }
      guard index < bytes.count, isDigit(bytes[index]) else { throw error("expected an exponent") }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  private mutating func literal(_ word: String) throws {
    for expected in word.utf8 {
      guard index < bytes.count else { throw error("unexpected end of input") }
      guard bytes[index] == expected else { throw error("unexpected character") }
      index += 1
    }
  }

  private mutating func enter() throws {
    depth += 1
    if depth > JSONParser.maximumDepth {
      throw error("nesting deeper than \(JSONParser.maximumDepth) levels")
    }
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  private mutating func consume(_ byte: UInt8) -> Bool {
    if index < bytes.count && bytes[index] == byte {
      index += 1
      return true
    }
    return false
  }

  private mutating func expect(_ byte: UInt8, _ message: String) throws {
    guard consume(byte) else { throw error(index < bytes.count ? message : "unexpected end of input") }
  }

  private func error(_ reason: String) -> SyntaxError {
    SyntaxError(offset: index, reason: reason)
  }
}
