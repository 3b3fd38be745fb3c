/// Turns time specifications into TIMEX3 values against an anchor: the reference date, or for
/// narrative expressions ("the next day", "two weeks later") the previous time in the text.
///
/// - Absolute specifications ("June 12, 2018") need no anchor.
/// - Free ones ("June", "Wednesday", "5 p.m.") take the instance the direction picks: `past`
///   the latest that starts before the anchor ends, `future` the earliest that ends after it
///   starts, `nearest` the closer of the two (a tie goes to the future).
/// - Without an anchor, values stay underspecified (`XXXX-06`, `XXXX-WXX-3`); today's date is
///   never used.
struct TimeResolver: Sendable {
  /// What a resolution can use.
  struct Context {
    /// The reference date at its own grain (a day, or a minute when a time was given).
    var reference: CalendarPeriod?
    /// The reference's UTC offset in minutes, when it stated one.
    var referenceZone: Int?
    /// The previous resolved time in the text and its index, for narrative expressions.
    var narrative: (period: CalendarPeriod, index: Int)?
    /// The direction for free specifications.
    var direction: TemporalDirection
  }

  /// A resolved value.
  struct Result {
    /// The period, when the value is a concrete calendar period.
    var period: CalendarPeriod?
    /// The TIMEX3 value.
    var value: String
    /// The precision of the value.
    var precision: TimexPrecision
    /// What it was resolved against.
    var anchor: TimeAnchor?
    /// The anchor's value.
    var anchorValue: String?
    /// The direction used, when one was needed.
    var direction: TemporalDirection?
  }

  let holidays: HolidayTable

  // MARK: Entry points

  /// Resolves a specification.
  func resolve(_ spec: TimeSpec, _ context: Context) -> Result {
    var result = resolveUnconverted(spec, context)
    if let zone = spec.zone, let referenceZone = context.referenceZone, var period = result.period,
      period.grain <= .hour, zone != referenceZone
    {
      // A clock time in a named zone, shown in the reference's zone ("8:00 GMT" at UTC-2 is 06:00).
      let seconds = period.start + (referenceZone - zone) * 60
      let day = CalendarPeriod.floorDiv(seconds, 86_400)
      let rest = seconds - day * 86_400
      period = CalendarPeriod(
        grain: period.grain, containing: CivilDate(dayNumber: day), hour: rest / 3600, minute: rest % 3600 / 60,
        second: rest % 60)
      result.period = period
      result.value = period.timex
    }
    return result
  }

  /// Resolves a range: the end is read after the beginning ("from December to May"), or the
  /// beginning before a dated end ("from December to May 2022").
  func resolveRange(_ begin: TimeSpec, _ end: TimeSpec, _ context: Context) -> (Result, Result) {
    if !isAbsolute(begin) && isAbsolute(end) {
      let last = resolve(end, context)
      if let period = last.period {
        var inner = context
        inner.direction = .past
        var first = search(begin, anchor: period, anchorKind: nil, inner)
        first.anchor = last.anchor
        first.anchorValue = last.anchorValue
        return (first, last)
      }
      return (resolve(begin, context), last)
    }
    let first = resolve(begin, context)
    guard !isAbsolute(end), let period = first.period, case .free = end.relation else {
      return (first, resolve(end, context))
    }
    var inner = context
    inner.direction = .future
    var last = search(end, anchor: CalendarPeriod(grain: min(period.grain, end.grain), containing: period.date, hour: period.hour, minute: period.minute), anchorKind: nil, inner)
    if last.period == nil { last = resolve(end, context) }
    last.anchor = first.anchor
    last.anchorValue = first.anchorValue
    return (first, last)
  }

  // MARK: Resolution

