/// What a stretch of text means to the time grammar: the payload of a chart node.
enum Meaning: Hashable, Sendable {
  /// A number.
  case number(NumberValue)
  /// An ordinal ("3rd", "third").
  case ordinal(Int)
  /// A unit of time, without a count ("days").
  case unit(TimeUnit)
  /// A length of time.
  case duration(DurationSpec)
  /// A point or period of time.
  case time(TimeSpec)
  /// A range from one time to another.
  indirect case range(TimeSpec, TimeSpec)
  /// A recurring time.
  indirect case set(SetSpec)
  /// A general reference: now, the past, the future.
  case reference(ReferenceKind)

  /// The kind of node, for indexing rules by what they start with.
  var kind: NodeKind {
    switch self {
    case .number: return .number
    case .ordinal: return .ordinal
    case .unit: return .unit
    case .duration: return .duration
    case .time: return .time
    case .range: return .range
    case .set: return .set
    case .reference: return .reference
    }
  }

  var time: TimeSpec? {
    if case .time(let spec) = self { return spec }
    return nil
  }

  var number: NumberValue? {
    if case .number(let value) = self { return value }
    return nil
  }

  var duration: DurationSpec? {
    if case .duration(let value) = self { return value }
    return nil
  }
}

/// The kinds of chart node.
enum NodeKind: Int, CaseIterable, Sendable {
  case number, ordinal, unit, duration, time, range, set, reference
}
