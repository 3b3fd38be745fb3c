/// What the lexicon knows about one lower-case word.
struct WordEntry: Hashable, Sendable {
  /// The word, lower case, with `’` written `'`.
  var text: String
  /// Its categories.
  var categories: WordCategory = []
  /// Month number 1...12.
  var month: Int = 0
  /// ISO weekday 1 (Monday) ... 7 (Sunday).
  var weekday: Int = 0
  /// Value of a number word.
  var number: Int = 0
  /// Value of an ordinal word.
  var ordinal: Int = 0
  /// The unit of a unit word.
  var unit: TimeUnit?
  /// The part of day.
  var partOfDay: PartOfDay?
  /// The season.
  var season: Season?
  /// Days from today for a relative day word (yesterday -1, tomorrow +1).
  var dayOffset: Int = 0
  /// 0 for a.m., 12 for p.m.
  var meridiem: Int = 0
  /// UTC offset of a time zone, in minutes.
  var zoneMinutes: Int = 0
  /// -1 for BC/BCE, +1 for AD/CE.
  var era: Int = 0
  /// The reference kind of a general reference word.
  var reference: ReferenceKind?
  /// The unit a frequency adverb repeats in ("weekly" is a week).
  var frequency: TimeUnit?

  init(_ text: String) { self.text = text }
}