  private func resolveUnconverted(_ spec: TimeSpec, _ context: Context) -> Result {
    // The anchor: the previous time for narrative expressions, else the reference date.
    var anchor: CalendarPeriod?
    var anchorKind: TimeAnchor?
    if spec.relation.isNarrative, let narrative = context.narrative {
      anchor = narrative.period
      anchorKind = .expression(narrative.index)
    } else if let reference = context.reference {
      anchor = reference
      anchorKind = .referenceDate
    }

    switch spec.relation {
    case .free:
      if let absolute = absolutePeriod(spec, context) {
        return Result(period: absolute, value: absolute.timex, precision: spec.grain.precision)
      }
      // A dated specification without an instance does not exist (February 29, 2015).
      if spec.hasYear { return Result(period: nil, value: "", precision: spec.grain.precision) }
      guard let anchor else { return unresolved(spec) }
      return search(spec, anchor: anchor, anchorKind: anchorKind, context)

    case .upcoming:
      guard let anchor else { return unresolved(spec) }
      var inner = context
      inner.direction = context.direction == .past ? .past : .future
      var fields = spec
      fields.relation = .free
      return search(fields, anchor: anchor, anchorKind: anchorKind, inner)

    case .cycle(let grain, let count, _):
      guard let anchor else { return unresolved(spec) }
      if anchor.grain > grain {
        // "the next day" after "in 2018": only the coarser period is known.
        return Result(
          period: anchor, value: anchor.timex, precision: anchor.grain.precision, anchor: anchorKind,
          anchorValue: anchor.timex)
      }
      let container = anchor.at(grain).moved(by: count)
      var fields = spec
      fields.relation = .free
      guard fields.hasFields else {
        return Result(
          period: container, value: container.timex, precision: grain.precision, anchor: anchorKind,
          anchorValue: anchor.timex)
      }
      guard let period = pick(instances(fields, in: container), context) else { return unresolved(spec) }
      return Result(
        period: period, value: period.timex, precision: period.grain.precision, anchor: anchorKind,
        anchorValue: anchor.timex)

    case .offset(let duration, _):
      guard let anchor else { return unresolved(spec) }
      return offset(spec, duration, from: anchor, anchorKind: anchorKind, context)

    case .shifted(let duration, let baseSpec):
      let base = resolve(baseSpec, context)
      guard let period = base.period else { return unresolved(spec) }
      var result = offset(spec, duration, from: period, anchorKind: base.anchor, context, keepAnchorGrain: true)
      result.anchorValue = base.anchorValue ?? period.timex
      return result

    case .within(let grain, let baseSpec):
      let base = resolve(baseSpec, context)
      guard let period = base.period else { return unresolved(spec) }
      let container = period.at(grain)
      return Result(
        period: container, value: container.timex, precision: grain.precision, anchor: base.anchor,
        anchorValue: base.anchorValue, direction: base.direction)

    case .before(let skip, _), .after(let skip, _):
      guard let anchor else { return unresolved(spec) }
      var fields = spec
      fields.relation = .free
      if !fields.hasFields { return unresolved(spec) }
      let isBefore: Bool
      if case .before = spec.relation { isBefore = true } else { isBefore = false }
      let base = anchor.at(max(min(fields.grain, .year), anchor.grain))
      guard let grain = searchGrain(fields) else { return unresolved(spec) }
      var found: CalendarPeriod?
      var limit = isBefore ? base.start : base.end
      var around = anchor
      for _ in 0...skip {
        found =
          isBefore
          ? latest(fields, grain: grain, around: around) { $0.end <= limit }
          : earliest(fields, grain: grain, around: around) { $0.start >= limit }
        guard let period = found else { break }
        limit = isBefore ? period.start : period.end
        around = period
      }
      guard let period = found else { return unresolved(spec) }
      return Result(
        period: period, value: period.timex, precision: period.grain.precision, anchor: anchorKind,
        anchorValue: anchor.timex)
    }
  }

