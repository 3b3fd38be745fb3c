/// Facts about a chart node that decide whether it may be output on its own.
struct NodeFlags: OptionSet, Hashable, Sendable {
  let rawValue: UInt16
  init(rawValue: UInt16) { self.rawValue = rawValue }

  /// A bare four-digit number read as a year: output only after "in", "since", "the" + noun …
  static let bareYear = NodeFlags(rawValue: 1 << 0)
  /// A month that is also a word ("May", "March") or an abbreviation without a day or year.
  static let ambiguousMonth = NodeFlags(rawValue: 1 << 1)
  /// A weekday that is also a word ("Sun", "sat", "Wed").
  static let ambiguousWeekday = NodeFlags(rawValue: 1 << 2)
  /// A month/day written with digits and no year ("2/15"), which could be a fraction or a score.
  static let numericDay = NodeFlags(rawValue: 1 << 3)
  /// A season, part of day or similar common noun without a modifier ("summer", "morning").
  static let commonNoun = NodeFlags(rawValue: 1 << 4)
  /// Never output alone (a bare hour "3", an ordinal day "the 15th" inside a larger phrase).
  static let fragment = NodeFlags(rawValue: 1 << 5)
  /// A duration with an article and no context ("a day"), which is rarely a time.
  static let articleDuration = NodeFlags(rawValue: 1 << 6)
  /// The text is a plural unit or weekday ("days", "Mondays").
  static let plural = NodeFlags(rawValue: 1 << 7)
  /// A range of bare years ("2012-14"), which needs the same context as a bare year.
  static let bareYearRange = NodeFlags(rawValue: 1 << 8)
  /// A clock time without a.m./p.m., a colon or "o'clock" ("at 3"), which is a count more often.
  static let bareHour = NodeFlags(rawValue: 1 << 9)

  /// A duration that covers the time up to the anchor ("the past year").
  static let spanBack = NodeFlags(rawValue: 1 << 10)
  /// A duration that covers the time from the anchor ("within 48 hours", "the next two weeks").
  static let spanForward = NodeFlags(rawValue: 1 << 11)
  /// "in" + a duration: a future point ("will end in two years") or, in a past-tense sentence,
  /// a length of time ("the first time in two years").
  static let inPhrase = NodeFlags(rawValue: 1 << 12)

  /// A reading that exists only to claim its text: an impossible date ("February 29, 2015",
  /// "June 31") wins over the valid pieces inside it and is then not output.
  static let invalid = NodeFlags(rawValue: 1 << 13)

  /// A holiday whose name is also a given name or a word ("Rakhi", "Pongal"), marked `?` in
  /// `time-holidays.tsv`: output with a year, or after "on", "for", "celebrate" and the like.
  static let ambiguousHoliday = NodeFlags(rawValue: 1 << 14)

  /// Flags that need context to be output.
  static let needsContext: NodeFlags = [
    .bareYear, .ambiguousMonth, .ambiguousWeekday, .numericDay, .commonNoun, .articleDuration, .bareYearRange,
    .bareHour, .ambiguousHoliday,
  ]
}
