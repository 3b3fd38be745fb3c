import ChronicleKit
import Foundation
import Testing

@Suite("Output encoding")
struct OutputTests {
  @Test("JSON escapes control characters, quotes, and line separators")
  func jsonEscaping() throws {
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("t")
    writer.string("a\"b\\c\n\u{0}\u{1F}\u{2028}é😀")
    writer.endObject()
    let text = String(decoding: writer.bytes, as: UTF8.self)
    #expect(text == #"{"t":"a\"b\\c\n\u0000\u001f\u2028é😀"}"#)
    #expect(try JSONParser.parse(text)["t"]?.stringValue == "a\"b\\c\n\u{0}\u{1F}\u{2028}é😀")
  }

  @Test("a finished writer hands over exactly what it wrote, from an empty writer to one that grew")
  func finishedWriter() {
    for count in [0, 1, 300, 5000] {
      var writer = JSONWriter(reserve: 16)
      if count > 0 {
        writer.beginArray()
        for i in 0..<count { writer.string("item \(i) é") }
        writer.endArray()
        writer.newline()
      }
      let expected = writer.bytes
      let finished = writer.finish()
      #expect(finished.count == expected.count)
      #expect(finished.bytes == expected)
      #expect(finished.withUnsafeBufferPointer { Array($0) } == expected)
    }
  }

  /// JSON string escaping one character at a time: what the writer must match.
  static func referenceEscaped(_ text: String, htmlSafe: Bool) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F || (htmlSafe && "<>&".unicodeScalars.contains(scalar)):
        out += "\\u00" + String(scalar.value >> 4, radix: 16) + String(scalar.value & 0xF, radix: 16)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  @Test("string escaping matches a character-by-character reference at every position and length")
  func escapingPositions() throws {
    let alphabet: [String] = ["a", "Z", " ", "\"", "\\", "\n", "\u{1}", "\u{7F}", "<", "&", "é", "\u{2028}", "\u{2029}", "’", "—", "😀", "~"]
    var generator = SystemRandomNumberGenerator()
    for htmlSafe in [false, true] {
      for length in 0..<40 {
        for _ in 0..<30 {
          // Mostly plain letters, so that runs of eight plain bytes occur next to special ones.
          let text = (0..<length).map { _ in
            Int.random(in: 0..<3, using: &generator) == 0 ? alphabet.randomElement(using: &generator)! : "x"
          }.joined()
          var writer = JSONWriter(htmlSafe: htmlSafe)
          writer.string(text)
          let written = String(decoding: writer.bytes, as: UTF8.self)
          #expect(written == Self.referenceEscaped(text, htmlSafe: htmlSafe), "\(text.debugDescription)")
          #expect(try JSONParser.parse(written).stringValue == text)
        }
      }
    }
  }

  @Test("every ASCII character, and characters that share a lead byte with U+2028, escaped as the reference does in short and long strings")
  func escapingEveryCharacter() throws {
    let others = ["é", "\u{2028}", "\u{2029}", "’", "—", "😀"]
    let characters = (0..<128).map { String(UnicodeScalar(UInt8($0))) } + others
    for htmlSafe in [false, true] {
      for character in characters {
        // Alone, and at every position of strings of 1 to 41 bytes: the scan reads short strings
        // as overlapping halves (4 + 4, 8 + 8 bytes) and long ones sixteen bytes at a time.
        let padded = (Array(0...24) + [40]).flatMap { length in
          (0...length).map { String(repeating: "x", count: $0) + character + String(repeating: "y", count: length - $0) }
        }
        for text in [character] + padded {
          var writer = JSONWriter(htmlSafe: htmlSafe)
          writer.string(text)
          #expect(String(decoding: writer.bytes, as: UTF8.self) == Self.referenceEscaped(text, htmlSafe: htmlSafe), "\(text.debugDescription)")
        }
      }
    }
  }

