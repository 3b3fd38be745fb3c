import ChronicleKit
import Foundation

/// Paths and shared fixtures for the tests.
enum TestData {
  /// The repository root (this file is Tests/ChronicleKitTests/Support/TestData.swift).
  static let root: String = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

  /// The shipped data directory.
  static let gazetteers = root + "/gazetteers"

  /// The samples directory.
  static let samples = root + "/samples"

  /// The abbreviation list, loaded once.
  static let abbreviations: AbbreviationList = {
    do {
      return try AbbreviationList(directory: gazetteers)
    } catch {
      fatalError("cannot load the abbreviation list: \(error)")
    }
  }()

  /// A segmenter with the shipped abbreviations.
  static func segmenter(_ newlines: SentenceSegmenter.NewlinePolicy = .auto) -> SentenceSegmenter {
    SentenceSegmenter(abbreviations: abbreviations, newlines: newlines)
  }

  /// The text of a file in the repository.
  static func text(_ relativePath: String) throws -> String {
    try String(contentsOfFile: root + "/" + relativePath, encoding: .utf8)
  }
}

extension Document {
  /// The texts of the sentences.
  var sentenceTexts: [String] { sentences.map { text(in: $0.range) } }
}
