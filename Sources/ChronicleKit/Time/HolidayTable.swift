/// Named days ("Christmas", "Thanksgiving", "Easter Monday", "Diwali") and how to find their
/// dates, loaded from `gazetteers/time-holidays.tsv` and, for the holidays no rule computes,
/// the dates listed in `gazetteers/time-holiday-dates.tsv`.
public struct HolidayTable: Sendable {
  /// One holiday.
  struct Holiday: Sendable {
    /// Its names, as written ("new year's day").
    var names: [String]
    /// The names that are also given names or words (marked `?` in the file: "?rakhi"), output
    /// only in a holiday's context.
    var ambiguousNames: Set<String>
    /// When it falls.
    var date: HolidayDate
    /// An example, "text => value", checked by the tests.
    var example: String
  }

  /// The holidays, in file order.
  let holidays: [Holiday]

  /// Parses the file's text.
  /// - Throws: ``DataFileError`` naming the line of a malformed entry.
  init(text: String, path: String, listed: [String: [Int]] = [:]) throws {
    try self.init(bytes: Array(text.utf8), path: path, listed: listed)
  }

  /// Parses `time-holidays.tsv`; `listed` holds the dates of `time-holiday-dates.tsv`.
  init(bytes: [UInt8], path: String, listed: [String: [Int]]) throws {
    var holidays: [Holiday] = []
    try DataFileReader.forEachLine(bytes) { number, line in
      if line.isBlankOrComment { return }
      let fields = line.fields().map(\.string)
      guard fields.count == 3 else {
        throw DataFileError(
          path: path, line: number, reason: "expected 3 tab-separated fields (names, when, example), found \(fields.count)")
      }
      var names = fields[0].split(separator: "|").map { String($0.trimmingSpaces).lowercased() }.filter { !$0.isEmpty }
      let ambiguousNames = Set(names.filter { $0.hasPrefix("?") }.map { String($0.dropFirst()) })
      names = names.map { $0.hasPrefix("?") ? String($0.dropFirst()) : $0 }
      guard !names.isEmpty, !names.contains(where: \.isEmpty) else {
        throw DataFileError(path: path, line: number, reason: "no names")
      }
      guard let date = HolidayDate(parsing: fields[1].trimmingSpaces, listed: listed) else {
        let when = fields[1].trimmingSpaces
        if when.hasPrefix("listed "), listed[String(when.dropFirst(7))] == nil {
          throw DataFileError(path: path, line: number, reason: "no dates are listed for '\(when.dropFirst(7))'")
        }
        throw DataFileError(
          path: path, line: number,
          reason: "cannot read when '\(fields[1])' (expected MM-DD, nth N WEEKDAY MM, last WEEKDAY MM, easter, orthodox-easter, islamic|hebrew|chinese MM-DD, listed KEY, or WEEKDAY before any of these, with an optional +N/-N)")
      }
      holidays.append(
        Holiday(names: names, ambiguousNames: ambiguousNames, date: date, example: String(fields[2].trimmingSpaces)))
    }
    self.holidays = holidays
  }

  /// Loads `time-holidays.tsv` and `time-holiday-dates.tsv` from a data directory.
  /// - Throws: ``DataFileError`` when a file is missing or malformed.
  public init(directory: String) throws {
    let path = directory + "/time-holidays.tsv"
    let listed = try HolidayTable.listedDates(directory + "/time-holiday-dates.tsv")
    try self.init(bytes: try DataFileReader.contents(of: path), path: path, listed: listed)
  }

  /// Reads `time-holiday-dates.tsv`: a key, then its dates (`YYYY-MM-DD`, space-separated, in
  /// order), as day numbers.
  static func listedDates(_ path: String) throws -> [String: [Int]] {
    var listed: [String: [Int]] = [:]
    try DataFileReader.records(path, minimumFields: 2) { number, fields in
      let key = fields[0].string
      var days: [Int] = []
      // The dates' bytes are read in place: split into strings and numbers, the file's 1,700
      // dates took an eighth of the start-up.
      let bytes = fields[1].bytes
      var start = 0
      while start < bytes.count {
        var end = start
        while end < bytes.count && bytes[end] != 0x20 { end += 1 }
        defer { start = end + 1 }
        if end == start { continue }
        let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
        /// The number written by `count` ASCII digits at `offset`, if they are digits.
        func digits(_ offset: Int, _ count: Int) -> Int? {
          var value = 0
          for byte in text[offset..<(offset + count)] {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
          }
          return value
        }
        guard text.count == 10, text[4] == 0x2D, text[7] == 0x2D, let year = digits(0, 4), let month = digits(5, 2),
          let day = digits(8, 2), let date = CivilDate(validYear: year, month: month, day: day)
        else {
          throw DataFileError(
            path: path, line: number, reason: "'\(String(decoding: text, as: UTF8.self))' is not a date (YYYY-MM-DD)")
        }
        guard days.last.map({ $0 < date.dayNumber }) ?? true else {
          throw DataFileError(
            path: path, line: number, reason: "'\(String(decoding: text, as: UTF8.self))' is out of order")
        }
        days.append(date.dayNumber)
      }
      guard listed[key] == nil else {
        throw DataFileError(path: path, line: number, reason: "'\(key)' is listed twice")
      }
      listed[key] = days
    }
    return listed
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
      let slug = String(holiday.names[0].filter { $0.isLetter || $0 == " " }.map { $0 == " " ? "-" : $0 })
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
        let ambiguous = holiday.ambiguousNames.contains(name)
        rules.append(
          TimeRule("holiday." + slug, parts) { m in
            if ambiguous { m.flags.insert(.ambiguousHoliday) }
            var spec = TimeSpec()
            spec.holiday = index
            return .time(spec)
          })
      }
    }
    return rules
  }
}