  /// Moves an anchor by a duration and applies any clock fields ("in two weeks at 9 a.m.").
  private func offset(
    _ spec: TimeSpec, _ duration: DurationSpec, from anchor: CalendarPeriod, anchorKind: TimeAnchor?,
    _ context: Context, keepAnchorGrain: Bool = false
  ) -> Result {
    let negative = duration.years < 0 || duration.months < 0 || duration.weeks < 0 || duration.days < 0
      || duration.hours < 0 || duration.minutes < 0 || duration.seconds < 0
    if duration.isVague {
      let kind: ReferenceKind = negative ? .past : .future
      return Result(
        period: nil, value: kind.timex, precision: .vague, anchor: anchorKind, anchorValue: anchor.timex)
    }
    var grain: Grain
    if duration.hasClockPart {
      guard anchor.grain <= .hour else {
        // Hours from a reference without a time of day: within half a day it is that day.
        let seconds = abs(duration.hours * 3600 + duration.minutes * 60 + duration.seconds)
        let onlyClock = duration.years == 0 && duration.months == 0 && duration.weeks == 0 && duration.days == 0
        if onlyClock && seconds <= 12 * 3600 && anchor.grain == .day {
          return Result(
            period: anchor, value: anchor.timex, precision: .day, anchor: anchorKind, anchorValue: anchor.timex)
        }
        let kind: ReferenceKind = negative ? .past : .future
        return Result(
          period: nil, value: kind.timex, precision: .vague, anchor: anchorKind, anchorValue: anchor.timex)
      }
      grain = min(duration.grain, anchor.grain)
    } else {
      // From the reference, "a year ago" is a year; from a named day, "a year after Christmas" is a day.
      grain = keepAnchorGrain ? min(duration.grain, anchor.grain) : max(duration.grain, anchor.grain)
    }
    guard var period = duration.shift(anchor.date, hour: anchor.hour, minute: anchor.minute, second: anchor.second, grain: grain)
    else { return unresolved(spec) }
    var fields = spec
    fields.relation = .free
    fields.mod = nil
    if fields.hasFields {
      // "in two weeks at 9 a.m." sets the clock on the day; "Thanksgiving three years ago" finds
      // the holiday in the year.
      let containerGrain = max(searchGrain(fields) ?? .day, .day)
      guard let refined = pick(instances(fields, in: period.at(containerGrain)), context) else {
        return unresolved(spec)
      }
      period = refined
    }
    return Result(
      period: period, value: period.timex, precision: period.grain.precision, anchor: anchorKind,
      anchorValue: anchor.timex)
  }

  /// Chooses among the instances inside one container (a 12-hour time has two): the first.
  private func pick(_ candidates: [CalendarPeriod], _ context: Context) -> CalendarPeriod? {
    candidates.first
  }

  // MARK: Absolute values

  /// Whether a specification fixes its own year.
  func isAbsolute(_ spec: TimeSpec) -> Bool {
    if case .free = spec.relation { return spec.hasYear }
    return false
  }

  /// The year of a two-digit year: with a reference, the one in the 100 years ending ten
  /// years after it; without, 1930-2029.
  private func fullYear(short: Int, _ context: Context) -> Int {
    let pivot = (context.reference?.date.year ?? 2019) + 10
    var year = pivot / 100 * 100 + short
    if year > pivot { year -= 100 }
    if context.reference == nil {
      year = short < 30 ? 2000 + short : 1900 + short
    }
    return year
  }

  /// The period of a specification that names its year (or decade, century), if it does.
  private func absolutePeriod(_ spec: TimeSpec, _ context: Context) -> CalendarPeriod? {
    if let year = spec.year ?? spec.shortYear.map({ fullYear(short: $0, context) }) {
      let container = CalendarPeriod(grain: .year, containing: CivilDate(year, 1, 1))
      if let period = instances(spec, in: container).first { return period }
      // A weekday that does not fit the date ("Tuesday, March 6, 2016") yields to the date.
      if spec.weekday != nil && (spec.day != nil || spec.holiday != nil) {
        var dateOnly = spec
        dateOnly.weekday = nil
        return instances(dateOnly, in: container).first
      }
      return nil
    }
    if let decade = spec.decade {
      return CalendarPeriod(grain: .decade, containing: CivilDate(decade * 10, 1, 1))
    }
    if let short = spec.shortDecade {
      // "The '90s": the latest such decade that has begun by the reference (or 1930-2029).
      var year: Int
      if let reference = context.reference {
        year = reference.date.year / 100 * 100 + short
        if year > reference.date.year { year -= 100 }
      } else {
        year = short < 30 ? 2000 + short : 1900 + short
      }
      return CalendarPeriod(grain: .decade, containing: CivilDate(year, 1, 1))
    }
    if let century = spec.century {
      return CalendarPeriod(grain: .century, containing: CivilDate(century * 100, 1, 1))
    }
    return nil
  }

