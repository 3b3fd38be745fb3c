import ArgumentParser
import ChronicleKit
import Foundation
import Synchronization

/// The per-document loop shared by the commands: read, process on all cores, hand results back
/// in input order, report failures by document and location.
struct DocumentRun {
  let input: InputOptions
  let output: OutputOptions
  let processing: ProcessingOptions
  /// The layers to compute.
  let layers: Layers

  /// How a run went.
  struct Summary {
    var documents = 0
    var failures = 0
    var interrupted = false

    /// The exit status: 0 all good, 1 some inputs or documents failed, 130 interrupted.
    var exitCode: Int32 { interrupted ? 130 : failures > 0 ? 1 : 0 }
  }

  /// What happened to one input item.
  private enum Outcome<T: Sendable>: Sendable {
    case done(T, diagnostics: [Diagnostic])
    case failed(InputFailure)
  }

  /// The diagnostics of a document with the place each one is about ahead of its message: the
  /// input (a file, or a JSON Lines file and line), the document's id, and the line and column
  /// in the document's text ("news.jsonl:12: document 'a7', line 3, column 5: 'Christian
  /// Democrats' names 3 listed entities …"; for a text file, "news.txt:3:5: …"). Those without
  /// a place (the input's own notes, which name it already) are left as they are.
  private static func located(_ diagnostics: [Diagnostic], in document: Document, input: DocumentInput) -> [Diagnostic] {
    guard diagnostics.contains(where: { $0.range != nil }) else { return diagnostics }
    let bytes = Array(document.text.utf8)
    return diagnostics.map { diagnostic in
      guard let range = diagnostic.range else { return diagnostic }
      let start = min(max(range.start, 0), bytes.count)
      var line = 1
      var lineStart = 0
      for i in 0..<start where bytes[i] == 0x0A {
        line += 1
        lineStart = i + 1
      }
      // Columns count characters, not bytes (a UTF-8 continuation byte starts none).
      let column = 1 + bytes[lineStart..<start].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
      var located = diagnostic
      // A file is its document ("news.txt:3:5:"); a JSON Lines line holds one of several.
      let place =
        input.location == document.id
        ? "\(input.location):\(line):\(column)"
        : "\(input.location): document '\(document.id)', line \(line), column \(column)"
      located.message = "\(place): \(diagnostic.message)"
      return located
    }
  }

  /// The time each stage took, added up over the chunks that the threads process.
  private final class StageClock: @unchecked Sendable {
    private let lock = NSLock()
    private var nanoseconds: [UInt64] = []

    func add(_ chunk: [UInt64]) {
      lock.lock()
      defer { lock.unlock() }
      if nanoseconds.isEmpty { nanoseconds = chunk } else {
        for i in chunk.indices { nanoseconds[i] += chunk[i] }
      }
    }

    var total: [UInt64] {
      lock.lock()
      defer { lock.unlock() }
      return nanoseconds
    }
  }

  /// Opens the output file (or standard output).
  func openSink() throws -> OutputSink {
    do {
      return try output.output.map { try OutputSink(path: $0) } ?? OutputSink()
    } catch {
      throw ConfigurationError(message: "\(error)")
    }
  }

