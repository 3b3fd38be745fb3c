/// A temporal expression found in a document and normalized to TIMEX3.
///
/// `value` follows TIMEX3: `2019-02-27`, `2018-06`, `2019-W09`, `2019-Q1`, `199` (the 1990s),
/// `18` (the 19th century), `2019-02-28T17:30`, `2019-02-28TMO` (morning), `P2D`, `P18M`,
/// `XXXX-WXX-3` (a Wednesday, when there is no reference date), `PRESENT_REF`, `PAST_REF`,
/// `FUTURE_REF`. A range ("May 3-5", "from 2010 to 2012") has its first value as `value` and
/// both ends in ``begin`` and ``end``.
public struct TimeExpression: Hashable, Sendable {
  /// The expression's text (UTF-8 byte offsets), without a leading preposition such as "on".
  public var range: TextRange
  /// The TIMEX3 type.
  public var type: TimexType
  /// The TIMEX3 value.
  public var value: String
  /// The smallest unit the value states.
  public var precision: TimexPrecision
  /// For a range, the TIMEX3 value of its first end.
  public var begin: Optional<String>
  /// For a range, the TIMEX3 value of its last end.
  public var end: Optional<String>
  /// The TIMEX3 `mod`, when the text qualifies the value: `START` ("early May"), `MID`, `END`,
  /// `APPROX` ("about"), `LESS_THAN`, `MORE_THAN`, `BEFORE`, `AFTER`, `ON_OR_AFTER` …
  public var mod: Optional<String>
  /// The name of the rule that recognized the expression ("date.month-day-year").
  public var rule: String
  /// What a relative expression was resolved against; `nil` for absolute ones.
  public var anchor: Optional<TimeAnchor>
  /// The value of the anchor it was resolved against ("2019-02-28"), when there is one.
  public var anchorValue: Optional<String>
  /// The direction used to resolve an expression without a year or week ("Wednesday"), when
  /// one was needed.
  public var direction: Optional<TemporalDirection>

  /// Creates a time expression.
  public init(
    range: TextRange, type: TimexType, value: String, precision: TimexPrecision,
    begin: String? = nil, end: String? = nil, mod: String? = nil, rule: String,
    anchor: TimeAnchor? = nil, anchorValue: String? = nil, direction: TemporalDirection? = nil
  ) {
    self.range = range
    self.type = type
    self.value = value
    self.precision = precision
    self.begin = begin
    self.end = end
    self.mod = mod
    self.rule = rule
    self.anchor = anchor
    self.anchorValue = anchorValue
    self.direction = direction
  }

  /// Whether the expression is a range with two ends.
  public var isRange: Bool { begin != nil && end != nil }
}