  // MARK: Instances

  /// The grain whose periods contain one instance of a free specification each: a month
  /// recurs every year, a day of the month every month, a weekday every week, a time every day.
  func searchGrain(_ spec: TimeSpec) -> Grain? {
    if spec.month != nil || spec.season != nil || spec.quarter != nil || spec.half != nil || spec.week != nil
      || spec.holiday != nil
    {
      return .year
    }
    if spec.ordinal != nil || spec.day != nil { return .month }
    if spec.weekday != nil || spec.weekend { return .week }
    if spec.hour != nil || spec.partOfDay != nil { return .day }
    return nil
  }

  /// The instances of a specification's fields inside one container period.
  func instances(_ spec: TimeSpec, in container: CalendarPeriod) -> [CalendarPeriod] {
    switch container.grain {
    case .year, .decade, .century, .millennium:
      let year = container.date.year
      if let holiday = spec.holiday {
        guard let date = holidays.date(of: holiday, in: year) else { return [] }
        if let weekday = spec.weekday, date.weekday != weekday { return [] }
        return clock(spec, on: date)
      }
      if let month = spec.month {
        let monthPeriod = CalendarPeriod(grain: .month, containing: CivilDate(year, month, 1))
        return instances(spec, in: monthPeriod)
      }
      if let week = spec.week {
        guard week >= 1, week <= CivilDate.isoWeeks(in: year) else { return [] }
        let monday = CivilDate.mondayOf(isoYear: year, week: week)
        return instances(spec, in: CalendarPeriod(grain: .week, containing: monday))
      }
      if let season = spec.season { return [CalendarPeriod(year: year, season: season)] }
      if let quarter = spec.quarter {
        guard (1...4).contains(quarter) else { return [] }
        return [CalendarPeriod(grain: .quarter, containing: CivilDate(year, quarter * 3 - 2, 1))]
      }
      if let half = spec.half {
        guard (1...2).contains(half) else { return [] }
        return [CalendarPeriod(grain: .half, containing: CivilDate(year, half == 1 ? 1 : 7, 1))]
      }
      if let ordinal = spec.ordinal { return ordinalInstances(ordinal, spec, in: container) }
      if spec.day != nil || spec.weekday != nil || spec.hour != nil || spec.partOfDay != nil || spec.weekend {
        return []
      }
      return [container.grain == .year ? container : CalendarPeriod(grain: .year, containing: container.date)]

    case .half, .quarter, .season, .month:
      if let ordinal = spec.ordinal { return ordinalInstances(ordinal, spec, in: container) }
      if let day = spec.day {
        guard container.grain == .month,
          let date = CivilDate(validYear: container.date.year, month: container.date.month, day: day)
        else { return [] }
        if let weekday = spec.weekday, date.weekday != weekday { return [] }
        return clock(spec, on: date)
      }
      if let month = spec.month, container.grain != .month {
        let first = CivilDate(container.date.year, month, 1)
        guard first.dayNumber * 86_400 >= container.start, first.dayNumber * 86_400 < container.end else { return [] }
        return instances(spec, in: CalendarPeriod(grain: .month, containing: first))
      }
      if spec.weekday != nil || spec.hour != nil || spec.partOfDay != nil || spec.weekend { return [] }
      return [container]

    case .week, .weekend:
      let monday = container.grain == .week ? container.date : container.date.adding(days: -5)
      if let weekday = spec.weekday {
        let date = monday.adding(days: weekday - 1)
        if let day = spec.day, date.day != day { return [] }
        if let month = spec.month, date.month != month { return [] }
        return clock(spec, on: date)
      }
      if spec.weekend { return [CalendarPeriod(grain: .weekend, containing: monday)] }
      if spec.hour != nil || spec.partOfDay != nil || spec.day != nil { return [] }
      return [CalendarPeriod(grain: .week, containing: monday)]

    case .day:
      if let weekday = spec.weekday, container.date.weekday != weekday { return [] }
      if let day = spec.day, container.date.day != day { return [] }
      return clock(spec, on: container.date)

    case .partOfDay:
      if spec.hour != nil {
        return clock(spec, on: container.date).filter { $0.start >= container.start && $0.start < container.end }
      }
      return [container]

    case .hour, .minute, .second:
      if let hour = spec.hour {
        let hours = clockHours(hour, spec.clock12)
        guard hours.contains(container.hour) else { return [] }
        let minute = spec.minute ?? container.minute
        return [CalendarPeriod(grain: spec.grain, containing: container.date, hour: container.hour, minute: minute, second: spec.second ?? 0)]
      }
      return [container]
    }
  }

