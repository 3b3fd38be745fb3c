/// The words that can anchor an event, from `gazetteers/event-triggers.tsv` (WordNet 3.0 verbs
/// and event nouns with every inflection): each form's lemma, part of speech, class and flags.
///
/// Forms are kept by their lower-case token keys (see ``TokenKey``); two- and three-word forms
/// ("press conference", "sat down", "took part") by the keys of their tokens.
public struct EventLexicon: Sendable {
  /// A part of speech.
  public enum PartOfSpeech: String, Sendable, Hashable {
    case verb = "V"
    case noun = "N"
  }

  /// What the lexicon says about a form in one part of speech.
  public struct Sense: Hashable, Sendable {
    /// The lemma ("say" for "said").
    public var lemma: String
    /// Verb or noun.
    public var partOfSpeech: PartOfSpeech
    /// The WordNet lexicographer class ("communication", "motion", "event", "act" …).
    public var eventClass: String
    /// Flags from the file.
    public var flags: Flags
  }

  /// The `flags` column.
  public struct Flags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// be, have, do, will, can … — never an event.
    public static let auxiliary = Flags(rawValue: 1 << 0)
    /// make, take, give, get … — rarely an event by itself.
    public static let light = Flags(rawValue: 1 << 1)
    /// say, tell, announce … — reports speech, with a speaker.
    public static let reporting = Flags(rawValue: 1 << 2)
    /// know, want, seem … — a state, not an event.
    public static let stative = Flags(rawValue: 1 << 3)
    /// Far more often something else in news ("well", "close").
    public static let ambiguous = Flags(rawValue: 1 << 4)

