/// Writes JSON into a byte buffer: compact (one line, for JSON Lines) or indented.
///
/// Strings are escaped so that the output is always valid UTF-8 JSON that is also safe to embed
/// in JavaScript: every control character, U+2028 and U+2029 are escaped. With `htmlSafe`, `<`,
/// `>` and `&` are escaped too (`\u003c`, `\u003e`, `\u0026`), so the output can sit inside an
/// HTML `<script>` element: no string can close the element (`</script>`) or open a comment.
public struct JSONWriter {
  /// The bytes written so far.
  public private(set) var bytes: [UInt8] = []
  /// Whether `<`, `>` and `&` in strings are written as `\u` escapes.
  public let htmlSafe: Bool
  private let indentWidth: Int
  private var depth = 0
  private var needsComma = false
  private var afterKey = false

  /// Creates a writer; `indent` > 0 pretty-prints with that many spaces per level; `htmlSafe`
  /// escapes `<`, `>` and `&` for embedding in an HTML `<script>` element.
  public init(indent: Int = 0, reserve: Int = 0, htmlSafe: Bool = false) {
    indentWidth = indent
    self.htmlSafe = htmlSafe
    bytes.reserveCapacity(reserve)
  }

  /// Removes everything written, keeping the buffer's capacity.
  public mutating func reset() {
    bytes.removeAll(keepingCapacity: true)
    depth = 0
    needsComma = false
    afterKey = false
  }

  /// Starts an object (`{`).
  public mutating func beginObject() {
    prepareValue()
    bytes.append(UInt8(ascii: "{"))
    depth += 1
    needsComma = false
  }

  /// Ends an object (`}`).
  public mutating func endObject() { close(UInt8(ascii: "}")) }

  /// Starts an array (`[`).
  public mutating func beginArray() {
    prepareValue()
    bytes.append(UInt8(ascii: "["))
    depth += 1
    needsComma = false
  }

