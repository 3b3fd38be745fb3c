import ChronicleKit
import Foundation
import Testing

@Suite("Reading documents")
struct DocumentReaderTests {
  /// A temporary directory removed after the test.
  final class TemporaryDirectory {
    let path: String
    init() throws {
      path = NSTemporaryDirectory() + "chronicle-tests-" + UUID().uuidString
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
      let file = path + "/" + name
      try FileManager.default.createDirectory(
        atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
      return file
    }
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }
  }

  @Test("JSON Lines: documents, blank lines, bad lines with their line numbers")
  func jsonLines() throws {
    let directory = try TemporaryDirectory()
    let file = try directory.write(
      "batch.jsonl",
      """
      {"id": "a", "text": "First.", "date": "2019-02-28"}

      {"id": 7, "text": "Numeric id."}
      {"id": "broken", "text": "no closing brace"
      {"text": "No id, so one is made."}
      {"id": "notext"}
      {"id": "c", "text": "Last.", "extra": {"nested": [1, 2, {"x": null}]}}
      """)
    let items = DocumentReader(paths: [file]).readAll()
    #expect(items.count == 6)
    let documents = items.compactMap { try? $0.get() }
    #expect(documents.map(\.id) == ["a", "7", file + ":5", "c"])
    #expect(documents[0].date == "2019-02-28")
    let failures = items.compactMap { item -> InputFailure? in
      if case .failure(let failure) = item { return failure }
      return nil
    }
    #expect(failures.map(\.location) == [file + ":4", file + ":6"])
    #expect(failures[0].reason.contains("malformed JSON"))
    #expect(failures[1].reason.contains("missing \"text\""))
  }

  @Test("JSON Lines: escapes, lone surrogates and CRLF endings")
  func escapes() throws {
    let directory = try TemporaryDirectory()
    let file = try directory.write(
      "escapes.jsonl", "{\"id\":\"e\",\"text\":\"Zo\\u00eb \\ud83d\\ude00 \\ud800 end\\n\"}\r\n")
    let documents = DocumentReader(paths: [file]).readAll().compactMap { try? $0.get() }
    #expect(documents.count == 1)
    #expect(documents[0].text == "Zoë 😀 \u{FFFD} end\n")
    #expect(documents[0].notes.map(\.code) == ["input.repaired-text"])
  }

  @Test("JSON Lines: deeply nested values are an error, not a crash")
  func deepNesting() throws {
    let directory = try TemporaryDirectory()
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let file = try directory.write("deep.jsonl", "{\"id\":\"d\",\"text\":\"x\",\"junk\":\(deep)}\n{\"id\":\"ok\",\"text\":\"y\"}\n")
    let items = DocumentReader(paths: [file]).readAll()
    #expect(items.count == 2)
    if case .failure(let failure) = items[0] {
      #expect(failure.reason.contains("nesting"))
    } else {
      Issue.record("expected a failure for the deeply nested line")
    }
    #expect((try? items[1].get())?.id == "ok")
  }

  @Test("text files: invalid UTF-8 is replaced with a warning, a BOM is dropped")
  func textFiles() throws {
    let directory = try TemporaryDirectory()
    let bad = try directory.write("bad.txt", [0x48, 0x69, 0xFF, 0x2E])
    let bom = try directory.write("bom.txt", [0xEF, 0xBB, 0xBF] + Array("Hello.".utf8))
    let documents = DocumentReader(paths: [bad, bom]).readAll().compactMap { try? $0.get() }
    #expect(documents.map(\.text) == ["Hi\u{FFFD}.", "Hello."])
    #expect(documents[0].notes.first?.code == "input.invalid-utf8")
    #expect(documents[0].notes.first?.message.contains(bad) == true)
    #expect(documents[1].notes.isEmpty)
  }

  @Test("directories are read recursively for *.txt in sorted order; missing paths fail by name")
  func directories() throws {
    let directory = try TemporaryDirectory()
    _ = try directory.write("b/two.txt", "Two.")
    _ = try directory.write("a/one.txt", "One.")
    _ = try directory.write("a/skip.md", "Skipped.")
    let missing = directory.path + "/missing.txt"
    let items = DocumentReader(paths: [missing, directory.path]).readAll()
    #expect(items.count == 3)
    if case .failure(let failure) = items[0] {
      #expect(failure.location == missing)
    } else {
      Issue.record("expected the missing path to fail")
    }
    let texts = items.compactMap { try? $0.get().text }
    #expect(texts == ["One.", "Two."])
  }

  @Test("a JSON date that is not ISO 8601 is ignored with a warning naming the document")
  func badDate() {
    let document = Document(
      input: DocumentInput(id: "x", text: "Hi.", date: "28/02/2019", location: "in.jsonl:3"),
      defaultDate: DateTimeValue(iso8601: "2020-01-01"))
    #expect(document.referenceDate?.source == .option)
    #expect(document.diagnostics.first?.message.contains("document 'x' (in.jsonl:3)") == true)
  }
}