    static let names: [String: Flags] = [
      "auxiliary": .auxiliary, "light": .light, "reporting": .reporting, "stative": .stative,
      "ambiguous": .ambiguous,
    ]
  }

  /// Senses by the key of a single-token form.
  private var single: [UInt64: [Sense]] = [:]
  /// Senses of multi-token forms, by the key sequence, grouped by first key.
  private var phrases: [UInt64: [(keys: [UInt64], senses: [Sense])]] = [:]

  /// An empty lexicon.
  public init() {}

  /// Loads `event-triggers.tsv` from a data directory, from the compiled cache when the file is
  /// unchanged.
  /// - Throws: ``DataFileError`` naming the file and line of a problem.
  public init(directory: String) throws {
    let file = directory + "/event-triggers.tsv"
    self = try CompiledCache.value(
      kind: "event-lexicon", files: [file], decode: { try EventLexicon(from: &$0) }, encode: { $0.write(to: &$1) },
      build: { try EventLexicon(file: file) })
  }

  /// The compiled form: strings once, senses by index, forms by key.
  func write(to writer: inout BinaryWriter) {
    var strings: [String] = []
    var stringIndex: [String: Int32] = [:]
    func intern(_ text: String) -> Int32 {
      if let index = stringIndex[text] { return index }
      stringIndex[text] = Int32(strings.count)
      strings.append(text)
      return Int32(strings.count - 1)
    }
    var senses: [Sense] = []
    var senseIndex: [Sense: Int32] = [:]
    func index(_ sense: Sense) -> Int32 {
      if let index = senseIndex[sense] { return index }
      senseIndex[sense] = Int32(senses.count)
      senses.append(sense)
      return Int32(senses.count - 1)
    }
    var keys: [UInt64] = []
    var starts: [Int32] = [0]
    var members: [Int32] = []
    for key in single.keys.sorted() {
      keys.append(key)
      members += single[key]!.map(index)
      starts.append(Int32(members.count))
    }
    var phraseKeys: [UInt64] = []
    var phraseStarts: [Int32] = [0]
    var phraseMembers: [Int32] = []
    for first in phrases.keys.sorted() {
      for (tokens, list) in phrases[first]! {
        phraseKeys.append(UInt64(tokens.count))
        phraseKeys += tokens
        phraseMembers += list.map(index)
        phraseStarts.append(Int32(phraseMembers.count))
      }
    }
    writer.array(senses.map { intern($0.lemma) })
    writer.array(senses.map { $0.partOfSpeech == .verb ? UInt8(0) : UInt8(1) })
    writer.array(senses.map { intern($0.eventClass) })
    writer.array(senses.map(\.flags.rawValue))
    writer.int(strings.count)
    for text in strings { writer.string(text) }
    writer.array(keys)
    writer.array(starts)
    writer.array(members)
    writer.array(phraseKeys)
    writer.array(phraseStarts)
    writer.array(phraseMembers)
  }

  init(from reader: inout BinaryReader) throws {
    let lemmas = try reader.array(Int32.self)
    let parts = try reader.array(UInt8.self)
    let classes = try reader.array(Int32.self)
    let flags = try reader.array(UInt8.self)
    var strings: [String] = []
    for _ in 0..<(try reader.int()) { strings.append(try reader.string()) }
    guard parts.count == lemmas.count, classes.count == lemmas.count, flags.count == lemmas.count,
      lemmas.allSatisfy({ $0 >= 0 && Int($0) < strings.count }), classes.allSatisfy({ $0 >= 0 && Int($0) < strings.count })
    else { throw BinaryReader.Truncated() }
    let senses = lemmas.indices.map { i in
      Sense(
        lemma: strings[Int(lemmas[i])], partOfSpeech: parts[i] == 0 ? .verb : .noun,
        eventClass: strings[Int(classes[i])], flags: Flags(rawValue: flags[i]))
    }
    func members(_ list: [Int32], _ from: Int32, _ to: Int32) throws -> [Sense] {
      guard from >= 0, from <= to, Int(to) <= list.count else { throw BinaryReader.Truncated() }
      return try list[Int(from)..<Int(to)].map { index in
        guard index >= 0, Int(index) < senses.count else { throw BinaryReader.Truncated() }
        return senses[Int(index)]
      }
    }
    let keys = try reader.array(UInt64.self)
    let starts = try reader.array(Int32.self)
    let list = try reader.array(Int32.self)
    guard starts.count == keys.count + 1 else { throw BinaryReader.Truncated() }
    for (i, key) in keys.enumerated() { single[key] = try members(list, starts[i], starts[i + 1]) }
    let phraseKeys = try reader.array(UInt64.self)
    let phraseStarts = try reader.array(Int32.self)
    let phraseList = try reader.array(Int32.self)
    var i = 0
    var p = 0
    while i < phraseKeys.count {
      let length = Int(phraseKeys[i])
      guard length > 0, i + 1 + length <= phraseKeys.count, p + 1 < phraseStarts.count else {
        throw BinaryReader.Truncated()
      }
      let tokens = Array(phraseKeys[(i + 1)...(i + length)])
      phrases[tokens[0], default: []].append((tokens, try members(phraseList, phraseStarts[p], phraseStarts[p + 1])))
      i += 1 + length
      p += 1
    }
  }

  /// Loads a trigger file (`form lemma pos class flags`).
  public init(file path: String) throws {
    var lemmas: [String: String] = [:]  // one string per distinct lemma
    var classes: [String: String] = [:]
    var phraseSenses: [[UInt64]: [Sense]] = [:]
    let tokenizer = Tokenizer()
    try DataFileReader.records(path, minimumFields: 4) { number, fields in
      guard let partOfSpeech = PartOfSpeech(rawValue: fields[2].string) else {
        throw DataFileError(path: path, line: number, reason: "part of speech '\(fields[2].string)' is not V or N")
      }
      var flags: Flags = []
      if fields.count > 4 {
        for name in fields[4].string.split(separator: ",") {
          guard let flag = Flags.names[String(name)] else {
            throw DataFileError(path: path, line: number, reason: "unknown flag '\(name)'")
          }
          flags.insert(flag)
        }
      }
      let lemmaText = fields[1].string
      let classText = fields[3].string
      let lemma = lemmas[lemmaText] ?? lemmaText
      lemmas[lemmaText] = lemma
      let eventClass = classes[classText] ?? classText
      classes[classText] = eventClass
      let sense = Sense(lemma: lemma, partOfSpeech: partOfSpeech, eventClass: eventClass, flags: flags)
      let form = fields[0]
      // Most forms are one plain word: hash it directly; others go through the tokenizer.
      let plain = form.bytes.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) }
      let keys =
        plain
        ? [TokenKey.key(form.bytes, TextRange(start: 0, end: form.bytes.count), case: .lower)]
        : tokenizer.tokens(in: form.bytes).map { TokenKey.key(form.bytes, $0.range, case: .lower) }
      if keys.count == 1 {
        single[keys[0], default: []].append(sense)
      } else if keys.count > 1 {
        phraseSenses[keys, default: []].append(sense)
      }
    }
    for (keys, senses) in phraseSenses {
      phrases[keys[0], default: []].append((keys, senses))
    }
    for key in phrases.keys { phrases[key]!.sort { $0.keys.count > $1.keys.count || ($0.keys.count == $1.keys.count && $0.keys.lexicographicallyPrecedes($1.keys)) } }
  }

  /// The senses of a single token, by its lower-case key.
  @inline(__always)
  func senses(_ key: UInt64) -> [Sense]? { single[key] }

  /// The longest multi-token form starting at `start` (lower-case keys, within `limit`): its
  /// length in tokens and senses.
  func phrase(_ keys: [UInt64], at start: Int, limit: Int) -> (length: Int, senses: [Sense])? {
    guard let candidates = phrases[keys[start]] else { return nil }
    for candidate in candidates where start + candidate.keys.count <= limit {
      if (1..<candidate.keys.count).allSatisfy({ keys[start + $0] == candidate.keys[$0] }) {
        return (candidate.keys.count, candidate.senses)
      }
    }
    return nil
  }

  /// The number of single-token forms.
  public var count: Int { single.count }
}
