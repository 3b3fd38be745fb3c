extension TimeLexicon {
  /// The built-in English words, by category. Rule literals and holiday names are added to
  /// these when a grammar is built.
  static func builtInEntries() -> [WordEntry] {
    var out: [String: WordEntry] = [:]
    func add(_ words: [String], _ categories: WordCategory, _ configure: (inout WordEntry) -> Void = { _ in }) {
      for word in words {
        var entry = out[word] ?? WordEntry(word)
        entry.categories.formUnion(categories)
        configure(&entry)
        out[word] = entry
      }
    }

    let months: [(Int, [String], [String])] = [
      (1, ["january"], ["jan"]), (2, ["february"], ["feb", "febr"]), (3, ["march"], ["mar"]),
      (4, ["april"], ["apr"]), (5, ["may"], []), (6, ["june"], ["jun"]), (7, ["july"], ["jul"]),
      (8, ["august"], ["aug"]), (9, ["september"], ["sep", "sept"]), (10, ["october"], ["oct"]),
      (11, ["november"], ["nov"]), (12, ["december"], ["dec"]),
    ]
    for (number, full, short) in months {
      add(full, .month) { $0.month = number }
      add(short, [.month, .abbreviation]) { $0.month = number }
    }
    // Month names that are also everyday words: "may" the verb, "march" the verb.
    add(["may", "march", "mar", "jan", "dec"], .ambiguous)

    let weekdays: [(Int, String, [String])] = [
      (1, "monday", ["mon"]), (2, "tuesday", ["tue", "tues"]), (3, "wednesday", ["wed", "weds"]),
      (4, "thursday", ["thu", "thur", "thurs"]), (5, "friday", ["fri"]), (6, "saturday", ["sat"]),
      (7, "sunday", ["sun"]),
    ]
    for (number, full, short) in weekdays {
      add([full], .weekday) { $0.weekday = number }
      add([full + "s"], [.weekday, .plural]) { $0.weekday = number }
      add(short, [.weekday, .abbreviation]) { $0.weekday = number }
    }
    // Weekday abbreviations that are everyday words: "Sun" the newspaper, "sat" the verb.
    add(["sun", "sat", "wed"], .ambiguous)

    let cardinals = [
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    for (value, word) in cardinals.enumerated() { add([word], .number) { $0.number = value } }
    let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    for (index, word) in tens.enumerated() { add([word], .number) { $0.number = 20 + 10 * index } }
    add(["hundred"], .multiplier) { $0.number = 100 }
    add(["thousand"], .multiplier) { $0.number = 1000 }
    add(["dozen"], .number) { $0.number = 12 }

    let ordinals = [
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
      "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
      "nineteenth", "twentieth",
    ]
    for (index, word) in ordinals.enumerated() { add([word], .ordinal) { $0.ordinal = index + 1 } }
    add(["thirtieth"], .ordinal) { $0.ordinal = 30 }
    add(["st", "nd", "rd", "th"], .ordinalSuffix)

    let units: [(TimeUnit, [String], [String], [String])] = [
      (.second, ["second"], ["seconds"], ["sec", "secs"]),
      (.minute, ["minute"], ["minutes"], ["min", "mins"]),
      (.hour, ["hour"], ["hours"], ["hr", "hrs", "h"]),
      (.day, ["day"], ["days"], []),
      (.week, ["week"], ["weeks"], ["wk", "wks"]),
      (.fortnight, ["fortnight"], ["fortnights"], []),
      (.month, ["month"], ["months"], ["mos"]),
      (.quarter, ["quarter"], ["quarters"], ["qtr", "qtrs"]),
      (.year, ["year"], ["years"], ["yr", "yrs"]),
      (.decade, ["decade"], ["decades"], []),
      (.century, ["century"], ["centuries"], []),
    ]
    for (unit, singular, plural, short) in units {
      add(singular, .unit) { $0.unit = unit }
      add(plural, [.unit, .plural]) { $0.unit = unit }
      add(short, [.unit, .abbreviation]) { $0.unit = unit }
    }
    add(["hrs", "yrs", "secs", "mins", "wks", "qtrs", "mos"], .plural)

    let parts: [(PartOfDay, [String])] = [
      (.morning, ["morning", "dawn", "daybreak", "sunrise"]),
      (.afternoon, ["afternoon"]),
      (.evening, ["evening", "dusk", "sunset", "nightfall"]),
      (.night, ["night", "overnight"]),
      (.daytime, ["daytime"]),
    ]
    for (part, words) in parts { add(words, .partOfDay) { $0.partOfDay = part } }
    add(["mornings", "afternoons", "evenings", "nights"], [.partOfDay, .plural])
    add(["mornings"], []) { $0.partOfDay = .morning }
    add(["afternoons"], []) { $0.partOfDay = .afternoon }
    add(["evenings"], []) { $0.partOfDay = .evening }
    add(["nights"], []) { $0.partOfDay = .night }

    add(["spring"], .season) { $0.season = .spring }
    add(["summer"], .season) { $0.season = .summer }
    add(["fall", "autumn"], .season) { $0.season = .fall }
    add(["winter"], .season) { $0.season = .winter }

    add(["today"], .relativeDay) { $0.dayOffset = 0 }
    add(["tonight"], .relativeDay) {
      $0.dayOffset = 0
      $0.partOfDay = .night
    }
    add(["tomorrow"], .relativeDay) { $0.dayOffset = 1 }
    add(["yesterday"], .relativeDay) { $0.dayOffset = -1 }

    add(["am", "a.m."], .meridiem) { $0.meridiem = 0 }
    add(["pm", "p.m."], .meridiem) { $0.meridiem = 12 }

    let zones: [(String, Int)] = [
      ("gmt", 0), ("utc", 0), ("wet", 0), ("bst", 60), ("cet", 60), ("cest", 120), ("eet", 120),
      ("eest", 180), ("msk", 180), ("ist", 330), ("pkt", 300), ("ict", 420), ("wib", 420), ("hkt", 480),
      ("sgt", 480), ("awst", 480), ("jst", 540), ("kst", 540), ("aest", 600), ("aedt", 660), ("nzst", 720),
      ("nzdt", 780), ("est", -300), ("edt", -240), ("et", -300), ("cst", -360), ("cdt", -300), ("ct", -360),
      ("mst", -420), ("mdt", -360), ("mt", -420), ("pst", -480), ("pdt", -420), ("pt", -480), ("akst", -540),
      ("akdt", -480), ("hst", -600), ("ast", -240), ("adt", -180), ("nst", -210), ("ndt", -150),
    ]
    for (zone, minutes) in zones { add([zone], .zone) { $0.zoneMinutes = minutes } }

    add(["bc", "bce", "b.c.", "b.c.e."], .era) { $0.era = -1 }
    add(["ad", "ce", "a.d.", "c.e."], .era) { $0.era = 1 }

    add(["now", "currently", "nowadays", "presently"], .reference) { $0.reference = .present }
    add(["recently", "lately", "formerly", "previously"], .reference) { $0.reference = .past }

    let frequencies: [(TimeUnit, [String])] = [
      (.hour, ["hourly"]), (.day, ["daily", "nightly"]), (.week, ["weekly"]), (.month, ["monthly"]),
      (.quarter, ["quarterly"]), (.year, ["yearly", "annually"]),
    ]
    for (unit, words) in frequencies { add(words, .frequency) { $0.frequency = unit } }
    add(["biweekly", "fortnightly"], .frequency) { $0.frequency = .fortnight }

    // Words after which a four-digit number reads as a year ("in 2018", "since 2009").
    add(
      [
        "in", "since", "by", "until", "till", "til", "of", "from", "during", "before", "after", "through",
        "throughout", "around", "circa", "ca", "early", "late", "mid", "year", "years", "fiscal", "fy",
        "between", "for", "summer", "spring", "winter", "autumn", "fall", "end", "beginning", "start",
        "middle", "season", "term", "class", "vintage", "born", "died", "founded", "established", "dated",
        "as", "election", "elections", "census", "budget", "calendar", "model", "spring", "christmas",
      ], .yearContext)

    // Words around a holiday name that is also a given name or a word ("on Rakhi", "Pongal festival").
    add(
      [
        "on", "for", "during", "of", "before", "after", "since", "until", "till", "by", "this", "last", "next",
        "every", "each", "celebrate", "celebrates", "celebrated", "celebrating", "mark", "marks", "marked",
        "marking", "ahead", "observe", "observed", "observing", "festival", "eve", "happy", "over", "around",
      ], .holidayContext)
    add(
      [
        "festival", "festivals", "festivities", "celebration", "celebrations", "holiday", "holidays", "eve", "day",
        "week", "season", "weekend", "greetings", "wishes", "puja", "sale", "sales", "special",
      ], .holidayFollower)

    // Verbs after which a sentence-initial year reads as a year ("2018 was a year of …").
    add(["was", "were", "had", "saw", "brought", "marked", "will", "is", "are", "would", "be", "been", "being", "has"], .yearVerb)
    // Words only literal rules use that can start an expression on their own.
    add(["noon", "midday", "midnight", "weekend", "weekends", "ago", "hence", "o'clock", "oclock", "present",
         "moment", "future", "past", "ides", "clock", "twenties", "thirties", "forties", "fifties", "sixties",
         "seventies", "eighties", "nineties"], .literal)
    // Words that continue a window but never start one ("a year and a half").
    add(["half"], .multiplier)

    // Tense cues: what a sentence says about when its bare weekdays and months lie.
    add(
      [
        "was", "were", "had", "did", "said", "told", "met", "left", "sat", "went", "came", "took", "made",
        "gave", "saw", "held", "began", "spoke", "won", "lost", "fell", "rose", "got", "ran", "paid", "sold",
        "bought", "brought", "thought", "felt", "kept", "found", "led", "sent", "spent", "stood", "wrote",
        "broke", "chose", "drove", "flew", "grew", "knew", "threw", "wore", "became", "shot", "struck", "hit",
        "fought", "caught", "taught", "heard", "meant", "built", "dealt", "fled", "sought", "slept", "swept",
        "wept", "forgot", "froze", "stole", "woke", "ate", "drew", "rang", "sang", "sank", "swam", "bore",
        "tore", "swore", "shook", "forbade", "overtook", "undertook", "withdrew", "oversaw", "arose",
        "awoke", "beat", "bit", "bled", "bent", "bound", "bred", "clung", "crept", "dug", "fed", "fit",
        "flung", "forgave", "hid", "hung", "laid", "lay", "lent", "lit", "misled", "quit", "rode", "sped",
        "spun", "split", "spread", "sprang", "stung", "strove", "swung", "thrust", "wound", "wrung",
        "ago", "yesterday", "earlier", "previously", "recently", "wasn't", "weren't", "didn't", "agreed", "freed",
      ], .pastCue)
    add(
      [
        "will", "shall", "ll", "wo", "gonna", "tomorrow", "upcoming", "scheduled", "expected", "slated", "is", "are",
        "planned", "plans", "plan", "intends", "aims", "due",
      ], .futureCue)
    add(
      ["said", "told", "wrote", "added", "reported", "announced", "stated", "tweeted", "posted", "explained"],
      [.pastCue, .reportingVerb])
    add(["be", "been", "being"], .beForm)
    // Words ending in "-ed" that are not past-tense verbs.
    add(
      [
        "need", "feed", "speed", "seed", "weed", "bleed", "breed", "creed",
        "deed", "greed", "heed", "proceed", "succeed", "exceed", "indeed", "red", "bed", "shed",
        "wed", "embed", "hundred", "sacred", "naked", "wicked", "crooked", "ragged", "rugged", "kindred",
        "hatred", "shred", "sled", "based", "related", "concerned", "interested", "limited", "united", "detailed",
        "advanced", "experienced", "skilled", "talented", "beloved", "alleged", "supposed", "so-called", "expected", "scheduled",
        "planned", "proposed", "anticipated",
      ], .notPast)
    return Array(out.values).sorted { $0.text < $1.text }
  }
}
