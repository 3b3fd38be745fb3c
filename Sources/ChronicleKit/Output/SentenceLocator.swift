/// Finds an event mention's spans inside its sentence, in UTF-16 code units, for a mention read
/// back from a timeline file (`chronicle merge`) whose document is not at hand.
///
/// Such a file does not record the unit its offsets count, so each unit is tried: the one under
/// which the trigger's text sits at the trigger's offsets is used for every span of the mention.
/// A span whose text is not found at its offsets is searched for in the sentence by its text.
struct SentenceLocator {
  private let sentence: [UInt16]
  private let scalars: [Unicode.Scalar]
  private let sentenceStart: Int
  private let unit: OffsetConverter.Unit?

  /// Prepares to locate the spans of `mention`.
  init(_ mention: TimelineMention) {
    sentence = Array(mention.sentenceText.utf16)
    scalars = Array(mention.sentenceText.unicodeScalars)
    sentenceStart = mention.sentenceStart
    var found: OffsetConverter.Unit?
    for unit in OffsetConverter.Unit.allCases {
      if SentenceLocator.convert(
        start: mention.triggerStart, end: mention.triggerEnd, text: mention.triggerText, unit: unit,
        sentenceStart: mention.sentenceStart, sentence: sentence, scalars: scalars) != nil
      {
        found = unit
        break
      }
    }
    self.unit = found
  }

  /// The span's offsets in the sentence (UTF-16 code units, `end` exclusive); (0, 0) when its
  /// text is not in the sentence.
  func locate(start: Int, end: Int, text: String) -> (Int, Int) {
    if let unit,
      let range = SentenceLocator.convert(
        start: start, end: end, text: text, unit: unit, sentenceStart: sentenceStart,
        sentence: sentence,
        scalars: scalars)
    {
      return range
    }
    let needle = Array(text.utf16)
    guard !needle.isEmpty, needle.count <= sentence.count else { return (0, 0) }
    for at in 0...(sentence.count - needle.count) where sentence[at] == needle[0] {
      if sentence[at..<(at + needle.count)].elementsEqual(needle) { return (at, at + needle.count) }
    }
    return (0, 0)
  }

  /// The span in UTF-16 units relative to the sentence, when `start`–`end` counted in `unit`
  /// from the document's start hold `text`.
  private static func convert(
    start: Int, end: Int, text: String, unit: OffsetConverter.Unit, sentenceStart: Int,
    sentence: [UInt16],
    scalars: [Unicode.Scalar]
  ) -> (Int, Int)? {
    let (relativeStart, relativeEnd) = (start - sentenceStart, end - sentenceStart)
    guard relativeStart >= 0, relativeEnd >= relativeStart else { return nil }
    var units = 0
    var utf16 = 0
    var from: Int?
    var to: Int?
    for scalar in scalars {
      if units == relativeStart { from = utf16 }
      if units == relativeEnd { to = utf16 }
      if to != nil { break }
      switch unit {
      case .codepoint: units += 1
      case .utf16: units += scalar.utf16.count
      case .utf8: units += scalar.utf8.count
      }
      utf16 += scalar.utf16.count
    }
    if units == relativeStart && from == nil { from = utf16 }
    if units == relativeEnd && to == nil { to = utf16 }
    guard let from, let to, to <= sentence.count else { return nil }
    guard sentence[from..<to].elementsEqual(text.utf16) else { return nil }
    return (from, to)
  }
}
