import CByteScan

/// Writes JSON into a byte buffer: compact (one line, for JSON Lines) or indented.
///
/// Strings are escaped so that the output is always valid UTF-8 JSON that is also safe to embed
/// in JavaScript: every control character, U+2028 and U+2029 are escaped. With `htmlSafe`, `<`,
/// `>` and `&` are escaped too (`\u003c`, `\u003e`, `\u0026`), so the output can sit inside an
/// HTML `<script>` element: no string can close the element (`</script>`) or open a comment.
public struct JSONWriter: ~Copyable {
  /// The output, in a buffer of its own: appending a byte or a short run is a store or a short
  /// copy, with no uniqueness check or call per append as with an array.
  private var base: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity: Int
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
    capacity = max(reserve, 256)
    base = .allocate(capacity: capacity)
  }

  deinit { base.deallocate() }

  /// The bytes written so far.
  public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

  /// Ends the writer and hands over what it wrote in its own buffer, without the copy that
  /// ``bytes`` makes: for output that outlives the writer (a document's record, encoded on one
  /// thread and written out on another).
  public consuming func finish() -> EncodedBytes {
    let written = EncodedBytes(taking: base, count: count)
    discard self
    return written
  }

  /// Removes everything written, keeping the buffer's capacity.
  public mutating func reset() {
    count = 0
    depth = 0
    needsComma = false
    afterKey = false
  }

  /// Starts an object (`{`).
  @inline(__always)
  public mutating func beginObject() {
    prepareValue()
    append(UInt8(ascii: "{"))
    depth += 1
    needsComma = false
  }

  /// Ends an object (`}`).
  @inline(__always)
  public mutating func endObject() { close(UInt8(ascii: "}")) }

  /// Starts an array (`[`).
  @inline(__always)
  public mutating func beginArray() {
    prepareValue()
    append(UInt8(ascii: "["))
    depth += 1
    needsComma = false
  }

  /// Ends an array (`]`).
  @inline(__always)
  public mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Writes an object key; the next call writes its value.
  public mutating func key(_ key: StaticString) {
    key.withUTF8Buffer { name in
      let htmlSafe = htmlSafe
      if indentWidth == 0 && name.allSatisfy({ JSONWriter.isPlainASCII($0, htmlSafe: htmlSafe) }) {
        writePlainKey(name)
      } else {
        writeKey(name)
      }
    }
    afterKey = true
  }

  /// Writes a key that needs no escapes, unchecked: for Chronicle's own encoders, whose keys
  /// are all ASCII letters (debug builds check). Inlined, so that a literal key's length is
  /// known where it is written and its bytes are copied as one or two stores.
  @inline(__always)
  mutating func plainKey(_ key: StaticString) {
    if key.hasPointerRepresentation && indentWidth == 0 {
      let name = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
      assert(name.allSatisfy { JSONWriter.isPlainASCII($0, htmlSafe: true) }, "key needs escapes")
      writePlainKey(name)
    } else {
      key.withUTF8Buffer { writeKey($0) }
    }
    afterKey = true
  }

  /// `,"name":` (or `"name":` first in an object) with one reservation; compact output only.
  @inline(__always)
  private mutating func writePlainKey(_ name: UnsafeBufferPointer<UInt8>) {
    reserve(name.count &+ 4)
    if needsComma && !afterKey { put(UInt8(ascii: ",")) }
    put(UInt8(ascii: "\""))
    put(name)
    put(UInt8(ascii: "\""))
    put(UInt8(ascii: ":"))
  }

  /// Writes an object key made at run time (any text); the next call writes its value.
  public mutating func key(string key: String) {
    key.withUTF8Bytes { writeKey($0) }
    afterKey = true
  }

  private mutating func writeKey(_ name: UnsafeBufferPointer<UInt8>) {
    prepareValue()
    appendQuoted(name)
    append(UInt8(ascii: ":"))
    if indentWidth > 0 { append(0x20) }
  }

  /// Writes a string value.
  public mutating func string(_ value: String) {
    prepareValue()
    appendString(value)
    needsComma = true
  }

  /// Writes a string value that needs no escapes, unchecked: for Chronicle's own names, the raw
  /// values of its enumerations ("PERSON", "day", "agent"), which a test checks are all plain
  /// ASCII (debug builds check too). Without the escape scan, these short names cost a third of
  /// what ``string(_:)`` costs.
  @inline(__always)
  mutating func plainString(_ value: String) {
    prepareValue()
    value.withUTF8Bytes { putPlain($0) }
    needsComma = true
  }

  /// `"text"` for text that needs no escapes.
  @inline(__always)
  private mutating func putPlain(_ text: UnsafeBufferPointer<UInt8>) {
    assert(text.allSatisfy { JSONWriter.isPlainASCII($0, htmlSafe: true) }, "string needs escapes")
    reserve(text.count &+ 2)
    put(UInt8(ascii: "\""))
    put(text)
    put(UInt8(ascii: "\""))
  }

  /// Writes the part of `text` at UTF-8 offsets `range` as a string value, read in place: no
  /// string is built for it.
  public mutating func string(_ text: String, in range: TextRange) {
    prepareValue()
    appendString(text, range.start..<range.end)
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
      } else if let hundredths = JSONWriter.hundredths(value) {
        appendHundredths(hundredths)
      } else {
        append(String(value))
      }
    } else {
      append("null")
    }
    needsComma = true
  }

  /// Writes a Boolean value.
  public mutating func bool(_ value: Bool) {
    prepareValue()
    append(value ? "true" : "false")
    needsComma = true
  }

  /// Writes `null`.
  public mutating func null() {
    prepareValue()
    append("null")
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
      append(n)
      needsComma = true
    case .string(let s): string(s)
    case .array(let values):
      beginArray()
      for element in values { self.value(element) }
      endArray()
    case .object(let members):
      beginObject()
      for (k, v) in members {
        key(string: k)
        self.value(v)
      }
      endObject()
    }
  }

  /// Writes `json`, which must be one complete JSON value written by another writer with the
  /// same escaping (a document encoded ahead of time, for instance).
  public mutating func raw(_ json: [UInt8]) {
    prepareValue()
    json.withUnsafeBufferPointer { append($0) }
    needsComma = true
  }

  /// Writes a line break (between JSON Lines records).
  public mutating func newline() {
    append(0x0A)
    needsComma = false
  }

  @inline(__always)
  private mutating func prepareValue() {
    if afterKey {
      afterKey = false
      return
    }
    if needsComma { append(UInt8(ascii: ",")) }
    if indentWidth > 0 && depth > 0 { newlineAndIndent() }
  }

  @inline(__always)
  private mutating func close(_ byte: UInt8) {
    depth -= 1
    if indentWidth > 0 && needsComma { newlineAndIndent() }
    append(byte)
    needsComma = true
  }

  private mutating func newlineAndIndent() {
    append(0x0A)
    for _ in 0..<(depth * indentWidth) { append(0x20) }
  }

  // MARK: - The buffer

  /// Makes room for `extra` more bytes. (Counts are far from overflowing: they are sizes of
  /// memory that was allocated; the arithmetic on them here and below is unchecked, which
  /// keeps the checks and their traps out of every append.)
  @inline(__always)
  private mutating func reserve(_ extra: Int) {
    if capacity &- count < extra { grow(to: count &+ extra) }
  }

  /// Kept out of line: the appends that call it seldom do.
  @inline(never)
  private mutating func grow(to minimum: Int) {
    let newCapacity = max(minimum, capacity * 2)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.initialize(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  /// Stores a byte in room already reserved.
  @inline(__always)
  private mutating func put(_ byte: UInt8) {
    base[count] = byte
    count &+= 1
  }

  /// Copies bytes into room already reserved. A short run (most keys and values, and names and
  /// ids up to 32 bytes) is copied as two words or two 16-byte vectors that may overlap, the
  /// first and the last of the run, without a call or a loop.
  @inline(__always)
  private mutating func put(_ source: UnsafeBufferPointer<UInt8>) {
    guard let start = source.baseAddress else { return }
    let n = source.count
    let from = UnsafeRawPointer(start)
    let to = UnsafeMutableRawPointer(base + count)
    if n > 16 && n <= 32 {
      let head = from.loadUnaligned(as: SIMD16<UInt8>.self)
      let tail = from.loadUnaligned(fromByteOffset: n - 16, as: SIMD16<UInt8>.self)
      to.storeBytes(of: head, as: SIMD16<UInt8>.self)
      to.storeBytes(of: tail, toByteOffset: n - 16, as: SIMD16<UInt8>.self)
    } else if n >= 8 && n <= 16 {
      let head = from.loadUnaligned(as: UInt64.self)
      let tail = from.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
      to.storeBytes(of: head, as: UInt64.self)
      to.storeBytes(of: tail, toByteOffset: n - 8, as: UInt64.self)
    } else if n >= 4 && n < 8 {
      let head = from.loadUnaligned(as: UInt32.self)
      let tail = from.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
      to.storeBytes(of: head, as: UInt32.self)
      to.storeBytes(of: tail, toByteOffset: n - 4, as: UInt32.self)
    } else if n < 4 {
      for i in 0..<n { base[count &+ i] = start[i] }
    } else {
      (base + count).update(from: start, count: n)
    }
    count &+= n
  }

  @inline(__always)
  private mutating func append(_ byte: UInt8) {
    reserve(1)
    put(byte)
  }

  @inline(__always)
  private mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
    reserve(source.count)
    put(source)
  }

  private mutating func append(_ text: String) {
    text.withUTF8Bytes { append($0) }
  }

  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  /// `"text"` (or the part of it at UTF-8 offsets `range`), escaped.
  private mutating func appendString(_ value: String, _ range: Range<Int>? = nil) {
    value.withUTF8Bytes { appendQuoted(UnsafeBufferPointer(rebasing: $0[range ?? $0.indices])) }
  }

  /// `"text"`, escaped. Text that needs no escapes (nearly all of it) is copied in one go.
  private mutating func appendQuoted(_ text: UnsafeBufferPointer<UInt8>) {
    let plainEnd = plainPrefixEnd(text)
    if plainEnd == text.count {
      reserve(text.count &+ 2)
      put(UInt8(ascii: "\""))
      put(text)
      put(UInt8(ascii: "\""))
      return
    }
    append(UInt8(ascii: "\""))
    appendEscaped(text, from: plainEnd)
    append(UInt8(ascii: "\""))
  }

  /// Printable ASCII that a string holds as is: not `"` or `\`, nor `<`, `>`, `&` when HTML-safe.
  @inline(__always)
  private static func isPlainASCII(_ byte: UInt8, htmlSafe: Bool) -> Bool {
    byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C
      && !(htmlSafe && (byte == 0x3C || byte == 0x3E || byte == 0x26))
  }

  /// How far from the start `text` certainly needs no escape: the whole count, or where the
  /// first byte that may need one is (see `chronicle_json_plain_prefix`).
  @inline(__always)
  private func plainPrefixEnd(_ text: UnsafeBufferPointer<UInt8>) -> Int {
    guard let start = text.baseAddress else { return 0 }
    return chronicle_json_plain_prefix(start, text.count, htmlSafe ? 1 : 0)
  }

  /// Appends UTF-8 text with JSON escapes, copying the runs that need none in one go. The
  /// bytes before `from` are known to need none.
  private mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>, from: Int) {
    guard let start = source.baseAddress else { return }
    let count = source.count
    let htmlSafe: Int32 = self.htmlSafe ? 1 : 0
    var runStart = 0
    var i = from
    while i < count {
      let byte = source[i]
      // Any byte of a multi-byte character needs nothing, except those of U+2028 and U+2029.
      if byte == 0xE2 && !(i + 2 < count && source[i + 1] == 0x80 && (source[i + 2] == 0xA8 || source[i + 2] == 0xA9)) {
        i += 1
      } else {
        append(UnsafeBufferPointer(rebasing: source[runStart..<i]))
        reserve(6)
        put(0x5C)
        var width = 1
        switch byte {
        case 0x22: put(0x22)
        case 0x5C: put(0x5C)
        case 0x0A: put(UInt8(ascii: "n"))
        case 0x0D: put(UInt8(ascii: "r"))
        case 0x09: put(UInt8(ascii: "t"))
        case 0xE2:
          // U+2028 or U+2029 as \u2028 / \u2029.
          for digit in [UInt8(ascii: "u"), 0x32, 0x30, 0x32] { put(digit) }
          put(source[i + 2] == 0xA8 ? 0x38 : 0x39)
          width = 3
        default:
          // Control characters, DEL, and `<`, `>`, `&` when HTML-safe.
          for digit in [UInt8(ascii: "u"), 0x30, 0x30] { put(digit) }
          put(JSONWriter.hexDigits[Int(byte >> 4)])
          put(JSONWriter.hexDigits[Int(byte & 0xF)])
        }
        i += width
        runStart = i
      }
      i += chronicle_json_plain_prefix(start + i, count - i, htmlSafe)
    }
    append(UnsafeBufferPointer(rebasing: source[runStart..<count]))
  }

  /// `value` × 100, when `value` is the double nearest to a number of hundredths ("0.85", a
  /// rounded confidence) small enough that Swift's shortest form of it is those hundredths.
  static func hundredths(_ value: Double) -> Int? {
    guard abs(value) < 1e13 else { return nil }
    let scaled = (value * 100).rounded()
    return scaled / 100 == value ? Int(scaled) : nil
  }

  /// Appends a number of hundredths that is not whole as `String(Double)` would: "0.85", "-2.5".
  private mutating func appendHundredths(_ hundredths: Int) {
    if hundredths < 0 { append(UInt8(ascii: "-")) }
    let magnitude = Int(hundredths.magnitude)
    appendInt(magnitude / 100)
    reserve(3)
    put(UInt8(ascii: "."))
    put(0x30 + UInt8(magnitude % 100 / 10))
    if magnitude % 10 != 0 { put(0x30 + UInt8(magnitude % 10)) }
  }

  /// Appends an integer's decimal digits without making a string.
  private mutating func appendInt(_ value: Int) {
    if value >= 0 && value < 10 {
      append(0x30 + UInt8(value))
      return
    }
    // Written in place, last digits first, two at a time (each pair one 16-bit store), into
    // room reserved for the longest integer. The arithmetic cannot overflow: at most 20 bytes.
    reserve(20)
    if value < 0 { put(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    let digits = value.decimalDigitCount
    let pairs = UnsafeRawPointer(JSONWriter.digitPairs.utf8Start)
    var end = UnsafeMutableRawPointer(base + count) + digits
    while magnitude >= 100 {
      let (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: 100)
      end -= 2
      end.storeBytes(of: pairs.loadUnaligned(fromByteOffset: Int(remainder) &* 2, as: UInt16.self), as: UInt16.self)
      magnitude = quotient
    }
    if magnitude >= 10 {
      (end - 2).storeBytes(of: pairs.loadUnaligned(fromByteOffset: Int(magnitude) &* 2, as: UInt16.self), as: UInt16.self)
    } else {
      (end - 1).storeBytes(of: 0x30 &+ UInt8(truncatingIfNeeded: magnitude), as: UInt8.self)
    }
    count &+= digits
  }

  /// "00" to "99", the two digits of each number below 100.
  private static let digitPairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
}
