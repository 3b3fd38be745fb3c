/// Abbreviations whose period need not end a sentence, and the words that commonly start one;
/// loaded from `gazetteers/abbreviations.txt` and `gazetteers/sentence-starters.txt`.
public struct AbbreviationList: Sendable {
  /// How an abbreviation behaves before the next word (see the data file's header).
  public enum Kind: String, Sendable, CaseIterable {
    /// Comes before a name or number (Gen. Kim): ends no sentence before a capitalised word.
    case title
    /// Ends a sentence only before a common sentence starter ("the U.S. He said").
    case general
    /// An abbreviation only before a number (No. 5, p. 55).
    case number
    /// a.m. / p.m.: ends a sentence before a capitalised word unless the sentence so far is
    /// only a fronted time phrase.
    case time
  }

  private var kinds: [String: Kind]
  private var starters: Set<String>
  /// The abbreviations that are ASCII (nearly all), as bytes, found by a hash of their bytes:
  /// what the sentence splitter asks at every period, without building a string.
  private var asciiKeys: [[UInt8]] = []
  private var asciiKinds: [Kind] = []
  private var asciiIndex = KeyTable()

  /// Creates a list from abbreviations (with or without their final period; case is ignored)
  /// and sentence starters (case-sensitive).
  public init(abbreviations: [String: Kind], starters: Set<String>) {
    var kinds: [String: Kind] = [:]
    for (abbreviation, kind) in abbreviations { kinds[AbbreviationList.key(abbreviation)] = kind }
    self.kinds = kinds
    self.starters = starters
    asciiIndex = KeyTable(capacity: kinds.count)
    for (key, kind) in kinds.sorted(by: { $0.key < $1.key }) where key.utf8.allSatisfy({ $0 < 0x80 }) {
      asciiIndex.update(AbbreviationList.hash(key.utf8), UInt64(asciiKeys.count)) { $1 }
      asciiKeys.append(Array(key.utf8))
      asciiKinds.append(kind)
    }
  }

  /// A hash of ASCII bytes in lower case.
  private static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var hasher = TokenKey.Hasher()
    for byte in bytes { hasher.add(UTF8Scanning.asciiLower(byte)) }
    return hasher.value
  }

  /// Loads the two data files.
  /// - Throws: ``DataFileError`` naming the file and line of a malformed entry.
  public init(abbreviationsFile: String, startersFile: String) throws {
    var abbreviations: [String: Kind] = [:]
    try DataFileReader.records(abbreviationsFile, minimumFields: 1) { number, fields in
      guard fields.count == 2 else {
        throw DataFileError(
          path: abbreviationsFile, line: number,
          reason: "expected 2 tab-separated fields (abbreviation, kind), found \(fields.count)")
      }
      guard let kind = Kind(rawValue: fields[1].string) else {
        let known = Kind.allCases.map(\.rawValue).joined(separator: ", ")
        throw DataFileError(
          path: abbreviationsFile, line: number, reason: "unknown kind '\(fields[1].string)' (expected one of: \(known))")
      }
      abbreviations[fields[0].string] = kind
    }
    var starters: Set<String> = []
    try DataFileReader.records(startersFile, minimumFields: 1) { number, fields in
      let word = fields[0].string
      guard fields.count == 1, !word.contains(" ") else {
        throw DataFileError(path: startersFile, line: number, reason: "expected one word per line")
      }
      starters.insert(word)
    }
    self.init(abbreviations: abbreviations, starters: starters)
  }

  /// Loads `abbreviations.txt` and `sentence-starters.txt` from a data directory.
  public init(directory: String) throws {
    try self.init(
      abbreviationsFile: directory + "/abbreviations.txt",
      startersFile: directory + "/sentence-starters.txt")
  }

  /// The kind of an abbreviation, given without its final period ("U.S", "Gen"); case is ignored.
  public func kind(of word: some StringProtocol) -> Kind? {
    kinds[AbbreviationList.key(word)]
  }

  /// The kind of an abbreviation given as UTF-8 bytes, as the lookup by string gives it; an
  /// ASCII word (nearly every one) is looked up without building a string.
  func kind(of word: UnsafeBufferPointer<UInt8>) -> Kind? {
    let key = word.last == 0x2E ? UnsafeBufferPointer(rebasing: word.dropLast()) : word
    guard key.allSatisfy({ $0 < 0x80 }) else { return kind(of: String(decoding: word, as: UTF8.self)) }
    guard let index = asciiIndex[AbbreviationList.hash(key)].map({ Int($0) }),
      asciiKeys[index].elementsEqual(key.lazy.map(UTF8Scanning.asciiLower))
    else { return nil }
    return asciiKinds[index]
  }

  /// Whether a capitalised word commonly starts a sentence ("He", "The", "However").
  public func isSentenceStarter(_ word: some StringProtocol) -> Bool {
    starters.contains(String(word))
  }

  /// The number of abbreviations.
  public var count: Int { kinds.count }

  static func key(_ word: some StringProtocol) -> String {
    var text = String(word)
    if text.hasSuffix(".") { text.removeLast() }
    return text.lowercased()
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: SubSequence {
    var start = startIndex
    var end = endIndex
    while start < end, self[start] == " " || self[start] == "\t" { start = index(after: start) }
    while end > start {
      let before = index(before: end)
      guard self[before] == " " || self[before] == "\t" else { break }
      end = before
    }
    return self[start..<end]
  }
}