  private func clockHours(_ hour: Int, _ clock12: Bool) -> [Int] {
    guard clock12, hour >= 1, hour <= 12 else { return [hour] }
    return hour == 12 ? [12, 0] : [hour, hour + 12]
  }

  /// The times on a day that a specification's clock fields name (a 12-hour hour gives two).
  private func clock(_ spec: TimeSpec, on date: CivilDate) -> [CalendarPeriod] {
    if let hour = spec.hour {
      return clockHours(hour, spec.clock12).compactMap { h in
        guard (0...23).contains(h) else { return nil }
        return CalendarPeriod(
          grain: spec.grain, containing: date, hour: h, minute: spec.minute ?? 0, second: spec.second ?? 0)
      }
    }
    if let part = spec.partOfDay { return [CalendarPeriod(date: date, part: part)] }
    return [CalendarPeriod(grain: .day, containing: date)]
  }

  /// The n-th weekday, day or whole week inside a container.
  private func ordinalInstances(_ ordinal: OrdinalSpec, _ spec: TimeSpec, in container: CalendarPeriod) -> [CalendarPeriod] {
    let firstDay = container.date
    let endDay = CalendarPeriod.floorDiv(container.end, 86_400)  // exclusive day number
    let startDay = firstDay.dayNumber
    var date: CivilDate?
    switch ordinal.item {
    case .day:
      let number = ordinal.n > 0 ? startDay + ordinal.n - 1 : endDay + ordinal.n
      if number >= startDay && number < endDay { date = CivilDate(dayNumber: number) }
    case .weekday(let weekday):
      if ordinal.n > 0 {
        let first = startDay + (weekday - firstDay.weekday + 7) % 7
        let number = first + 7 * (ordinal.n - 1)
        if number < endDay { date = CivilDate(dayNumber: number) }
      } else {
        let lastDate = CivilDate(dayNumber: endDay - 1)
        let last = endDay - 1 - (lastDate.weekday - weekday + 7) % 7
        let number = last - 7 * (-ordinal.n - 1)
        if number >= startDay { date = CivilDate(dayNumber: number) }
      }
    case .week:
      // Whole Monday-to-Sunday weeks inside the container.
      let firstMonday = startDay + (1 - firstDay.weekday + 7) % 7
      let lastMonday = endDay - 7 - ((CivilDate(dayNumber: endDay - 7).weekday - 1) % 7)
      let number = ordinal.n > 0 ? firstMonday + 7 * (ordinal.n - 1) : lastMonday - 7 * (-ordinal.n - 1)
      guard number >= startDay, number + 7 <= endDay else { return [] }
      return [CalendarPeriod(grain: .week, containing: CivilDate(dayNumber: number))]
    }
    guard let date else { return [] }
    return clock(spec, on: date)
  }

