import Foundation
import Testing

@testable import ChronicleKit

@Suite("Tokenizer")
struct TokenizerTests {
  /// Each word token's text and flags.
  private func words(_ text: String) -> [(String, Token.Flags)] {
    Tokenizer().tokens(in: text).filter { $0.kind == .word }.map { token in
      let utf8 = Array(text.utf8)[token.range.start..<token.range.end]
      return (String(decoding: utf8, as: UTF8.self), token.flags)
    }
  }

  /// The case and digit flags worked out from the word's characters one by one: the first
  /// cased letter decides capitalised or lower case; all capitals needs a letter and no lower
  /// case one.
  private func referenceFlags(_ word: String) -> Token.Flags {
    var flags: Token.Flags = []
    var firstCase: Bool?
    var anyLower = false
    for scalar in word.unicodeScalars {
      if scalar.value >= 0x80 { flags.insert(.nonASCII) }
      if scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter {
        if firstCase == nil { firstCase = true }
      } else if scalar.properties.isLowercase {
        if firstCase == nil { firstCase = false }
        anyLower = true
      } else if scalar.properties.numericType == .decimal {
        flags.insert(.hasDigit)
      }
    }
    if let firstCase {
      flags.insert(firstCase ? .capitalized : .lowercase)
      if !anyLower { flags.insert(.allCaps) }
    }
    return flags
  }

  private static let caseFlags: Token.Flags = [.capitalized, .lowercase, .allCaps, .hasDigit, .nonASCII]

  @Test(
    "words and their flags",
    arguments: [
      ("Kim", ["Kim"]),
      ("KCNA", ["KCNA"]),
      ("Q3 results", ["Q3", "results"]),
      ("Yŏngbyŏn", ["Yŏngbyŏn"]),
      ("O'Brien O’Neill", ["O'Brien", "O’Neill"]),
      ("Korea’s don't", ["Korea", "’s", "do", "n't"]),
      ("U.S. a.m.", ["U.S.", "a.m."]),
      ("ÉCOLE naïve", ["ÉCOLE", "naïve"]),
      ("iPhone eBay", ["iPhone", "eBay"]),
      ("B2B x86", ["B2B", "x86"]),
      // Words that end at a period, a single letter's period, a hyphen, the text's end, or a
      // letter beyond ASCII or a curly apostrophe right after ASCII letters.
      ("Mr. J. Kim-Jong Un. A x", ["Mr", "J", "Kim", "Jong", "Un", "A", "x"]),
      ("Cafe\u{301} Koreaʼs Kim’s I.", ["Cafe\u{301}", "Koreaʼs", "Kim", "’s", "I"]),
    ])
  func wordsAndFlags(_ example: (String, [String])) {
    let found = words(example.0)
    #expect(found.map(\.0) == example.1)
    for (word, flags) in found {
      #expect(flags.intersection(Self.caseFlags) == referenceFlags(word), "\(word)")
    }
  }

  @Test("every word of the samples has the flags its characters give")
  func samplesFlags() throws {
    let directory = TestData.samples
    let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }
    #expect(!names.isEmpty)
    let mixed = "MOSCOW — Über-Chef Łukasz, São Paulo's ΑΘΗΝΑ ﬁnal İstanbul DŽungla Ǆ 4th 2019年 ＩＢＭ x²"
    for text in try names.map({ try String(contentsOfFile: directory + "/" + $0, encoding: .utf8) }) + [mixed] {
      for (word, flags) in words(text) {
        #expect(flags.intersection(Self.caseFlags) == referenceFlags(word), "\(word)")
      }
    }
  }

  @Test("text far denser in tokens than the first reservation keeps every token, in order")
  func denseText() {
    // One token a byte, two for every three bytes (a word and its clitic), and marks joined to
    // the token before them: the token list is made again larger while the text is scanned.
    let commas = String(repeating: "a,", count: 5_000)
    let commaTokens = Tokenizer().tokens(in: commas)
    #expect(commaTokens.count == 10_000)
    #expect(commaTokens.enumerated().allSatisfy { $1.range == TextRange(start: $0, end: $0 + 1) })
    #expect(commaTokens.enumerated().allSatisfy { $1.kind == ($0 % 2 == 0 ? .word : .punctuation) })

    let clitics = String(repeating: "x's ", count: 3_000)
    let cliticTokens = Tokenizer().tokens(in: clitics)
    #expect(cliticTokens.count == 6_000)
    #expect(cliticTokens.enumerated().allSatisfy { index, token in
      let start = index / 2 * 4 + index % 2
      return token.range == TextRange(start: start, end: index % 2 == 0 ? start + 1 : start + 2)
        && token.flags.contains(.clitic) == (index % 2 == 1)
    })

    let marks = String(repeating: "-\u{301}", count: 3_000)
    let markTokens = Tokenizer().tokens(in: marks)
    #expect(markTokens.count == 3_000)
    #expect(markTokens.enumerated().allSatisfy { $1.range == TextRange(start: $0 * 3, end: $0 * 3 + 3) })
  }

  @Test("the keys made while scanning are those worked out from each token's bytes afterwards, and the tokens the same")
  func keysWhileScanning() throws {
    let directory = TestData.samples
    let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".txt") }
    var texts = try names.map { try String(contentsOfFile: directory + "/" + $0, encoding: .utf8) }
    texts += [
      "MOSCOW — Über-Chef Łukasz, São Paulo's ΑΘΗΝΑ ﬁnal İstanbul DŽungla Ǆ 4th 2019年 ＩＢＭ x²",
      "The U.N. and U.S. said Kim's aides don't know; O'Brien’s 5pm Q3 FY2019 e-mail: a.m. 3.5% …",
      "KIM JONG UN met Donald J. Trump in Hanoi on Wednesday, Feb. 27, 2019 at 10:30.",
      String(repeating: "Aa1 bB2, cc's ", count: 3_000),  // grows the lists while scanning
      "", " ", "x", "Z.",
    ]
    for text in texts {
      var text = text
      text.withUTF8 { bytes in
        let (tokens, keys) = Tokenizer().tokensAndKeys(in: bytes)
        let alone = Tokenizer().tokens(in: bytes)
        #expect(tokens == alone)
        let afterwards = TokenKeys(bytes, tokens)
        guard keys.exact.count == tokens.count && keys.lower.count == tokens.count else {
          Issue.record("\(keys.exact.count) and \(keys.lower.count) keys for \(tokens.count) tokens")
          return
        }
        // The first token whose keys differ, named by its text.
        let differing = tokens.indices.first {
          keys.exact[$0] != afterwards.exact[$0] || keys.lower[$0] != afterwards.lower[$0]
        }
        let text = differing.map { String(decoding: bytes[tokens[$0].range.start..<tokens[$0].range.end], as: UTF8.self) }
        #expect(differing == nil, "keys differ for '\(text ?? "")'")
      }
    }
  }
}