  /// Ends an array (`]`).
  public mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Writes an object key; the next call writes its value.
  public mutating func key(_ key: String) {
    // Keys are short ASCII names that need no escapes: `,"name":` goes in with one append.
    let written = key.utf8.withContiguousStorageIfAvailable { name -> Bool in
      guard name.count <= 60, indentWidth == 0, name.allSatisfy(isPlainASCII) else { return false }
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer in
        var n = 0
        if needsComma && !afterKey {
          buffer[0] = UInt8(ascii: ",")
          n = 1
        }
        buffer[n] = UInt8(ascii: "\"")
        for (i, byte) in name.enumerated() { buffer[n + 1 + i] = byte }
        n += name.count + 1
        buffer[n] = UInt8(ascii: "\"")
        buffer[n + 1] = UInt8(ascii: ":")
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<(n + 2)]))
      }
      return true
    }
    if written != true {
      prepareValue()
      appendString(key)
      bytes.append(UInt8(ascii: ":"))
      if indentWidth > 0 { bytes.append(0x20) }
    }
    afterKey = true
  }

  /// Writes a string value.
  public mutating func string(_ value: String) {
    prepareValue()
    appendString(value)
    needsComma = true
  }

  /// Writes an integer value.
  public mutating func int(_ value: Int) {
    prepareValue()
    appendInt(value)
    needsComma = true
  }

  /// Writes a number value (non-finite numbers become `null`).
  public mutating func double(_ value: Double) {
    prepareValue()
    if value.isFinite {
      if value == value.rounded() && abs(value) < 1e15 {
        appendInt(Int(value))
      } else {
        bytes.append(contentsOf: String(value).utf8)
      }
    } else {
      bytes.append(contentsOf: "null".utf8)
    }
    needsComma = true
  }

  /// Writes a Boolean value.
  public mutating func bool(_ value: Bool) {
    prepareValue()
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
    needsComma = true
  }

  /// Writes `null`.
  public mutating func null() {
    prepareValue()
    bytes.append(contentsOf: "null".utf8)
    needsComma = true
  }

  /// Writes a string, or `null` when it is `nil`.
  public mutating func stringOrNull(_ value: String?) {
    if let value { string(value) } else { null() }
  }

  /// Writes a parsed JSON value.
  public mutating func value(_ value: JSONValue) {
    switch value {
    case .null: null()
    case .bool(let b): bool(b)
    case .number(let n):
      prepareValue()
      bytes.append(contentsOf: n.utf8)
      needsComma = true
    case .string(let s): string(s)
    case .array(let values):
      beginArray()
      for element in values { self.value(element) }
      endArray()
    case .object(let members):
      beginObject()
      for (k, v) in members {
        key(k)
        self.value(v)
      }
      endObject()
    }
  }

  /// Writes `json`, which must be one complete JSON value written by another writer with the
  /// same escaping (a document encoded ahead of time, for instance).
  public mutating func raw(_ json: [UInt8]) {
    prepareValue()
    bytes.append(contentsOf: json)
    needsComma = true
  }

  /// Writes a line break (between JSON Lines records).
  public mutating func newline() {
    bytes.append(0x0A)
    needsComma = false
  }

  @inline(__always)
  private mutating func prepareValue() {
    if afterKey {
      afterKey = false
      return
    }
    if needsComma { bytes.append(UInt8(ascii: ",")) }
    if indentWidth > 0 && depth > 0 { newlineAndIndent() }
  }

  private mutating func close(_ byte: UInt8) {
    depth -= 1
    if indentWidth > 0 && needsComma { newlineAndIndent() }
    bytes.append(byte)
    needsComma = true
  }

  private mutating func newlineAndIndent() {
    bytes.append(0x0A)
    for _ in 0..<(depth * indentWidth) { bytes.append(0x20) }
  }

  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  private mutating func appendString(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    // Native strings are contiguous UTF-8: read them in place, without copying the string.
    if value.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
      var value = value
      value.withUTF8 { appendEscaped($0) }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Printable ASCII that a string holds as is: not `"` or `\`, nor `<`, `>`, `&` when HTML-safe.
  @inline(__always)
  private func isPlainASCII(_ byte: UInt8) -> Bool {
    byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C
      && !(htmlSafe && (byte == 0x3C || byte == 0x3E || byte == 0x26))
  }

  /// Appends UTF-8 text with JSON escapes, copying the runs that need none in one go.
  private mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>) {
    var runStart = 0
    var i = 0
    let count = source.count
    while i < count {
      let byte = source[i]
      // Plain ASCII needs nothing; nor does any byte of a multi-byte character except those of
      // U+2028 and U+2029.
      if isPlainASCII(byte)
        || (byte >= 0x80
          && !(byte == 0xE2 && i + 2 < count && source[i + 1] == 0x80 && (source[i + 2] == 0xA8 || source[i + 2] == 0xA9)))
      {
        i += 1
        continue
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<i]))
      var width = 1
      switch byte {
      case 0x22: bytes.append(0x5C); bytes.append(0x22)
      case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
      case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
      case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
      case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
      case 0xE2:
        // U+2028 or U+2029 as \u2028 / \u2029.
        bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x32, 0x30, 0x32, source[i + 2] == 0xA8 ? 0x38 : 0x39])
        width = 3
      default:
        // Control characters, DEL, and `<`, `>`, `&` when HTML-safe.
        bytes.append(contentsOf: [
          0x5C, UInt8(ascii: "u"), 0x30, 0x30, JSONWriter.hexDigits[Int(byte >> 4)], JSONWriter.hexDigits[Int(byte & 0xF)],
        ])
      }
      i += width
      runStart = i
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<count]))
  }

  /// Appends an integer's decimal digits without making a string.
  private mutating func appendInt(_ value: Int) {
    if value >= 0 && value < 10 {
      bytes.append(0x30 + UInt8(value))
      return
    }
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var n = 20
      repeat {
        n -= 1
        digits[n] = 0x30 + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[n..<20]))
    }
  }
}