  // MARK: Searching

  /// How many containers a search looks through in each direction.
  private func searchLimit(_ grain: Grain) -> Int {
    switch grain {
    case .year: return 60
    case .month: return 400
    case .century: return 3
    default: return 3
    }
  }

  /// The latest instance (over containers of `grain` around the anchor) that passes a test.
  private func latest(_ spec: TimeSpec, grain: Grain, around anchor: CalendarPeriod, where test: (CalendarPeriod) -> Bool) -> CalendarPeriod? {
    let base = anchor.at(grain)
    var best: CalendarPeriod?
    var foundAt: Int?
    var k = 1
    while k >= -searchLimit(grain) {
      for candidate in instances(spec, in: base.moved(by: k)) where test(candidate) {
        if best == nil || candidate.start > best!.start { best = candidate }
      }
      if best != nil && foundAt == nil { foundAt = k }
      if let foundAt, k < foundAt - 1 { break }
      k -= 1
    }
    return best
  }

  /// The earliest instance that passes a test.
  private func earliest(_ spec: TimeSpec, grain: Grain, around anchor: CalendarPeriod, where test: (CalendarPeriod) -> Bool) -> CalendarPeriod? {
    let base = anchor.at(grain)
    var best: CalendarPeriod?
    var foundAt: Int?
    var k = -1
    while k <= searchLimit(grain) {
      for candidate in instances(spec, in: base.moved(by: k)) where test(candidate) {
        if best == nil || candidate.start < best!.start { best = candidate }
      }
      if best != nil && foundAt == nil { foundAt = k }
      if let foundAt, k > foundAt + 1 { break }
      k += 1
    }
    return best
  }

  /// The instance of a free specification the direction picks.
  private func search(_ spec: TimeSpec, anchor: CalendarPeriod, anchorKind: TimeAnchor?, _ context: Context) -> Result {
    var spec = spec
    guard let grain = searchGrain(spec) else { return unresolved(spec) }
    // A 12-hour clock on a named date reads as written ("7 May 11:00"); only a bare time of day
    // is placed by the direction.
    if grain > .day { spec.clock12 = false }
    if grain == .day && context.direction == .nearest && anchor.grain <= .hour {
      // A bare time of day ("at 3:30 p.m.", "9:00 PST") is on the reference's day.
      let day = anchor.at(.day)
      let candidates = instances(spec, in: day)
      let middle = Double(anchor.start + anchor.end) / 2
      if let best = candidates.min(by: {
        abs(Double($0.start + $0.end) / 2 - middle) < abs(Double($1.start + $1.end) / 2 - middle)
      }) {
        return Result(
          period: best, value: best.timex, precision: best.grain.precision, anchor: anchorKind,
          anchorValue: anchor.timex, direction: context.direction)
      }
    }
    if spec.weekday != nil && (spec.day != nil || spec.holiday != nil) && grain >= .month {
      // "Tuesday, January 10": the nearest such date whose weekday agrees, one step either way;
      // otherwise the date alone, as the weekday is likely a slip.
      var dateOnly = spec
      dateOnly.weekday = nil
      let plain = search(dateOnly, anchor: anchor, anchorKind: anchorKind, context)
      guard let period = plain.period else { return plain }
      if period.date.weekday == spec.weekday { return plain }
      let containerGrain: Grain = spec.month != nil || spec.holiday != nil ? .year : .month
      // A weekday with a day of the month ("Thursday the 15th") recurs within months; with a
      // month and day it names a year, and a mismatch more than a year away is a slip.
      // The weekday is firmer evidence than the tense: the preferred direction is tried first,
      // then the other ("Sunday, Feb 10" read as future on Tuesday, Feb 12, 2013 is the 10th that
      // was a Sunday, not February 10, 2014, a Monday).
      let reach = containerGrain == .year ? 1 : 6
      var steps: [Int] = []
      for k in 1...reach {
        if context.direction != .future { steps.append(-k) }
        if context.direction != .past { steps.append(k) }
      }
      if context.direction != .nearest { steps += steps.map { -$0 } }
      for step in steps {
        let container = period.at(containerGrain).moved(by: step)
        if let match = instances(spec, in: container).first {
          return Result(
            period: match, value: match.timex, precision: match.grain.precision, anchor: anchorKind,
            anchorValue: anchor.timex, direction: context.direction)
        }
      }
      return plain
    }
    let start = anchor.start
    let end = anchor.end
    let past = context.direction == .future ? nil : latest(spec, grain: grain, around: anchor) { $0.start < end }
    let future = context.direction == .past ? nil : earliest(spec, grain: grain, around: anchor) { $0.end > start }
    var chosen: CalendarPeriod?
    switch context.direction {
    // A day with no instance on the preferred side (a listed holiday's last or first year) is
    // the nearest on the other.
    case .past: chosen = past ?? earliest(spec, grain: grain, around: anchor) { $0.end > start }
    case .future: chosen = future ?? latest(spec, grain: grain, around: anchor) { $0.start < end }
    case .nearest:
      if let past, let future {
        if past == future {
          chosen = past
        } else {
          let middle = Double(start + end) / 2
          let pastDistance = middle - Double(past.start + past.end) / 2
          let futureDistance = Double(future.start + future.end) / 2 - middle
          chosen = futureDistance <= pastDistance ? future : past
        }
      } else {
        chosen = past ?? future
      }
    }
    guard let period = chosen else { return unresolved(spec) }
    return Result(
      period: period, value: period.timex, precision: period.grain.precision, anchor: anchorKind,
      anchorValue: anchor.timex, direction: context.direction)
  }

