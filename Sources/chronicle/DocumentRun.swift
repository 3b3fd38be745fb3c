import ArgumentParser
import ChronicleKit
import Foundation

/// The per-document loop shared by the commands: read, process on all cores, write in input
/// order, report failures by document and location.
struct DocumentRun {
  let input: InputOptions
  let output: OutputOptions
  let processing: ProcessingOptions
  /// The layers to compute and write.
  let layers: Layers

  /// What happened to one input item.
  private enum Outcome: Sendable {
    case written(bytes: [UInt8], diagnostics: [Diagnostic], nanoseconds: [UInt64])
    case failed(InputFailure)
  }

  /// Runs the command; returns the exit code (0 all good, 1 some inputs or documents failed).
  func run() throws -> Int32 {
    let defaultDate = try input.parsedReferenceDate()
    let pipeline: Pipeline
    do {
      pipeline = try Pipeline.standard(for: layers, configuration: processing.configuration)
    } catch {
      throw ConfigurationError(message: "\(error)")
    }
    if !output.quiet {
      for note in pipeline.notes { Console.warning(note) }
    }
    let encoder = DocumentEncoder(
      layers: layers.union(.referenceDate), offsets: output.offsets, includeDiagnostics: output.verbose)
    let sink: OutputSink
    do {
      sink = try output.output.map { try OutputSink(path: $0) } ?? OutputSink()
    } catch {
      throw ConfigurationError(message: "\(error)")
    }
    let errorSink: OutputSink?
    do {
      errorSink = try output.errorsFile.map { try OutputSink(path: $0) }
    } catch {
      throw ConfigurationError(message: "\(error)")
    }

    let format = output.format
    let neutralize = !output.csvRaw
    let measureStages = output.stageTimes
    var stageNanoseconds: [UInt64] = []
    var inputBytes = 0
    var failures = 0
    var documents = 0
    do {
      switch format {
      case .json: try sink.write("[")
      case .csv:
        var header = CSVWriter(neutralizeFormulas: false)
        header.row(encoder.csvHeader)
        try sink.write(header.bytes)
      case .jsonl: break
      }

      let reader = DocumentReader(paths: input.inputs, format: input.inputFormat)
      let processor = BatchProcessor(jobs: processing.jobs)
      var writeError: Error?
      processor.run(
        next: { reader.next() },
        size: { item in
          if case .success(let document) = item {
            inputBytes += document.text.utf8.count
            return document.text.utf8.count
          }
          return 0
        },
        work: { item -> Outcome in
          switch item {
          case .failure(let failure):
            return .failed(failure)
          case .success(let documentInput):
            var document = Document(input: documentInput, defaultDate: defaultDate)
            var nanoseconds: [UInt64] = []
            do {
              if measureStages {
                try pipeline.process(&document, timing: &nanoseconds)
              } else {
                try pipeline.process(&document)
              }
            } catch {
              return .failed(
                InputFailure(location: documentInput.location, documentID: documentInput.id, reason: "\(error)"))
            }
            let start = DispatchTime.now().uptimeNanoseconds
            let bytes = DocumentRun.encode(document, encoder: encoder, format: format, neutralize: neutralize)
            if measureStages { nanoseconds.append(DispatchTime.now().uptimeNanoseconds - start) }
            return .written(bytes: bytes, diagnostics: document.diagnostics, nanoseconds: nanoseconds)
          }
        },
        deliver: { outcome in
          do {
            switch outcome {
            case .failed(let failure):
              failures += 1
              report(failure, to: errorSink)
            case .written(let bytes, let diagnostics, let nanoseconds):
              if !nanoseconds.isEmpty {
                if stageNanoseconds.isEmpty { stageNanoseconds = nanoseconds } else {
                  for i in nanoseconds.indices { stageNanoseconds[i] += nanoseconds[i] }
                }
              }
              for diagnostic in diagnostics {
                if diagnostic.severity == .warning && !output.quiet {
                  Console.warning(diagnostic.message)
                } else if output.verbose {
                  Console.note(diagnostic.message)
                }
              }
              if format == .json && documents > 0 { try sink.write(",") }
              documents += 1
              try sink.write(bytes)
            }
            return true
          } catch {
            writeError = error
            return false
          }
        })
      if let writeError { throw writeError }
      if format == .json { try sink.write(documents > 0 ? "\n]\n" : "]\n") }
      try sink.flush()
      try errorSink?.flush()
    } catch OutputSink.Failure.closed {
      return 0  // the reader went away (for instance `| head`): stop quietly
    }
    if measureStages {
      let names = pipeline.annotators.map(\.name) + ["output"]
      let megabytes = Double(inputBytes) / 1_000_000
      Console.write("stage            seconds     MB/s  (\(documents) documents, \(String(format: "%.1f", megabytes)) MB)\n")
      for (name, nanoseconds) in zip(names, stageNanoseconds) {
        let seconds = Double(nanoseconds) / 1e9
        let line = name.padding(toLength: 14, withPad: " ", startingAt: 0)
          + String(format: "%9.3f %8.1f", seconds, seconds > 0 ? megabytes / seconds : 0)
        Console.write(line + "\n")
      }
    }
    if Interruption.isRequested {
      Console.note("interrupted: \(documents) document(s) written")
      return 130
    }
    if failures > 0 && !output.quiet {
      Console.note("\(failures) input(s) failed; \(documents) document(s) written")
    }
    return failures > 0 ? 1 : 0
  }

  private func report(_ failure: InputFailure, to errorSink: OutputSink?) {
    let name = failure.documentID.map { "document '\($0)' (\(failure.location))" } ?? failure.location
    Console.error("\(name): \(failure.reason)")
    guard let errorSink else { return }
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("location")
    writer.string(failure.location)
    writer.key("id")
    writer.stringOrNull(failure.documentID)
    writer.key("reason")
    writer.string(failure.reason)
    writer.endObject()
    writer.newline()
    try? errorSink.write(writer.bytes)
  }

  private static func encode(
    _ document: Document, encoder: DocumentEncoder, format: OutputFormat, neutralize: Bool
  ) -> [UInt8] {
    switch format {
    case .jsonl:
      var writer = JSONWriter(reserve: document.byteCount * 2)
      encoder.writeJSON(document, to: &writer)
      writer.newline()
      return writer.bytes
    case .json:
      var writer = JSONWriter(indent: 2, reserve: document.byteCount * 3)
      writer.newline()
      encoder.writeJSON(document, to: &writer)
      return writer.bytes
    case .csv:
      var writer = CSVWriter(neutralizeFormulas: neutralize)
      encoder.writeCSV(document, to: &writer)
      return writer.bytes
    }
  }
}

/// A configuration problem (missing data file, unwritable output): exit code 2.
struct ConfigurationError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