  /// Reads every input, runs the pipeline on each document (concurrently, on chunks of a few
  /// dozen documents taken stage by stage, as `Pipeline.process` does for an array), turns it
  /// into a `T` with `transform`, and calls `deliver` with each `T` in input order. Failures are reported on
  /// standard error (and in `--errors`); `deliver` throwing ``OutputSink/Failure/closed`` ends
  /// the run quietly.
  ///
  /// `flush` is called when the input (a pipe) makes the run wait, so that what is done is
  /// written rather than held in a buffer.
  func process<T: Sendable>(
    transform: @escaping @Sendable (Document) -> T, deliver: (T) throws -> Void, flush: () throws -> Void = {}
  ) throws -> Summary {
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
    // The pipeline's tables (tens of megabytes, in thousands of lists) are left for the process's
    // exit to reclaim: freeing them one by one when the run ends took longer than a short
    // document's whole run.
    defer { KeptUntilExit.keep(pipeline) }
    let errorSink: OutputSink?
    do {
      errorSink = try output.errorsFile.map { try OutputSink(path: $0) }
    } catch {
      throw ConfigurationError(message: "\(error)")
    }
    let stageClock: StageClock? = output.stageTimes ? StageClock() : nil
    var inputBytes = 0
    var summary = Summary()
    var deliveryError: Error?

    let reader = DocumentReader(paths: input.inputs, format: input.inputFormat)
    let progress = Progress(
      total: output.quiet ? nil : DocumentReader.totalSize(of: input.inputs), enabled: !output.quiet)
    defer { progress.finish() }
    BatchProcessor(jobs: processing.jobs).run(
      next: { reader.next() },
      size: { item in
        guard case .success(let document) = item else { return 0 }
        inputBytes += document.text.utf8.count
        return document.text.utf8.count
      },
      chunkWork: { items -> [Outcome<T>] in
        var outcomes: [Outcome<T>?] = []
        var documents: [Document] = []
        var inputs: [DocumentInput] = []
        for item in items {
          switch item {
          case .failure(let failure):
            outcomes.append(.failed(failure))
          case .success(let documentInput):
            outcomes.append(nil)
            documents.append(Document(input: documentInput, defaultDate: defaultDate))
            inputs.append(documentInput)
          }
        }
        var nanoseconds: [UInt64] = []
        let errors =
          stageClock == nil ? pipeline.process(&documents) : pipeline.process(&documents, timing: &nanoseconds)
        let start = DispatchTime.now().uptimeNanoseconds
        var d = 0
        for i in outcomes.indices where outcomes[i] == nil {
          let document = documents[d]
          if let error = errors[d] {
            outcomes[i] = .failed(
              InputFailure(location: inputs[d].location, documentID: inputs[d].id, reason: "\(error)"))
          } else {
            let diagnostics =
              output.verbose
              ? DocumentRun.located(document.diagnostics, in: document, input: inputs[d]) : document.diagnostics
            outcomes[i] = .done(transform(document), diagnostics: diagnostics)
          }
          d += 1
        }
        if let stageClock {
          nanoseconds.append(DispatchTime.now().uptimeNanoseconds - start)
          stageClock.add(nanoseconds)
        }
        return outcomes.map { $0! }
      },
      deliver: { outcome in
        switch outcome {
        case .failed(let failure):
          summary.failures += 1
          report(failure, to: errorSink)
        case .done(let result, let diagnostics):
          for diagnostic in diagnostics {
            if diagnostic.severity == .warning && !output.quiet {
              Console.warning(diagnostic.message)
            } else if output.verbose {
              Console.note(diagnostic.message)
            }
          }
          summary.documents += 1
          progress.update(documents: summary.documents, bytes: reader.bytesRead)
          do {
            try deliver(result)
          } catch {
            deliveryError = error
            return false
          }
        }
        return true
      },
      isNextReady: { reader.isNextReady },
      willWait: {
        guard deliveryError == nil else { return }
        do { try flush() } catch { deliveryError = error }
      })
    if let deliveryError { throw deliveryError }
    try errorSink?.flush()
    summary.interrupted = Interruption.isRequested
    if let stageClock {
      let stageNanoseconds = stageClock.total
      let names = pipeline.annotators.map(\.name) + ["output"]
      let megabytes = Double(inputBytes) / 1_000_000
      Console.write(
        "stage            seconds     MB/s  (\(summary.documents) documents, \(String(format: "%.1f", megabytes)) MB)\n")
      for (name, nanoseconds) in zip(names, stageNanoseconds) {
        let seconds = Double(nanoseconds) / 1e9
        let line =
          name.padding(toLength: 14, withPad: " ", startingAt: 0)
          + String(format: "%9.3f %8.1f", seconds, seconds > 0 ? megabytes / seconds : 0)
        Console.write(line + "\n")
      }
    }
    return summary
  }

  /// Reports the end of a run on standard error.
  func finish(_ summary: Summary) -> Int32 {
    if summary.interrupted {
      Console.note("interrupted: \(summary.documents) document(s) processed")
    } else if summary.failures > 0 && !output.quiet {
      Console.note("\(summary.failures) input(s) failed; \(summary.documents) document(s) processed")
    }
    return summary.exitCode
  }

  /// Runs a per-document command: each document is written in `format` as soon as it is done
  /// (an HTML report is written whole at the end).
  func writeDocuments(format: OutputFormat) throws -> Int32 {
    if format == .html { return try writeReport() }
    let encoder = DocumentEncoder(
      layers: layers.union(.referenceDate), offsets: output.offsets, includeDiagnostics: output.verbose)
    let sink = try openSink()
    let neutralize = !output.csvRaw
    var written = 0
    do {
      switch format {
      case .json: try sink.write("[")
      case .csv:
        var header = CSVWriter(neutralizeFormulas: false)
        header.row(encoder.csvHeader)
        try sink.write(header.bytes)
      case .jsonl, .html: break
      }
      let summary = try process(
        transform: { document in DocumentRun.encode(document, encoder: encoder, format: format, neutralize: neutralize) },
        deliver: { bytes in
          if format == .json && written > 0 { try sink.write(",") }
          written += 1
          try sink.write(bytes)
        },
        flush: { try sink.flush() })
      if format == .json { try sink.write(written > 0 ? "\n]\n" : "]\n") }
      try sink.flush()
      return finish(summary)
    } catch OutputSink.Failure.closed {
      return 0  // the reader went away (for instance `| head`): stop quietly
    }
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
  ) -> EncodedRecord {
    switch format {
    case .jsonl:
      // News gives about nine bytes of JSON Lines per byte of text: room for that up front saves
      // the buffer's regrowth and copies.
      var writer = JSONWriter(reserve: document.byteCount * 12 + 4096)
      encoder.writeJSON(document, to: &writer)
      writer.newline()
      return .buffer(writer.finish())
    case .json:
      var writer = JSONWriter(indent: 2, reserve: document.byteCount * 24 + 8192)
      writer.newline()
      encoder.writeJSON(document, to: &writer)
      return .buffer(writer.finish())
    case .csv:
      var writer = CSVWriter(neutralizeFormulas: neutralize)
      encoder.writeCSV(document, to: &writer)
      return .array(writer.bytes)
    case .html:
      preconditionFailure("an HTML report is written whole by writeReport()")
    }
  }
}

/// A configuration problem (missing data file, unwritable output): exit code 2.
struct ConfigurationError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}

/// Values kept alive, and reachable, until the process exits (see
/// ``DocumentRun/process(transform:deliver:flush:)``): a static is never destroyed.
private enum KeptUntilExit {
  private static let values = Mutex<[any Sendable]>([])

  static func keep(_ value: any Sendable) {
    values.withLock { $0.append(value) }
  }
}