  @Test("JSON strings parse as Foundation parses them, escapes at every position; raw control characters are errors")
  func parsingStrings() throws {
    let pieces = [
      "x", "é", "😀", #"\n"#, #"\""#, #"\\"#, #"\/"#, #"\b"#, #"\f"#, #"\t"#, #"\r"#, #"\u00e9"#, #"\ud83d\ude00"#,
    ]
    var generator = SystemRandomNumberGenerator()
    for length in 0..<36 {
      for _ in 0..<20 {
        let body = (0..<length).map { _ in
          Int.random(in: 0..<3, using: &generator) == 0 ? pieces.randomElement(using: &generator)! : "a"
        }.joined()
        let json = "\"" + body + "\""
        let expected = try #require(JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed) as? String)
        #expect(try JSONParser.parse(json).stringValue == expected, "\(json)")
        let prefix = String(repeating: "a", count: length)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse("\"" + prefix + "\n" + body + "\"") }
      }
    }
  }

  @Test("a string's end, an escape and a raw control character are found at every position of a plain run, in and after sixteen-byte blocks")
  func parsingStringRuns() throws {
    for length in 0...40 {
      let run = String(repeating: "a", count: length)
      #expect(try JSONParser.parse("\"" + run + "\"").stringValue == run)
      for at in 0...length {
        let before = String(run.prefix(at))
        let after = String(run.dropFirst(at))
        #expect(try JSONParser.parse("\"" + before + #"\""# + after + "\"").stringValue == before + "\"" + after)
        #expect(try JSONParser.parse("\"" + before + #"\\"# + after + "\"").stringValue == before + "\\" + after)
        #expect(try JSONParser.parse("[\"" + before + "\", \"" + after + "\"]") == .array([.string(before), .string(after)]))
        for control in ["\u{0}", "\u{1F}", "\n"] {
          #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse("\"" + before + control + after + "\"") }
        }
        // Bytes 0x7F and above are text, not the end of a run.
        #expect(try JSONParser.parse("\"" + before + "\u{7F}é" + after + "\"").stringValue == before + "\u{7F}é" + after)
      }
    }
  }

  @Test("keys: plain ones, ones that need escapes, HTML-safe ones and long ones, with commas between members")
  func jsonKeys() throws {
    let long = String(repeating: "k", count: 80)
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("id")
    writer.int(1)
    writer.key("a\"b")
    writer.beginArray()
    writer.endArray()
    writer.key(string: long)
    writer.string("v")
    writer.key("<é>")
    writer.null()
    writer.endObject()
    let text = String(decoding: writer.bytes, as: UTF8.self)
    #expect(text == #"{"id":1,"a\"b":[],"# + "\"\(long)\":\"v\"," + #""<é>":null}"#)

    var html = JSONWriter(htmlSafe: true)
    html.beginObject()
    html.key("x")
    html.int(2)
    html.key("</script>")
    html.int(3)
    html.endObject()
    #expect(String(decoding: html.bytes, as: UTF8.self) == #"{"x":2,"\u003c/script\u003e":3}"#)
  }

  @Test("numbers are written as Swift writes them: integers whole, other numbers in their shortest form")
  func numbers() {
    var doubles: [Double] = (-200_000...200_000).map { Double($0) / 100 }
    doubles += [0.1 + 0.2, 1.0 / 3, 1e-7, 2.5e-5, 123_456_789.01, 9_999_999_999_999.99, 1e13 + 0.5, 1e20, -1e300]
    var writer = JSONWriter()
    writer.beginArray()
    for value in doubles { writer.double(value) }
    writer.double(.nan)
    writer.double(.infinity)
    var integers = [0, 9, 10, -1, -10, 99, 100, 12_345, Int.max, Int.min, Int.max - 1, Int.min + 1]
    // Each number of digits, at both ends.
    var power = 1
    for _ in 0...18 {
      integers += [power - 1, power, power + 1, -power, -(power - 1), 7 * power, -7 * power]
      if power <= Int.max / 10 { power *= 10 }
    }
    for value in integers { writer.int(value) }
    writer.endArray()
    let swift = doubles.map { $0 == $0.rounded() && abs($0) < 1e15 ? String(Int($0)) : String($0) }
    let expected = "[" + (swift + ["null", "null"] + integers.map(String.init)).joined(separator: ",") + "]"
    #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
  }

  @Test("indented JSON round-trips")
  func indented() throws {
    var writer = JSONWriter(indent: 2)
    writer.value(.object([("a", .array([.number("1"), .null, .bool(true)])), ("b", .object([]))]))
    let parsed = try JSONParser.parse(String(decoding: writer.bytes, as: UTF8.self))
    #expect(parsed == .object([("a", .array([.number("1"), .null, .bool(true)])), ("b", .object([]))]))
  }

  struct CSVCase: Sendable {
    var cell: String
    var neutralized: String
    var raw: String
  }

  @Test(
    "CSV quotes what needs quoting and neutralizes formulas",
    arguments: [
      CSVCase(cell: "plain", neutralized: "plain", raw: "plain"),
      CSVCase(cell: "a,b", neutralized: "\"a,b\"", raw: "\"a,b\""),
      CSVCase(cell: "say \"hi\"", neutralized: "\"say \"\"hi\"\"\"", raw: "\"say \"\"hi\"\"\""),
      CSVCase(cell: "two\nlines", neutralized: "\"two\nlines\"", raw: "\"two\nlines\""),
      CSVCase(cell: "=SUM(A1)", neutralized: "'=SUM(A1)", raw: "=SUM(A1)"),
      CSVCase(cell: "+1", neutralized: "'+1", raw: "+1"),
      CSVCase(cell: "-2", neutralized: "'-2", raw: "-2"),
      CSVCase(cell: "@cmd", neutralized: "'@cmd", raw: "@cmd"),
      CSVCase(cell: "\tx", neutralized: "'\tx", raw: "\tx"),
      CSVCase(cell: "\rx", neutralized: "\"'\rx\"", raw: "\"\rx\""),
    ])
  func csv(_ example: CSVCase) {
    var safe = CSVWriter()
    safe.row([example.cell])
    #expect(String(decoding: safe.bytes, as: UTF8.self) == example.neutralized + "\r\n")
    var raw = CSVWriter(neutralizeFormulas: false)
    raw.row([example.cell])
    #expect(String(decoding: raw.bytes, as: UTF8.self) == example.raw + "\r\n")
  }

  @Test("offsets convert to code points, UTF-16 units and bytes")
  func offsets() {
    let text = "“Zoë” 😀 Kim"  // curly quotes (3 bytes), ë (2), emoji (4 bytes, 2 UTF-16 units)
    let kim = text.utf8.count - 3
    let codepoints = OffsetConverter(text: text, unit: .codepoint)
    let utf16 = OffsetConverter(text: text, unit: .utf16)
    let utf8 = OffsetConverter(text: text, unit: .utf8)
    #expect(codepoints.convert(kim) == text.unicodeScalars.count - 3)
    #expect(utf16.convert(kim) == text.utf16.count - 3)
    #expect(utf8.convert(kim) == kim)
    #expect(codepoints.convert(0) == 0)
    #expect(codepoints.convert(text.utf8.count) == text.unicodeScalars.count)
    // Across a long text, every scalar boundary converts like the standard library counts.
    let long = String(repeating: "aé😀 ", count: 100)
    let converter = OffsetConverter(text: long, unit: .utf16)
    var byteOffset = 0
    var unitOffset = 0
    for scalar in long.unicodeScalars {
      #expect(converter.convert(byteOffset) == unitOffset)
      byteOffset += String(scalar).utf8.count
      unitOffset += String(scalar).utf16.count
    }
  }

  @Test("sentence output uses the requested offsets")
  func sentenceOffsets() throws {
    let pipeline = try Pipeline.standard(for: .sentences, configuration: .init(dataDirectory: TestData.gazetteers))
    let document = try pipeline.processed(Document(id: "d", text: "“Zoë left.” Then Kim came."))
    var writer = JSONWriter()
    DocumentEncoder(layers: .sentences, offsets: .codepoint).writeJSON(document, to: &writer)
    let json = try JSONParser.parse(String(decoding: writer.bytes, as: UTF8.self))
    let starts = json["sentences"]?.arrayValue?.compactMap { $0["start"]?.intValue }
    #expect(starts == [0, 12])
  }
}

@Suite("ISO 8601 dates")
struct DateTimeValueTests {
  @Test(
    "valid", arguments: [
      ("2019-02-28", "2019-02-28"), ("2020-02-29", "2020-02-29"), ("2019-02-28T17:30", "2019-02-28T17:30"),
      ("2013-02-12T04:30:00-02:00", "2013-02-12T04:30:00-02:00"), ("2019-02-28 09:05:07Z", "2019-02-28T09:05:07Z"),
      ("2019-02-28T17:30:00.123+0530", "2019-02-28T17:30:00+05:30"),
    ])
  func valid(_ input: String, _ output: String) {
    #expect(DateTimeValue(iso8601: input)?.iso8601 == output)
  }

  @Test(
    "invalid", arguments: [
      "2015-02-29", "2019-04-31", "2019-13-01", "2019-00-10", "19-02-28", "2019-2-28", "2019-02-28T25:00",
      "2019-02-28T12", "28/02/2019", "2019-02-28junk", "", "2019-02-28T12:00+25:00",
    ])
  func invalid(_ input: String) {
    #expect(DateTimeValue(iso8601: input) == nil)
  }
}
