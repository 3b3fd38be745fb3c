import ChronicleKit

extension TimelineCommand {
  /// `chronicle timeline --format html`: the report holds the documents as well as the
  /// timeline, so that each event opens on its sentence in its document.
  func writeReport(_ run: DocumentRun) throws -> Int32 {
    let sink = try run.openSink()
    var report = HTMLReport()
    var aliases: [String: Set<String>] = [:]
    do {
      let summary = try run.process(
        transform: { ReportDocument($0) },
        deliver: { document in
          for entity in document.entities {
            for alias in [entity.name] + entity.aliases {
              aliases[Timeline.normalizedName(alias), default: []].insert(entity.id)
            }
          }
          report.add(document)
        })
      guard !summary.interrupted else { return run.finish(summary) }
      _ = try timeline.write(
        Timeline(mentions: report.mentions), aliases: aliases, report: report, to: sink,
        neutralize: !output.csvRaw)
      return run.finish(summary)
    } catch OutputSink.Failure.closed {
      return 0
    }
  }
}
