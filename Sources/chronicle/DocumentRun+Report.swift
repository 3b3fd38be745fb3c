import ChronicleKit

extension DocumentRun {
  /// Runs a per-document command with `--format html`: one report page of every document, with
  /// the layers the command computes; when they include events, the documents' events are
  /// merged into a timeline as `chronicle timeline` does. Offsets inside the page are UTF-16
  /// code units whatever `--offsets` says (the page slices JavaScript strings with them).
  func writeReport() throws -> Int32 {
    let sink = try openSink()
    var report = HTMLReport()
    do {
      let summary = try process(transform: { ReportDocument($0) }, deliver: { report.add($0) })
      let entries = layers.contains(.events) ? Timeline(mentions: report.mentions).entries : []
      try sink.write(report.render(entries))
      try sink.flush()
      return finish(summary)
    } catch OutputSink.Failure.closed {
      return 0
    }
  }
}
