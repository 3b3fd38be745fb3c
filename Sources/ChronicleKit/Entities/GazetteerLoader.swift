/// Reads gazetteer files in the formats users already have:
/// - Chronicle's TSV (a `# columns:` header naming the columns; see `gazetteers/README.md`);
/// - spaCy EntityRuler patterns, JSON Lines of `{"label", "pattern", "id"}` (string patterns;
///   token-list patterns are reported as unsupported and skipped);
/// - Stanford CoreNLP RegexNER mappings, `pattern<TAB>TYPE[<TAB>overwritable<TAB>priority]`, with
///   literal patterns (a pattern with regular-expression syntax is reported and skipped).
///
/// The format is chosen by the file: `.jsonl`, `.ndjson` or `.json` is spaCy; a file with a
/// `# columns:` header is Chronicle TSV; anything else is RegexNER. Labels map to Chronicle's
/// types (PER/PERSON, LOC/GPE/FAC/LOCATION, ORG/ORGANIZATION); entries with other labels are
/// counted and skipped with one warning.
public struct GazetteerLoader: Sendable {
  /// The file formats understood.
  public enum Format: String, Sendable {
    case tsv
    case spacy
    case regexner
  }

  /// The result of loading one file.
  public struct Loaded: Sendable {
    /// The entries read.
    public var entries: [GazetteerEntry]
    /// Problems that did not stop loading (skipped lines, unsupported patterns), each naming
    /// the file and line.
    public var warnings: [String]
  }

  /// Whether a malformed line is skipped with a warning instead of failing the load.
  public var skipMalformedLines: Bool

  /// Creates a loader.
  public init(skipMalformedLines: Bool = false) {
    self.skipMalformedLines = skipMalformedLines
  }

  /// The format of a file, from its name and first lines.
  static func format(of path: String, bytes: [UInt8]) -> Format {
    let lower = path.lowercased()
    if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || lower.hasSuffix(".json") { return .spacy }
    var format = Format.regexner
    var seen = 0
    DataFileReader.forEachLine(bytes) { _, line in
      guard seen < 50 else { return }
      seen += 1
      if line.hasPrefix("# columns:") || line.hasPrefix("#columns:") {
        format = .tsv
        seen = 50
      } else if !line.isBlankOrComment {
        seen = 50
      }
    }
    return format
  }

  /// Loads a file; `isUser` marks entries from a user's list (they win over shipped ones).
  /// - Throws: ``DataFileError`` naming the file (and line) when it cannot be read or, unless
  ///   ``skipMalformedLines`` is set, when a line is malformed.
  public func load(_ path: String, isUser: Bool) throws -> Loaded {
    try parse(try DataFileReader.contents(of: path), path: path, isUser: isUser)
  }

  /// Parses a file's text.
  public func parse(_ text: String, path: String, isUser: Bool) throws -> Loaded {
    var bytes = Array(text.utf8)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    return try parse(bytes, path: path, isUser: isUser)
  }

  func parse(_ bytes: [UInt8], path: String, isUser: Bool) throws -> Loaded {
    var context = Context(path: path, isUser: isUser, skipMalformed: skipMalformedLines)
    switch GazetteerLoader.format(of: path, bytes: bytes) {
    case .tsv: try context.parseTSV(bytes)
    case .spacy: try context.parseSpaCy(bytes)
    case .regexner: try context.parseRegexNER(bytes)
    }
    if context.otherLabels > 0 {
      context.warnings.append(
        "\(path): \(context.otherLabels) entries with labels other than PERSON, LOCATION or ORGANIZATION skipped")
    }
    return Loaded(entries: context.entries, warnings: context.warnings)
  }

  private struct Context {
    let path: String
    let isUser: Bool
    let skipMalformed: Bool
    var entries: [GazetteerEntry] = []
    var warnings: [String] = []
    var otherLabels = 0
    let fileName: String

    init(path: String, isUser: Bool, skipMalformed: Bool) {
      self.path = path
      self.isUser = isUser
      self.skipMalformed = skipMalformed
      fileName = path.split(separator: "/").last.map(String.init) ?? path
    }

    mutating func malformed(_ line: Int, _ reason: String) throws {
      let error = DataFileError(path: path, line: line, reason: reason)
      guard skipMalformed else { throw error }
      warnings.append("\(error) (line skipped)")
    }

    func source(_ line: Int) -> String { "\(fileName):\(line)" }

