import CPrefetch

/// The words that can anchor an event, from `gazetteers/event-triggers.tsv` (WordNet 3.0 verbs
/// and event nouns with every inflection): each form's lemma, part of speech, class and flags.
///
/// Forms are kept by their lower-case token keys (see ``TokenKey``); two- and three-word forms
/// ("press conference", "sat down", "took part") by the keys of their tokens.
public struct EventLexicon: Sendable {
  /// A part of speech.
  public enum PartOfSpeech: String, Sendable, Hashable, CaseIterable {
    case verb = "V"
    case noun = "N"
  }

  /// What the lexicon says about a form in one part of speech. A plain value (the lemma and
  /// class are numbers of the lexicon's strings, read with ``EventLexicon/lemma(of:)`` and
  /// ``EventLexicon/eventClass(of:)``), so choosing among senses and copying triggers costs no
  /// reference counting, and a sense takes 24 bytes.
  public struct Sense: Hashable, Sendable {
    /// Verb or noun.
    public var partOfSpeech: PartOfSpeech
    /// Flags from the file.
    public var flags: Flags
    /// The lemma's lower-case ``TokenKey``, to tell a one-word lemma from an inflection without
    /// building strings.
    var lemmaKey: UInt64
    /// The lemma ("say" for "said") and the WordNet lexicographer class ("communication",
    /// "motion", "event", "act" …), as indices into the lexicon's strings.
    var lemmaIndex: Int32
    var classIndex: Int32
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

  /// Every form's senses, one run per form.
  private var senseList: [Sense] = []
  /// The lemmas and classes that senses refer to.
  private var strings: [String] = []
  /// Single-token forms: lower-case key → the form's run in `senseList` (packed, see `pack`).
  private var singleForms = KeyTable()
  /// Multi-token forms, grouped by their first two keys, longest first within a group; each
  /// form is its length in tokens, its run in `senseList` (packed) and its token keys. One
  /// array, so that a group is consecutive memory: trying its forms reads one place (which
  /// ``prefetchPhrases(_:next:)`` can load ahead), and loading them allocates nothing.
  private var phrases: [UInt64] = []
  /// The first two keys of a multi-token form (see `pairKey`) → its group: where it starts in
  /// `phrases` and how many forms it has (packed). Grouping by two keys keeps groups short:
  /// "take" starts 93 phrases.
  private var phraseGroups = KeyTable()
  /// The number of single-token forms.
  public private(set) var count = 0

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

  /// The lemma of a sense ("say" for "said").
  public func lemma(of sense: Sense) -> String { strings[Int(sense.lemmaIndex)] }

  /// The WordNet lexicographer class of a sense ("communication", "motion", "event", "act" …).
  public func eventClass(of sense: Sense) -> String { strings[Int(sense.classIndex)] }

  /// Builds the tables from the senses of each form.
  private init(single: [UInt64: [Sense]], phrases phraseSenses: [[UInt64]: [Sense]], strings: [String]) {
    self.strings = strings
    for key in single.keys.sorted() {
      let start = senseList.count
      senseList += single[key]!
      singleForms.update(key, EventLexicon.pack(start..<senseList.count)) { $1 }
    }
    count = single.count
    func precedes(_ a: (pair: UInt64, keys: [UInt64]), _ b: (pair: UInt64, keys: [UInt64])) -> Bool {
      if a.pair != b.pair { return a.pair < b.pair }
      if a.keys.count != b.keys.count { return a.keys.count > b.keys.count }
      return a.keys.lexicographicallyPrecedes(b.keys)
    }
    let ordered = phraseSenses.keys.map { (pair: EventLexicon.pairKey($0[0], $0[1]), keys: $0) }.sorted(by: precedes)
    var groupStart = 0
    var groupCount = 0
    for (i, (pair, keys)) in ordered.enumerated() {
      let start = senseList.count
      senseList += phraseSenses[keys]!
      phrases.append(UInt64(keys.count))
      phrases.append(EventLexicon.pack(start..<senseList.count))
      phrases += keys
      groupCount += 1
      if i + 1 == ordered.count || ordered[i + 1].pair != pair {
        phraseGroups.update(pair, EventLexicon.pack(groupStart..<(groupStart + groupCount))) { $1 }
        groupStart = phrases.count
        groupCount = 0
      }
      singleForms.update(keys[0], EventLexicon.startsPhraseBit) { $0 | $1 }
    }
  }

