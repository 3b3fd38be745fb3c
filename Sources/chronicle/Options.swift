import ArgumentParser
import ChronicleKit
import Foundation

extension InputFormat: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}
extension OffsetConverter.Unit: ExpressibleByArgument {}
extension TimelineFormat: ExpressibleByArgument {}
extension SentenceSegmenter.NewlinePolicy: ExpressibleByArgument {}
extension TemporalDirection: ExpressibleByArgument {}

/// Where documents come from.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Text files (one document each), directories (searched recursively for *.txt), JSON Lines files (.jsonl, .ndjson), or - for standard input.",
      discussion: "With no input, standard input is read.",
      valueName: "input"))
  var inputs: [String] = []

  @Option(
    name: .customLong("input"),
    help: ArgumentHelp(
      "How inputs are read: auto (by extension; standard input is JSON Lines when its first line is a JSON object with a \"text\" member), text, or jsonl.",
      valueName: "format"))
  var inputFormat: InputFormat = .auto

  @Option(
    name: .customLong("reference-date"),
    help: ArgumentHelp(
      "The date relative times resolve against (ISO 8601: 2019-02-28 or 2019-02-28T17:30), for documents without their own \"date\".",
      valueName: "date"))
  var referenceDate: String?

  /// The parsed reference date.
  func parsedReferenceDate() throws -> DateTimeValue? {
    guard let referenceDate else { return nil }
    guard let value = DateTimeValue(iso8601: referenceDate) else {
      throw ValidationError("--reference-date '\(referenceDate)' is not an ISO 8601 date or date-time (expected e.g. 2019-02-28 or 2019-02-28T17:30)")
    }
    return value
  }
}

/// The output format of the per-document commands.
struct DocumentFormatOption: ParsableArguments {
  @Option(name: .shortAndLong, help: "Output format: json, jsonl, csv or html (a self-contained report page).")
  var format: OutputFormat = .jsonl
}

/// Where and how results are written.
struct OutputOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
  var output: String?

  @Option(help: "The unit of output offsets: codepoint (Python str indices), utf16 (Java, JavaScript) or utf8 (bytes).")
  var offsets: OffsetConverter.Unit = .codepoint

  @Flag(
    name: .customLong("csv-raw"),
    help: "Write CSV cells as they are, without neutralizing cells that start with = + - @ (formula injection).")
  var csvRaw = false

  @Option(
    name: .customLong("errors"),
    help: ArgumentHelp("Also write each failed document or input as a JSON Lines record to this file.", valueName: "file"))
  var errorsFile: String?

  @Flag(name: .shortAndLong, help: "Report every diagnostic on standard error and include diagnostics in the output.")
  var verbose = false

  @Flag(name: .shortAndLong, help: "Report only errors on standard error.")
  var quiet = false

  @Flag(
    name: .customLong("stage-times"),
    help: "Report on standard error how long each stage took in all, and its throughput.")
  var stageTimes = false
}

/// How documents are processed.
struct ProcessingOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: "Documents processed at once, 1 to 1024 (default: the number of cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(
    help: "Line breaks inside a paragraph: auto (detect hard-wrapped text), line (every line break ends a sentence) or paragraph (only blank lines do).")
  var newlines: SentenceSegmenter.NewlinePolicy = .auto

  @Option(
    help: ArgumentHelp(
      "Resolve times without a year or week (\"Wednesday\", \"June\") to the past, future or nearest one (default: follow the sentence's tense).",
      valueName: "direction"))
  var prefer: TemporalDirection?

  @Flag(
    name: .customLong("day-first"),
    help: "Read all-numeric dates day first when both readings are possible (03/02/2019 is 3 February).")
  var dayFirst = false

  @Option(
    name: .customLong("data-dir"),
    help: ArgumentHelp("The directory of shipped data files (default: found automatically, or $CHRONICLE_DATA).", valueName: "dir"))
  var dataDirectory: String?

  @Option(
    name: .customLong("gazetteer"),
    help: ArgumentHelp(
      "A gazetteer of your own (Chronicle TSV, spaCy EntityRuler JSONL, or CoreNLP RegexNER); repeatable. Its entries win over the shipped ones.",
      valueName: "file"))
  var gazetteers: [String] = []

  @Flag(name: .customLong("no-default-gazetteers"), help: "Do not load the shipped gazetteers.")
  var noDefaultGazetteers = false

  @Flag(
    name: .customLong("skip-bad-gazetteer-lines"),
    help: "Skip malformed gazetteer lines with a warning instead of stopping.")
  var skipBadGazetteerLines = false

  func validate() throws {
    guard (1...BatchProcessor.maximumJobs).contains(jobs) else {
      throw ValidationError("--jobs must be between 1 and \(BatchProcessor.maximumJobs)")
    }
  }

  var configuration: PipelineConfiguration {
    var configuration = PipelineConfiguration(
      dataDirectory: dataDirectory, newlines: newlines, gazetteers: gazetteers,
      useShippedGazetteers: !noDefaultGazetteers, skipMalformedGazetteerLines: skipBadGazetteerLines)
    configuration.prefer = prefer
    configuration.dayFirst = dayFirst
    return configuration
  }
}