    mutating func parseTSV(_ bytes: [UInt8]) throws {
      var columns: [String] = []
      var surfaceColumn = 0
      var typeColumn = 0
      var column: [String: Int] = [:]
      try DataFileReader.forEachLine(bytes) { number, line in
        if line.bytes.first == 0x23 {
          let header = DataFileReader.Field(bytes: UnsafeBufferPointer(rebasing: line.bytes.dropFirst())).trimmed
          if header.hasPrefix("columns:") {
            columns = header.string.dropFirst("columns:".count)
              .split(whereSeparator: { $0 == "\t" || $0 == " " }).map(String.init)
            for required in ["surface", "type"] where !columns.contains(required) {
              throw DataFileError(path: path, line: number, reason: "the columns header has no '\(required)' column")
            }
            column = [:]
            for (index, name) in columns.enumerated() { column[name] = index }
            surfaceColumn = column["surface"]!
            typeColumn = column["type"]!
          }
          return
        }
        if line.trimmed.isEmpty { return }
        guard !columns.isEmpty else {
          throw DataFileError(path: path, line: number, reason: "data before the '# columns:' header")
        }
        let fields = line.fields()
        guard fields.count > max(surfaceColumn, typeColumn), fields.count <= columns.count else {
          try malformed(
            number, "expected \(columns.count) tab-separated fields (\(columns.joined(separator: ", "))), found \(fields.count)")
          return
        }
        func field(_ name: String) -> DataFileReader.Field? {
          guard let index = column[name], index < fields.count else { return nil }
          return fields[index].trimmed
        }
        let surface = fields[surfaceColumn].trimmed
        guard !surface.isEmpty else {
          try malformed(number, "empty surface")
          return
        }
        let label = fields[typeColumn].trimmed.string
        guard let type = GazetteerEntry.type(forLabel: label) else {
          try malformed(number, "unknown type '\(label)' (expected PERSON, LOCATION or ORGANIZATION)")
          return
        }
        var flags: GazetteerEntry.Flags = []
        if let text = field("flags"), !text.isEmpty {
          let (parsed, unknown) = GazetteerEntry.Flags.parse(Substring(text.string))
          if let unknown {
            let known = GazetteerEntry.Flags.names.map(\.0).joined(separator: ", ")
            try malformed(number, "unknown flag '\(unknown)' (expected any of: \(known))")
            return
          }
          flags = parsed
        }
        var priority = 0
        if let text = field("priority"), !text.isEmpty {
          guard let value = Int(text.string) else {
            try malformed(number, "priority '\(text.string)' is not an integer")
            return
          }
          priority = value
        }
        let id = field("id").flatMap { $0.isEmpty ? nil : $0.string }
        let name = field("name").flatMap { $0.isEmpty ? nil : $0.string }
        entries.append(
          GazetteerEntry(
            surface: surface.string, type: type, id: id, name: name, flags: flags, priority: priority,
            source: source(number), isUserEntry: isUser))
      }
      if columns.isEmpty {
        throw DataFileError(path: path, reason: "no '# columns:' header")
      }
    }

    mutating func parseSpaCy(_ bytes: [UInt8]) throws {
      try DataFileReader.forEachLine(bytes) { number, line in
        if line.trimmed.isEmpty { return }
        let value: JSONValue
        do {
          var parser = JSONParser(bytes: line.bytes)
          value = try parser.parseDocument()
        } catch {
          try malformed(number, "malformed JSON: \(error)")
          return
        }
        guard case .object = value else {
          try malformed(number, "expected a JSON object with \"label\" and \"pattern\"")
          return
        }
        guard let label = value["label"]?.stringValue else {
          try malformed(number, "missing \"label\"")
          return
        }
        guard let pattern = value["pattern"] else {
          try malformed(number, "missing \"pattern\"")
          return
        }
        guard let surface = pattern.stringValue else {
          if case .array = pattern {
            warnings.append("\(path):\(number): token-list patterns are not supported; skipped")
          } else {
            try malformed(number, "\"pattern\" is not a string")
          }
          return
        }
        guard !surface.trimmingSpaces.isEmpty else {
          try malformed(number, "empty pattern")
          return
        }
        guard let type = GazetteerEntry.type(forLabel: label) else {
          otherLabels += 1
          return
        }
        let id = value["id"]?.stringValue ?? value["id"]?.intValue.map(String.init)
        entries.append(
          GazetteerEntry(surface: surface, type: type, id: id, source: source(number), isUserEntry: isUser))
      }
    }

    mutating func parseRegexNER(_ bytes: [UInt8]) throws {
      let regexSyntax = Set("\\[](){}|*+?^$".utf8)
      try DataFileReader.forEachLine(bytes) { number, line in
        if line.isBlankOrComment { return }
        let fields = line.fields()
        guard fields.count >= 2, fields.count <= 4 else {
          try malformed(number, "expected pattern<TAB>TYPE[<TAB>overwritable<TAB>priority], found \(fields.count) field(s)")
          return
        }
        let pattern = fields[0].trimmed
        guard !pattern.isEmpty else {
          try malformed(number, "empty pattern")
          return
        }
        if pattern.bytes.contains(where: { regexSyntax.contains($0) }) {
          warnings.append("\(path):\(number): regular-expression patterns are not supported (only literal ones); skipped")
          return
        }
        guard let type = GazetteerEntry.type(forLabel: fields[1].trimmed.string) else {
          otherLabels += 1
          return
        }
        var priority = 0
        if fields.count == 4 {
          let text = fields[3].trimmed.string
          guard let value = Double(text), value.isFinite else {
            try malformed(number, "priority '\(text)' is not a number")
            return
          }
          // A priority beyond Int32's range ("-33333333333333333333") is clamped, as the compiled
          // table clamps priorities; converting it to Int unclamped would trap.
          priority = Int(min(max(value.rounded(), Double(Int32.min)), Double(Int32.max)))
        }
        entries.append(
          GazetteerEntry(
            surface: pattern.string, type: type, priority: priority, source: source(number), isUserEntry: isUser))
      }
    }
  }
}
