/// Named days ("Christmas", "Thanksgiving", "Easter Monday") and how to find their dates,
/// loaded from `gazetteers/time-holidays.tsv`.
public struct HolidayTable: Sendable {
  /// One holiday.
  struct Holiday: Sendable {
    /// Its names, as written ("new year's day").
    var names: [String]
    /// When it falls.
    var date: HolidayDate
    /// An example, "text => value", checked by the tests.
    var example: String
  }

  /// The holidays, in file order.
  let holidays: [Holiday]

  /// Parses the file's text.
  /// - Throws: ``DataFileError`` naming the line of a malformed entry.
  init(text: String, path: String) throws {
    try self.init(bytes: Array(text.utf8), path: path)
  }

  init(bytes: [UInt8], path: String) throws {
    var holidays: [Holiday] = []
    try DataFileReader.forEachLine(bytes) { number, line in
      if line.isBlankOrComment { return }
      let fields = line.fields().map(\.string)
      guard fields.count == 3 else {
        throw DataFileError(
          path: path, line: number, reason: "expected 3 tab-separated fields (names, when, example), found \(fields.count)")
      }
      let names = fields[0].split(separator: "|").map { String($0.trimmingSpaces).lowercased() }.filter { !$0.isEmpty }
      guard !names.isEmpty else { throw DataFileError(path: path, line: number, reason: "no names") }
      guard let date = HolidayDate(parsing: fields[1].trimmingSpaces) else {
        throw DataFileError(
          path: path, line: number,
          reason: "cannot read when '\(fields[1])' (expected MM-DD, nth N WEEKDAY MM, last WEEKDAY MM, easter, orthodox-easter, or islamic|hebrew|chinese MM-DD, with an optional +N/-N)")
      }
      holidays.append(Holiday(names: names, date: date, example: String(fields[2].trimmingSpaces)))
    }
    self.holidays = holidays
  }

  /// Loads `time-holidays.tsv` from a data directory.
  /// - Throws: ``DataFileError`` when the file is missing or malformed.
  public init(directory: String) throws {
    let path = directory + "/time-holidays.tsv"
    try self.init(bytes: try DataFileReader.contents(of: path), path: path)
  }

  /// No holidays.
  public init() { holidays = [] }

  /// The number of holidays.
  public var count: Int { holidays.count }

  /// The date of holiday `index` in `year`.
  func date(of index: Int, in year: Int) -> CivilDate? {
    holidays[index].date.date(in: year)
  }

  /// One rule per holiday name: its words in order ("new" "year" "'s" "day").
  func rules() -> [TimeRule] {
    var rules: [TimeRule] = []
    let tokenizer = Tokenizer()
    for (index, holiday) in holidays.enumerated() {
      let slug = holiday.names[0].filter { $0.isLetter || $0 == " " }.replacingOccurrences(of: " ", with: "-")
      for name in holiday.names {
        var parts: [RulePart] = []
        var text = name
        let tokens = text.withUTF8 { tokenizer.tokens(in: $0) }
        let bytes = Array(name.utf8)
        for token in tokens {
          let piece = String(decoding: bytes[token.range.start..<token.range.end], as: UTF8.self)
          var part: RulePart = token.kind == .word || token.kind == .number ? .w(piece) : .p(piece)
          if !token.flags.contains(.spaceBefore) && !parts.isEmpty { part = part.touching }
          parts.append(part)
        }
        guard !parts.isEmpty, case .words = parts[0].test else { continue }
        rules.append(
          TimeRule("holiday." + slug, parts) { _ in
            var spec = TimeSpec()
            spec.holiday = index
            return .time(spec)
          })
      }
    }
    return rules
  }
}
