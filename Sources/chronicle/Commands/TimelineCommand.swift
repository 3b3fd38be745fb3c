import ArgumentParser
import ChronicleKit

/// Options shared by `chronicle timeline` and `chronicle merge`.
struct TimelineOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: "Output format: json, jsonl, csv, timelinejs (Knight Lab TimelineJS), semeval (SemEval-2015 TimeLine TSV) or html (a self-contained report page).")
  var format: TimelineFormat = .json

  @Option(
    name: .customLong("entity"),
    help: ArgumentHelp("Only events in which this entity takes part (its name, any alias, or its id); repeatable.", valueName: "name"))
  var entities: [String] = []

  @Flag(name: .customLong("dated-only"), help: "Leave out events with no date.")
  var datedOnly = false

  @Option(name: .customLong("min-confidence"), help: "Leave out events less confident than this (0 to 1).")
  var minimumConfidence: Double = 0

  /// Filters and writes a timeline; returns whether every `--entity` matched something. An HTML
  /// `report` that already holds the documents is completed with the timeline; without one, the
  /// HTML report shows each event with its sentence.
  func write(
    _ timeline: Timeline, aliases: [String: Set<String>], report: HTMLReport? = nil, to sink: OutputSink,
    neutralize: Bool
  ) throws -> Bool {
    var entries = timeline.entries
    var allMatched = true
    if !entities.isEmpty {
      var ids: Set<String> = []
      for name in entities {
        let matched = timeline.entityIDs(matching: name, aliases: aliases)
        if matched.isEmpty {
          Console.warning("no entity in the timeline is called '\(name)'")
          allMatched = false
        }
        ids.formUnion(matched)
      }
      entries = timeline.involving(ids)
    }
    if datedOnly { entries = entries.filter { $0.date != nil } }
    if minimumConfidence > 0 { entries = entries.filter { $0.confidence >= minimumConfidence } }
    if format == .html {
      var report = report ?? HTMLReport()
      report.notes = reportNotes
      try sink.write(report.render(entries))
    } else {
      try sink.write(TimelineEncoder(neutralizeFormulas: neutralize).encode(entries, format: format))
    }
    try sink.flush()
    return allMatched
  }
}

/// `chronicle timeline`: the events of many documents on one timeline.
struct TimelineCommand: DocumentCommand {
  static let configuration = CommandConfiguration(
    commandName: "timeline",
    abstract: "Build one timeline of dated events from all the documents.",
    discussion: """
      Events (a trigger word with the participants, place and date of its clause) from every \
      document are merged — same trigger lemma, a shared participant and compatible dates make \
      one event that keeps all its mentions — and ordered by date: by the start of the period \
      a date stands for, the coarser first when two start together (2018 before 2018-06 before \
      2018-06-12), then by document id and position. Undated events come last.
      JSON Lines output can be merged with other shards' by `chronicle merge`.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var timeline: TimelineOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var processing: ProcessingOptions

  mutating func runDocuments() throws -> Int32 {
    let run = DocumentRun(input: input, output: output, processing: processing, layers: [.entities, .times, .events])
    if timeline.format == .html { return try writeReport(run) }
    let sink = try run.openSink()
    let unit = output.offsets
    var mentions: [TimelineMention] = []
    var aliases: [String: Set<String>] = [:]
    do {
      let summary = try run.process(
        transform: { document in (TimelineMention.mentions(of: document, offsets: unit), document.entities) },
        deliver: { result in
          mentions += result.0
          for entity in result.1 {
            for alias in [entity.name] + entity.aliases { aliases[Timeline.normalizedName(alias), default: []].insert(entity.id) }
          }
        })
      guard !summary.interrupted else { return run.finish(summary) }
      _ = try timeline.write(Timeline(mentions: mentions), aliases: aliases, to: sink, neutralize: !output.csvRaw)
      return run.finish(summary)
    } catch OutputSink.Failure.closed {
      return 0
    }
  }
}

/// `chronicle merge`: one timeline from the JSON Lines timelines of several shards.
struct Merge: DocumentCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Merge timelines written as JSON Lines (by `chronicle timeline --format jsonl`) into one.",
    discussion: """
      The reduce step of a distributed run: every shard's timeline keeps all its event \
      mentions, so merging them gives the same timeline as one run over all the documents.
      """)

  @Argument(help: ArgumentHelp("Timeline JSON Lines files, or - for standard input (the default).", valueName: "timeline"))
  var inputs: [String] = []

  @OptionGroup var timeline: TimelineOptions

  @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
  var output: String?

  @Flag(name: .customLong("csv-raw"), help: "Write CSV cells as they are (no formula neutralizing).")
  var csvRaw = false

  mutating func runDocuments() throws -> Int32 {
    let sink: OutputSink
    do {
      sink = try output.map { try OutputSink(path: $0) } ?? OutputSink()
    } catch {
      throw ConfigurationError(message: "\(error)")
    }
    let (mentions, failures) = TimelineDecoder.mentions(paths: inputs)
    for failure in failures { Console.error(failure.description) }
    do {
      _ = try timeline.write(Timeline(mentions: mentions), aliases: [:], to: sink, neutralize: !csvRaw)
    } catch OutputSink.Failure.closed {
      return 0
    }
    return failures.isEmpty ? 0 : 1
  }
}