  // MARK: Underspecified values

  /// The value of a specification that cannot be resolved: its fields with `X` for the rest
  /// (`XXXX-06`, `XXXX-WXX-3`, `XXXX-XX-XXT17:30`).
  func unresolved(_ spec: TimeSpec) -> Result {
    let grain = spec.grain
    var date: String
    let year = spec.year.map(TimexFormat.year) ?? "XXXX"
    if let weekday = spec.weekday, spec.day == nil {
      date = year + "-W" + (spec.week.map(TimexFormat.two) ?? "XX") + "-" + String(weekday)
    } else if spec.weekend {
      date = year + "-W" + (spec.week.map(TimexFormat.two) ?? "XX") + "-WE"
    } else if let week = spec.week {
      date = year + "-W" + TimexFormat.two(week)
    } else if let holiday = spec.holiday, let fixed = holidays.holidays[holiday].date.fixedMonthDay {
      date = year + "-" + TimexFormat.two(fixed.month) + "-" + TimexFormat.two(fixed.day)
    } else if let season = spec.season {
      date = year + "-" + season.code
    } else if let quarter = spec.quarter {
      date = year + "-Q" + String(quarter)
    } else if let half = spec.half {
      date = year + "-H" + String(half)
    } else {
      switch grain {
      case .year: date = year
      case .decade: date = spec.decade.map { TimexFormat.pad($0, 3) } ?? "XXX"
      case .century: date = spec.century.map { TimexFormat.pad($0, 2) } ?? "XX"
      case .millennium: date = "X"
      case .month, .quarter, .half, .season:
        date = year + "-" + (spec.month.map(TimexFormat.two) ?? "XX")
      case .week, .weekend: date = year + "-WXX"
      default:
        date = year + "-" + (spec.month.map(TimexFormat.two) ?? "XX") + "-" + (spec.day.map(TimexFormat.two) ?? "XX")
      }
    }
    if let hour = spec.hour {
      date += "T" + TimexFormat.two(hour) + ":" + TimexFormat.two(spec.minute ?? 0)
      if let second = spec.second { date += ":" + TimexFormat.two(second) }
    } else if let part = spec.partOfDay {
      date += "T" + part.code
    } else if grain <= .hour {
      date += "TXX:XX"
    }
    return Result(period: nil, value: date, precision: grain.precision)
  }
}
