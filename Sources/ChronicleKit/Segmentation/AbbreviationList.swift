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
  /// The spellings (without the final period) of abbreviations listed in more than one case
  /// with different kinds ("Sec." a title, "sec." a number): each keeps its own kind.
  private var exactKinds: [String: Kind] = [:]
  /// The keys (lower case) of those abbreviations.
  private var conflicting: Set<String> = []
  private var starters: Set<String>
  /// The abbreviations that are ASCII (nearly all), as bytes, found by a hash of their bytes:
  /// what the sentence splitter asks at every period, without building a string.
  private var asciiKeys: [[UInt8]] = []
  private var asciiKinds: [Kind] = []
  /// Whether some spelling of the key has a kind of its own (see `exactKinds`).
  private var asciiHasExact: [Bool] = []
  private var asciiIndex = KeyTable()

  /// Creates a list from abbreviations (with or without their final period) and sentence
  /// starters (case-sensitive).
  ///
  /// Case is ignored, except where an abbreviation is listed in more than one case with
  /// different kinds: each listed spelling then keeps its kind, and any other spelling takes the
  /// kind of the all-lower-case one, or else of the first spelling in code-point order. The
  /// result never depends on the dictionary's order.
  public init(abbreviations: [String: Kind], starters: Set<String>) {
    var kinds: [String: Kind] = [:]
    var conflicting: Set<String> = []
    var keyed: [(key: String, abbreviation: String, kind: Kind)] = []
    keyed.reserveCapacity(abbreviations.count)
    for (abbreviation, kind) in abbreviations {
      let key = AbbreviationList.key(abbreviation)
      keyed.append((key, abbreviation, kind))
      if let other = kinds.updateValue(kind, forKey: key), other != kind { conflicting.insert(key) }
    }
    // The keys listed in several cases with different kinds, settled apart from the order.
    var exactKinds: [String: Kind] = [:]
    if !conflicting.isEmpty {
      var spellings: [String: [(spelling: String, kind: Kind)]] = [:]
      for entry in keyed where conflicting.contains(entry.key) {
        let spelling = entry.abbreviation.hasSuffix(".") ? String(entry.abbreviation.dropLast()) : entry.abbreviation
        spellings[entry.key, default: []].append((spelling, entry.kind))
      }
      for (key, entries) in spellings {
        let sorted = entries.sorted { ($0.spelling, $0.kind.rawValue) < ($1.spelling, $1.kind.rawValue) }
        kinds[key] = (sorted.first { $0.spelling == key } ?? sorted[0]).kind
        for entry in sorted where exactKinds[entry.spelling] == nil { exactKinds[entry.spelling] = entry.kind }
      }
    }
    self.kinds = kinds
    self.exactKinds = exactKinds
    self.conflicting = conflicting
    self.starters = starters
    asciiIndex = KeyTable(capacity: kinds.count)
    for (key, kind) in kinds.sorted(by: { $0.key < $1.key }) where key.utf8.allSatisfy({ $0 < 0x80 }) {
      asciiIndex.update(AbbreviationList.hash(key.utf8), UInt64(asciiKeys.count)) { $1 }
      asciiKeys.append(Array(key.utf8))
      asciiKinds.append(kind)
      asciiHasExact.append(conflicting.contains(key))
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

  /// The kind of an abbreviation, given with or without its final period ("U.S", "Gen"); case
  /// is ignored, except for an abbreviation listed in more than one case (see
  /// ``init(abbreviations:starters:)``).
  public func kind(of word: some StringProtocol) -> Kind? {
    let key = AbbreviationList.key(word)
    guard let kind = kinds[key] else { return nil }
    if conflicting.contains(key), let exact = exactKinds[String(word.hasSuffix(".") ? word.dropLast() : word[...])] {
      return exact
    }
    return kind
  }

  /// The kind of an abbreviation given as UTF-8 bytes, as the lookup by string gives it; an
  /// ASCII word (nearly every one) is looked up without building a string.
  func kind(of word: UnsafeBufferPointer<UInt8>) -> Kind? {
    let key = word.last == 0x2E ? UnsafeBufferPointer(rebasing: word.dropLast()) : word
    guard key.allSatisfy({ $0 < 0x80 }) else { return kind(of: String(decoding: word, as: UTF8.self)) }
    guard let index = asciiIndex[AbbreviationList.hash(key)].map({ Int($0) }),
      asciiKeys[index].elementsEqual(key.lazy.map(UTF8Scanning.asciiLower))
    else { return nil }
    if asciiHasExact[index], let kind = exactKinds[String(decoding: key, as: UTF8.self)] { return kind }
    return asciiKinds[index]
  }

  /// Whether a capitalised word commonly starts a sentence ("He", "The", "However").
  public func isSentenceStarter(_ word: some StringProtocol) -> Bool {
    starters.contains(String(word))
  }

  /// The number of abbreviations.
  public var count: Int { kinds.count }

  static func key(_ word: some StringProtocol) -> String {
    (word.hasSuffix(".") ? word.dropLast() : word[...]).lowercased()
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
