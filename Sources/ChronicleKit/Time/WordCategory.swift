/// What a word can mean to the time rules; one word may have several ("second" is an ordinal
/// and a unit, "may" a month and a verb).
struct WordCategory: OptionSet, Hashable, Sendable {
  let rawValue: UInt32
  init(rawValue: UInt32) { self.rawValue = rawValue }

  /// A month name or abbreviation ("June", "Feb").
  static let month = WordCategory(rawValue: 1 << 0)
  /// A weekday name or abbreviation ("Wednesday", "Thu").
  static let weekday = WordCategory(rawValue: 1 << 1)
  /// A cardinal number word ("two", "twenty").
  static let number = WordCategory(rawValue: 1 << 2)
  /// An ordinal word ("first", "twelfth").
  static let ordinal = WordCategory(rawValue: 1 << 3)
  /// An ordinal suffix after digits ("st", "nd", "rd", "th").
  static let ordinalSuffix = WordCategory(rawValue: 1 << 4)
  /// A unit of time ("day", "weeks", "hrs").
  static let unit = WordCategory(rawValue: 1 << 5)
  /// A part of the day ("morning", "evening").
  static let partOfDay = WordCategory(rawValue: 1 << 6)
  /// A season ("summer").
  static let season = WordCategory(rawValue: 1 << 7)
  /// A day named relative to today ("yesterday", "tomorrow", "today", "tonight").
  static let relativeDay = WordCategory(rawValue: 1 << 8)
  /// A.m. or p.m. ("am", "p.m.", "PM").
  static let meridiem = WordCategory(rawValue: 1 << 9)
  /// A time zone ("GMT", "EST", "UTC").
  static let zone = WordCategory(rawValue: 1 << 10)
  /// An era ("BC", "A.D.").
  static let era = WordCategory(rawValue: 1 << 11)
  /// A general temporal reference ("now", "currently", "recently").
  static let reference = WordCategory(rawValue: 1 << 12)
  /// A frequency adverb ("daily", "weekly", "annually").
  static let frequency = WordCategory(rawValue: 1 << 13)
  /// A word that relates or modifies times ("last", "next", "ago", "early", "every").
  static let modifier = WordCategory(rawValue: 1 << 14)
  /// A function word allowed inside a time expression ("of", "the", "at", "on", "and").
  static let glue = WordCategory(rawValue: 1 << 15)
  /// A plural form ("days", "Mondays").
  static let plural = WordCategory(rawValue: 1 << 16)
  /// An abbreviation ("Feb", "Thu", "hrs").
  static let abbreviation = WordCategory(rawValue: 1 << 17)
  /// A month or weekday that is also an everyday word ("may", "march", "sun", "sat", "wed").
  static let ambiguous = WordCategory(rawValue: 1 << 18)
  /// The first word of a holiday name ("christmas", "new", "martin").
  static let holidayStart = WordCategory(rawValue: 1 << 19)
  /// A past-tense cue ("was", "said", "met").
  static let pastCue = WordCategory(rawValue: 1 << 20)
  /// A future-tense cue ("will", "shall", "'ll").
  static let futureCue = WordCategory(rawValue: 1 << 21)
  /// A word after which a four-digit number reads as a year ("in", "since", "fiscal").
  static let yearContext = WordCategory(rawValue: 1 << 22)
  /// A form of "be" ("be", "been", "being"), which turns a past participle into a passive.
  static let beForm = WordCategory(rawValue: 1 << 23)
  /// A number word above a hundred's units ("hundred", "thousand").
  static let multiplier = WordCategory(rawValue: 1 << 24)
  /// A word ending in "-ed" that is not a past-tense verb ("need", "based", "expected").
  static let notPast = WordCategory(rawValue: 1 << 26)
  /// A verb after which a number starting a sentence reads as a year ("2018 was …", "2019 will
  /// be …").
  static let yearVerb = WordCategory(rawValue: 1 << 27)
  /// A word that only literal rules use but that can start a time expression ("noon",
  /// "weekend", "ago").
  static let literal = WordCategory(rawValue: 1 << 25)
  /// A word before a holiday name that is also a given name or a word, which makes it the
  /// holiday ("on Rakhi", "celebrate Pongal").
  static let holidayContext = WordCategory(rawValue: 1 << 28)
  /// A word after such a name that makes it the holiday ("Pongal celebrations").
  static let holidayFollower = WordCategory(rawValue: 1 << 29)
  /// A reporting verb in the past ("said", "told"): see ``TenseCues/Cue/isAttribution``.
  static let reportingVerb = WordCategory(rawValue: 1 << 30)

  /// Categories that make a word start a candidate time expression on its own.
  ///
  /// A holiday's first word ("the ides of March", "new year's day") starts one only when the
  /// whole name follows (see ``TimeGrammar/holidayNames``), and ordinals ("first") only with a
  /// month, unit or digits nearby.
  static let triggers: WordCategory = [
    .month, .weekday, .unit, .partOfDay, .season, .relativeDay, .reference, .frequency, .meridiem, .literal, .era,
  ]
  /// Categories that a candidate may contain besides triggers and numbers.
  static let inside: WordCategory = [
    .triggers, .number, .ordinalSuffix, .zone, .era, .modifier, .glue, .multiplier,
  ]
}
