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

  /// Loads `event-triggers.tsv` from a data directory.
  /// - Throws: ``DataFileError`` naming the file and line of a problem.
  public init(directory: String) throws {
    try self.init(file: directory + "/event-triggers.tsv")
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
      let keys = tokenizer.tokens(in: form.bytes).map { TokenKey.key(form.bytes, $0.range, case: .lower) }
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
