/// One surface form of an entity in a gazetteer.
public struct GazetteerEntry: Hashable, Sendable {
  /// Per-entry matching policy (the `flags` column).
  public struct Flags: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Match regardless of case.
    public static let fold = Flags(rawValue: 1 << 0)
    /// The surface is also a common English word (Nice, Reading): needs supporting context.
    public static let common = Flags(rawValue: 1 << 1)
    /// The surface is also a common given name or surname (Washington, Jordan).
    public static let personName = Flags(rawValue: 1 << 2)
    /// An abbreviation or acronym (UN, DPRK).
    public static let abbreviation = Flags(rawValue: 1 << 3)
    /// Never tag this surface.
    public static let stop = Flags(rawValue: 1 << 4)

    /// The flags' names in the gazetteer format.
    public static let names: [(String, Flags)] = [
      ("fold", .fold), ("common", .common), ("person-name", .personName), ("abbrev", .abbreviation),
      ("stop", .stop),
    ]

    /// Parses a comma-separated list of flag names; `nil` names the first unknown one.
    static func parse(_ text: Substring) -> (Flags, unknown: String?) {
      var flags: Flags = []
      for name in text.split(separator: ",") {
        let trimmed = name.trimmingSpaces
        guard !trimmed.isEmpty else { continue }
        guard let flag = names.first(where: { $0.0 == trimmed })?.1 else { return (flags, String(trimmed)) }
        flags.insert(flag)
      }
      return (flags, nil)
    }

    /// The flags as written in the gazetteer format.
    public var text: String { Flags.names.filter { contains($0.1) }.map(\.0).joined(separator: ",") }
  }

  /// The text to find.
  public var surface: String
  /// The entity's type.
  public var type: EntityType
  /// The entity's canonical id.
  public var id: String
  /// The entity's canonical name.
  public var name: String
  /// Matching policy.
  public var flags: Flags
  /// Among entries with the same surface, the highest priority wins.
  public var priority: Int
  /// Where the entry came from: the file's name and line, for messages.
  public var source: String
  /// Entries from a user's `--gazetteer` files win over the shipped ones.
  public var isUserEntry: Bool

  /// Creates an entry.
  public init(
    surface: String, type: EntityType, id: String? = nil, name: String? = nil, flags: Flags = [],
    priority: Int = 0, source: String = "", isUserEntry: Bool = false
  ) {
    self.surface = surface
    self.type = type
    self.id = id ?? GazetteerEntry.defaultID(type: type, name: name ?? surface)
    self.name = name ?? surface
    self.flags = flags
    self.priority = priority
    self.source = source
    self.isUserEntry = isUserEntry
  }

  /// The id given to an entity that no list names: `name:person/ri-yong-ho`.
  public static func defaultID(type: EntityType, name: String) -> String {
    let prefix = idPrefix(type)
    var name = name
    // Most names are ASCII: slug their bytes directly into the id (the same result as the
    // general path), with no intermediate array.
    let ascii: String? = name.withUTF8 { source in
      guard source.allSatisfy({ $0 < 0x80 }) else { return nil }
      return String(unsafeUninitializedCapacity: prefix.utf8CodeUnitCount + source.count) { id in
        var count = 0
        for i in 0..<prefix.utf8CodeUnitCount {
          id[count] = prefix.utf8Start[i]
          count += 1
        }
        slug(source) { byte in
          id[count] = byte
          count += 1
        }
        return count
      }
    }
    return ascii ?? generalID(type: type, name: name)
  }

  /// The bytes of a default id's slug, one by one: ASCII letters in lower case and digits, each
  /// run of other ASCII characters between them as one "-"; a byte beyond ASCII is kept as it
  /// is (``defaultID(type:name:)`` slugs only ASCII names this way; the entity stage hashes the
  /// slug of any name's text to tell which names make the same id).
  @inline(__always)
  static func slug(_ text: UnsafeBufferPointer<UInt8>, _ body: (UInt8) -> Void) {
    var started = false
    var pendingDash = false
    for byte in text {
      let lower = byte | 0x20
      if byte >= 0x80 || (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
        if pendingDash && started { body(0x2D) }
        body(byte >= 0x41 && byte <= 0x5A ? lower : byte)
        started = true
        pendingDash = false
      } else {
        pendingDash = true
      }
    }
  }

  /// The start of every default id of a type: `name:person/`.
  private static func idPrefix(_ type: EntityType) -> StaticString {
    switch type {
    case .person: "name:person/"
    case .location: "name:location/"
    case .organization: "name:organization/"
    }
  }

  /// ``defaultID(type:name:)`` for any text: lower-cased, letters and digits of every script.
  static func generalID(type: EntityType, name: String) -> String {
    var slug = ""
    var pendingDash = false
    for scalar in name.lowercased().unicodeScalars {
      if UTF8Scanning.isLetter(scalar) || UTF8Scanning.isDigit(scalar) {
        if pendingDash && !slug.isEmpty { slug.append("-") }
        slug.unicodeScalars.append(scalar)
        pendingDash = false
      } else {
        pendingDash = true
      }
    }
    return idPrefix(type).description + slug
  }

  /// The type named by a label in any supported format (PERSON/PER, LOCATION/LOC/GPE/FAC,
  /// ORGANIZATION/ORGANISATION/ORG), or `nil`.
  public static func type(forLabel label: some StringProtocol) -> EntityType? {
    switch label.uppercased() {
    case "PERSON", "PER", "PERS": return .person
    case "LOCATION", "LOC", "GPE", "FAC", "PLACE": return .location
    case "ORGANIZATION", "ORGANISATION", "ORG": return .organization
    default: return nil
    }
  }
}
