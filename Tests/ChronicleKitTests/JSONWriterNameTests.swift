import Testing

@testable import ChronicleKit

/// The encoders write the raw values of Chronicle's enumerations with
/// ``JSONWriter/plainString(_:)``, which skips the escape scan: every raw value must be one that
/// needs no escape in any of the writer's modes.
@Suite("JSON names")
struct JSONWriterNameTests {
  static let names: [String] =
    EntityType.allCases.map(\.rawValue) + TimexType.allCases.map(\.rawValue)
    + TimexPrecision.allCases.map(\.rawValue) + TemporalDirection.allCases.map(\.rawValue)
    + ReferenceDate.Source.allCases.map(\.rawValue) + EventDate.Source.allCases.map(\.rawValue)
    + EventArgument.Role.allCases.map(\.rawValue) + EventLexicon.PartOfSpeech.allCases.map(\.rawValue)
    + Diagnostic.Severity.allCases.map(\.rawValue) + Mention.Method.allCases.map(\.rawValue)

  @Test("every enumeration name is written by plainString exactly as string writes it, in every mode")
  func plainNames() {
    #expect(Self.names.count > 40)
    for (indent, htmlSafe) in [(0, false), (0, true), (2, false), (2, true)] {
      var plain = JSONWriter(indent: indent, htmlSafe: htmlSafe)
      var escaped = JSONWriter(indent: indent, htmlSafe: htmlSafe)
      plain.beginArray()
      escaped.beginArray()
      for name in Self.names {
        #expect(!name.isEmpty && name.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && !"\"\\<>&".utf8.contains($0) })
        plain.plainString(name)
        escaped.string(name)
      }
      plain.endArray()
      escaped.endArray()
      #expect(plain.bytes == escaped.bytes)
    }
  }

  @Test("integers are written as their decimal text, at every number of digits and both signs")
  func integers() {
    var values: [Int] = [0, 9, 10, 99, 100, 101, 999, 1_000, 4_096, 65_535, Int.max, Int.min, Int.min + 1]
    var power = 1
    for _ in 0..<18 {
      power *= 10
      values += [power - 1, power, power + 1, power / 2 + 7]
    }
    values += values.filter { $0 != Int.min }.map { -$0 }
    for value in values {
      var writer = JSONWriter()
      writer.int(value)
      #expect(String(decoding: writer.bytes, as: UTF8.self) == String(value))
    }
  }
}