  /// One key for a form's first two token keys.
  @inline(__always)
  private static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
    (first &* 0x9E37_79B9_7F4A_7C15) ^ (second << 31 | second >> 33)
  }

  @inline(__always)
  private static func pack(_ range: Range<Int>) -> UInt64 { UInt64(range.lowerBound) << 32 | UInt64(range.count) }

  @inline(__always)
  private static func unpack(_ value: UInt64) -> Range<Int> {
    let start = Int(value >> 32)
    return start..<(start + Int(value & 0x7FFF_FFFF))
  }

  /// Set in a single form's packed run when some multi-token form starts with the word (a word
  /// may start phrases and have no senses of its own: its run is then empty).
  private static let startsPhraseBit: UInt64 = 1 << 31

  /// The compiled form: strings once, then the senses and the tables as they are in memory.
  func write(to writer: inout BinaryWriter) {
    writer.array(senseList.map(\.lemmaIndex))
    writer.array(senseList.map { $0.partOfSpeech == .verb ? UInt8(0) : UInt8(1) })
    writer.array(senseList.map(\.classIndex))
    writer.array(senseList.map(\.flags.rawValue))
    writer.int(strings.count)
    for text in strings { writer.string(text) }
    singleForms.write(to: &writer)
    writer.int(count)
    writer.array(phrases)
    phraseGroups.write(to: &writer)
  }

  init(from reader: inout BinaryReader) throws {
    let lemmas = try reader.array(Int32.self)
    let parts = try reader.array(UInt8.self)
    let classes = try reader.array(Int32.self)
    let flags = try reader.array(UInt8.self)
    for _ in 0..<(try reader.count()) { strings.append(try reader.string()) }
    let stringKeys = strings.map { NameLexicon.key($0) }
    guard parts.count == lemmas.count, classes.count == lemmas.count, flags.count == lemmas.count,
      lemmas.allSatisfy({ $0 >= 0 && Int($0) < strings.count }), classes.allSatisfy({ $0 >= 0 && Int($0) < strings.count })
    else { throw BinaryReader.Truncated() }
    senseList = lemmas.indices.map { i in
      Sense(
        partOfSpeech: parts[i] == 0 ? .verb : .noun, flags: Flags(rawValue: flags[i]),
        lemmaKey: stringKeys[Int(lemmas[i])], lemmaIndex: lemmas[i], classIndex: classes[i])
    }
    singleForms = try KeyTable(from: &reader)
    count = try reader.int()
    phrases = try reader.array(UInt64.self)
    // Each form: a length of at least two tokens, its keys inside the array, its senses inside
    // theirs. `ordinals` holds each form's number where it begins (-1 elsewhere), for the
    // groups' check below.
    var ordinals = [Int32](repeating: -1, count: phrases.count)
    var formCount: Int32 = 0
    var i = 0
    while i < phrases.count {
      guard phrases.count - i >= 4 else { throw BinaryReader.Truncated() }
      let length = phrases[i]
      guard length >= 2, length <= UInt64(phrases.count - i - 2), EventLexicon.fits(phrases[i + 1], senseList.count)
      else { throw BinaryReader.Truncated() }
      ordinals[i] = formCount
      formCount += 1
      i += 2 + Int(length)
    }
    phraseGroups = try KeyTable(from: &reader)
    // Every packed run must lie inside its list, and a group start at a form and hold forms
    // that are there.
    let groupsFit = phraseGroups.allValues { packed in
      let group = EventLexicon.unpack(packed)
      guard group.lowerBound < ordinals.count, ordinals[group.lowerBound] >= 0 else { return false }
      return group.count >= 1 && group.count <= Int(formCount - ordinals[group.lowerBound])
    }
    guard singleForms.allValues({ EventLexicon.fits($0, senseList.count) }), groupsFit else {
      throw BinaryReader.Truncated()
    }
  }

  /// Whether a packed run lies inside a list of `count` elements.
  private static func fits(_ packed: UInt64, _ count: Int) -> Bool { unpack(packed).upperBound <= count }

