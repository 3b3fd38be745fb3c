import ArgumentParser
import ChronicleKit

/// `chronicle times`: find time expressions and normalize them to TIMEX3.
struct Times: DocumentCommand {
  static let configuration = CommandConfiguration(
    commandName: "times",
    abstract: "Find time expressions and normalize them to TIMEX3.",
    discussion: """
      Recognizes dates (June 12, 2018; Feb. 28; 2019-02-28; 2/28/2019; June 2018; the 1990s; Q3 2019), \
      weekdays and relative days (Wednesday, last Friday, yesterday, tonight), offsets (two days ago, \
      in two years, three weeks later), clock times (5 p.m., 17:30 GMT, noon), durations (two days, \
      18 months), sets (every Monday, weekly), ranges (May 3-5, from 2010 to 2012), holidays \
      (Christmas, Thanksgiving, Easter) and general references (now, recently, the future).

      Each time: start, end, text, type (DATE, TIME, DURATION, SET), value (TIMEX3: 2019-02-27, \
      2018-06, 2019-W09, P2D, XXXX-WXX-3, PAST_REF …), precision, range {begin, end} for ranges, mod \
      (START for "early May", APPROX for "about" …), rule, anchor ("reference", "time:N" for an \
      earlier time of the document, or null), anchorValue and direction.

      Reference date, in order of precedence: the JSON Lines "date" field, --reference-date, then a \
      date found in the text (a dateline such as "WASHINGTON, Feb. 28, 2019 —" or "Feb 28 (Reuters) \
      -", or a date on a line of its own near the top); each document reports it with \
      referenceDateSource (input, option or text). A malformed "date" is reported as a warning and \
      the document is processed without it. Without any reference date, relative values stay \
      underspecified (XXXX-WXX-3); today's date is never used.

      Times without a year or week ("Wednesday", "June") follow their sentence's tense: past tense \
      resolves to the most recent one not after the reference date, future tense ("will") to the \
      coming one, otherwise the nearest; --prefer past|future|nearest overrides. --day-first reads \
      03/02/2019 as 3 February.

      CSV columns: document, index, start, end, text, type, value, precision, begin, end_value, mod, \
      rule, anchor, anchor_value, direction, reference_date, reference_source.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var format: DocumentFormatOption
  @OptionGroup var output: OutputOptions
  @OptionGroup var processing: ProcessingOptions

  mutating func runDocuments() throws -> Int32 {
    try DocumentRun(input: input, output: output, processing: processing, layers: .times)
      .writeDocuments(format: format.format)
  }
}
