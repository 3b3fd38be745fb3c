import ChronicleKit
import Foundation

/// Helpers shared by the fuzz targets: the data directory, input decoding and checks of the
/// output contracts. A broken contract stops the process with a message, which libFuzzer
/// reports as a crash and saves the input for.
public enum Fuzz {
  /// The shipped data directory: `$CHRONICLE_DATA`, else the checkout's `gazetteers/`.
  public static let dataDirectory: String = {
    if let path = ProcessInfo.processInfo.environment["CHRONICLE_DATA"], !path.isEmpty { return path }
    // Fuzz/Sources/FuzzSupport/FuzzSupport.swift -> gazetteers/
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("gazetteers").path
  }()

  /// The shipped abbreviation list, loaded once.
  public static let abbreviations: AbbreviationList = load { try AbbreviationList(directory: dataDirectory) }

  /// Runs `body` or stops the fuzzer with the error: neither set-up (loading data files) nor a
  /// stage may throw (a stage throws only when ICU fails).
  public static func load<T>(_ body: () throws -> T) -> T {
    do {
      return try body()
    } catch {
      fatalError("unexpected error: \(error)")
    }
  }

  /// The fuzzer's bytes as text, decoded as the readers do (invalid UTF-8 becomes U+FFFD).
  public static func text(_ data: UnsafePointer<UInt8>?, _ size: Int) -> String {
    guard let data, size > 0 else { return "" }
    return String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  }

  /// The fuzzer's bytes.
  public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> UnsafeBufferPointer<UInt8> {
    guard let data, size > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
    return UnsafeBufferPointer(start: data, count: size)
  }

  /// Stops with `message` unless `condition` holds (in every build configuration).
  public static func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError("contract broken: \(message())") }
  }

  /// Checks that each range lies inside `text`, on scalar boundaries, and that the ranges are
  /// in order; `nonEmpty` and `disjoint` add that no range is empty and no two overlap.
  public static func checkRanges(
    _ ranges: [TextRange], in text: String, _ label: String, nonEmpty: Bool = true, disjoint: Bool = true
  ) {
    let utf8 = Array(text.utf8)
    func boundary(_ offset: Int) -> Bool { offset == utf8.count || utf8[offset] & 0xC0 != 0x80 }
    var previous: TextRange?
    for range in ranges {
      expect(range.start >= 0 && range.start <= range.end && range.end <= utf8.count, "\(label) \(range) outside 0..<\(utf8.count)")
      expect(boundary(range.start) && boundary(range.end), "\(label) \(range) splits a character")
      if nonEmpty { expect(range.start < range.end, "\(label) \(range) is empty") }
      if let previous {
        expect(previous.start <= range.start, "\(label) \(range) after \(previous): out of order")
        if disjoint { expect(previous.end <= range.start, "\(label) \(range) overlaps \(previous)") }
      }
      previous = range
    }
  }

  /// Checks the sentence layer: trimmed, non-empty, ordered, disjoint, paragraphs non-decreasing.
  public static func checkSentences(_ sentences: [Sentence], in text: String) {
    checkRanges(sentences.map(\.range), in: text, "sentence")
    let utf8 = Array(text.utf8)
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    var paragraph = Int.min
    for sentence in sentences {
      expect(!isSpace(utf8[sentence.range.start]) && !isSpace(utf8[sentence.range.end - 1]), "sentence \(sentence.range) not trimmed")
      expect(sentence.paragraph >= paragraph, "sentence \(sentence.range) paragraph \(sentence.paragraph) after \(paragraph)")
      paragraph = sentence.paragraph
    }
  }

  /// Checks the token layer: non-empty, ordered, disjoint.
  public static func checkTokens(_ tokens: [Token], in text: String) {
    checkRanges(tokens.map(\.range), in: text, "token")
  }

  /// Checks the entity layer: mentions in order and disjoint, each linked id in the entity table.
  public static func checkEntities(_ document: Document) {
    checkRanges(document.mentions.map(\.range), in: document.text, "mention")
    let ids = Set(document.entities.map(\.id))
    expect(ids.count == document.entities.count, "duplicate entity ids")
    for mention in document.mentions {
      if let id = mention.entityID { expect(ids.contains(id), "mention \(mention.range) links to unknown entity \(id)") }
    }
  }

  /// Checks the time layer: expressions in order and disjoint, with a value.
  public static func checkTimes(_ document: Document) {
    checkRanges(document.times.map(\.range), in: document.text, "time")
    for time in document.times { expect(!time.value.isEmpty, "time \(time.range) has no value") }
    if let range = document.referenceDate?.range {
      checkRanges([range], in: document.text, "reference date", nonEmpty: false)
    }
  }

  /// Checks that `bytes` is one JSON value (or, with `lines`, one per non-empty line).
  public static func checkJSON(_ bytes: [UInt8], _ label: String, lines: Bool = false) {
    let chunks: [ArraySlice<UInt8>] = lines ? bytes.split(separator: 0x0A) : [bytes[...]]
    for chunk in chunks {
      let parsed = try? JSONSerialization.jsonObject(with: Data(chunk), options: [.fragmentsAllowed])
      expect(parsed != nil, "\(label): output is not JSON: \(String(decoding: chunk.prefix(200), as: UTF8.self))")
    }
  }
}