  /// Loads a trigger file (`form lemma pos class flags`).
  public init(file path: String) throws {
    var strings: [String] = []  // each distinct lemma and class once
    var stringIndex: [String: Int32] = [:]
    func intern(_ text: String) -> Int32 {
      if let index = stringIndex[text] { return index }
      stringIndex[text] = Int32(strings.count)
      strings.append(text)
      return Int32(strings.count - 1)
    }
    var single: [UInt64: [Sense]] = [:]
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
      let lemma = fields[1].string
      let sense = Sense(
        partOfSpeech: partOfSpeech, flags: flags, lemmaKey: NameLexicon.key(lemma), lemmaIndex: intern(lemma),
        classIndex: intern(fields[3].string))
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
    self.init(single: single, phrases: phraseSenses, strings: strings)
  }

  /// What the lexicon has for a single token, by its lower-case key, packed: its senses
  /// (``senses(of:)``, empty when it is no trigger by itself), and whether a multi-token form
  /// starts with it (``startsPhrase(_:)``) — only then is ``phrase(_:at:limit:)`` worth asking,
  /// which saves most words a second table lookup. 0 when the lexicon has nothing.
  @inline(__always)
  func form(_ key: UInt64) -> UInt64 { singleForms[key] ?? 0 }

  /// The senses of a form that ``form(_:)`` gave.
  @inline(__always)
  static func senses(of form: UInt64) -> Range<Int> { unpack(form) }

  /// Whether a multi-token form starts with the word of a form that ``form(_:)`` gave.
  @inline(__always)
  static func startsPhrase(_ form: UInt64) -> Bool { form & startsPhraseBit != 0 }

  /// Stands for a form not looked up yet: no form of ``form(_:)`` is all ones (its run would
  /// end past any list's end).
  static let unread = UInt64.max

  /// The sense at `index`, in a run that ``senses(of:)`` or ``phrase(_:at:limit:)`` gave: the
  /// runs are indices, not slices, so looking words up costs no reference counting.
  @inline(__always)
  func sense(_ index: Int) -> Sense { senseList[index] }

  /// Starts loading what ``form(_:)`` and ``phrase(_:at:limit:)`` will read for a word with
  /// the key `key` followed by one with the key `next`: the tables are larger than the
  /// processor's caches, and prefetching a document's words ahead lets their misses overlap.
  @inline(__always)
  func prefetch(_ key: UInt64, next: UInt64) {
    singleForms.prefetch(key)
    phraseGroups.prefetch(EventLexicon.pairKey(key, next))
  }

  /// Starts loading the senses of a form that ``form(_:)`` gave, once its slot has arrived
  /// (see ``prefetch(_:next:)``).
  @inline(__always)
  func prefetchSenses(of form: UInt64) {
    guard form & 0x7FFF_FFFF != 0 else { return }
    senseList.withUnsafeBufferPointer { chronicle_prefetch($0.baseAddress! + Int(form >> 32)) }
  }

  /// The longest multi-token form starting at `start` (lower-case keys, within `limit`): its
  /// length in tokens and senses.
  func phrase(_ keys: [UInt64], at start: Int, limit: Int) -> (length: Int, senses: Range<Int>)? {
    guard start + 1 < limit, let packed = phraseGroups[EventLexicon.pairKey(keys[start], keys[start + 1])] else {
      return nil
    }
    let group = EventLexicon.unpack(packed)
    var form = group.lowerBound
    for _ in 0..<group.count {
      let length = Int(phrases[form])
      if start + length <= limit, (0..<length).allSatisfy({ keys[start + $0] == phrases[form + 2 + $0] }) {
        return (length, EventLexicon.unpack(phrases[form + 1]))
      }
      form += 2 + length
    }
    return nil
  }

  /// Starts loading the forms that ``phrase(_:at:limit:)`` will try for a word with the key
  /// `key` followed by one with the key `next`, once the group's slot has arrived (see
  /// ``prefetch(_:next:)``).
  @inline(__always)
  func prefetchPhrases(_ key: UInt64, next: UInt64) {
    guard let packed = phraseGroups[EventLexicon.pairKey(key, next)] else { return }
    phrases.withUnsafeBufferPointer { chronicle_prefetch($0.baseAddress! + Int(packed >> 32)) }
  }
}
