import Dispatch
import Foundation
import Testing

/// Runs the built `chronicle` executable end to end.
@Suite("chronicle command line", .serialized)
struct CLITests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  /// The `chronicle` executable next to the test bundle.
  static var executable: String {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("chronicle").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    return root + "/.build/debug/chronicle"
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs the tool; `environment` entries are added to (or replace) the test's own.
  static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    process.currentDirectoryURL = URL(fileURLWithPath: root)
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    // Input is written and both outputs are read at once, on threads of their own, so that
    // neither side waits for the other whatever the sizes (the tool writes records as soon as
    // its input pauses).
    let output = OutputCollector(out.fileHandleForReading)
    let errors = OutputCollector(err.fileHandleForReading)
    let writer = input.fileHandleForWriting
    let bytes = Data((stdin ?? "").utf8)
    let written = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      if !bytes.isEmpty { writer.write(bytes) }
      try? writer.close()
      written.signal()
    }
    let outData = output.finish()
    let errData = errors.finish()
    written.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  static func jsonLines(_ text: String) throws -> [[String: Any]] {
    try text.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
  }

  @Test("sentences of the Hanoi sample as JSON Lines")
  func hanoiSentences() throws {
    let result = try Self.run(["sentences", "samples/hanoi-summit.txt", "--format", "jsonl"])
    #expect(result.status == 0)
    let records = try Self.jsonLines(result.stdout)
    #expect(records.count == 1)
    let sentences = records[0]["sentences"] as? [[String: Any]] ?? []
    #expect(sentences.count >= 15)
    #expect(sentences.first?["text"] as? String == "North Korea, White House offer dueling claims over failed talks")
  }

  @Test("JSON and CSV formats")
  func formats() throws {
    let json = try Self.run(["sentences", "samples/apple-corps-trademark.txt", "--format", "json"])
    #expect(json.status == 0)
    let array = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
    #expect(array?.count == 1)
    let csv = try Self.run(["sentences", "samples/apple-corps-trademark.txt", "--format", "csv"])
    #expect(csv.status == 0)
    #expect(csv.stdout.hasPrefix("document,index,start,end,text,paragraph\r\n"))
    #expect(csv.stdout.contains("samples/apple-corps-trademark.txt,0,0,49,\"Apple Inc., Apple Corps resolve trademark dispute\",0\r\n"))
  }

  @Test("JSON Lines on standard input: one bad line is reported, the rest are written, exit 1")
  func badLine() throws {
    let input = """
      {"id": "one", "text": "First document. Two sentences."}
      {"id": "two", "text": oops}
      {"id": "three", "text": "Third."}

      """
    let result = try Self.run(["extract", "--format", "jsonl"], stdin: input)
    #expect(result.status == 1)
    #expect(try Self.jsonLines(result.stdout).map { $0["id"] as? String } == ["one", "three"])
    #expect(result.stderr.contains("stdin:2"))
  }

  @Test("--verbose notes say where: the input, the document and the line and column in its text")
  func verboseNotesLocated() throws {
    let input = """
      {"id": "one", "text": "Nothing here."}
      {"id": "two", "text": "First line.\\nThe Christian Democrats won."}

      """
    let lines = try Self.run(["entities", "--format", "jsonl", "-v"], stdin: input)
    #expect(lines.status == 0)
    #expect(
      lines.stderr.contains(
        "stdin:2: document 'two', line 2, column 5: 'Christian Democrats' names 3 listed entities"))
    // A text file is its document: file, line and column.
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-verbose-\(getpid()).txt")
    try "Headline\n\nIn Berlin, the CDU won.\n".write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let text = try Self.run(["entities", "--format", "jsonl", "-v", file.path])
    #expect(text.status == 0)
    #expect(text.stderr.contains("\(file.path):3:16: 'CDU' names 3 listed entities"))
    // Without --verbose the notes are not shown.
    #expect(try Self.run(["entities", "--format", "jsonl"], stdin: input).stderr.isEmpty)
  }

  @Test("huge pages change nothing: same output from standard input, same errors and exit status")
  func hugePagesSameOutput() throws {
    let input = """
      {"id": "one", "text": "Kim Jong Un met Donald Trump in Hanoi on Wednesday.", "date": "2019-02-25"}
      {"id": "two", "text": oops}
      {"id": "three", "text": "The U.N. said Ri Yong Ho spoke.", "date": "2019-03-01"}

      """
    let arguments = ["extract", "--format", "jsonl", "--jobs", "2"]
    let off = try Self.run(arguments, stdin: input, environment: ["CHRONICLE_HUGE_PAGES": "0"])
    let on = try Self.run(arguments, stdin: input, environment: ["CHRONICLE_HUGE_PAGES": "1"])
    // A user's own malloc settings next to the command's.
    let withTunables = try Self.run(
      arguments, stdin: input,
      environment: ["CHRONICLE_HUGE_PAGES": "1", "GLIBC_TUNABLES": "glibc.malloc.tcache_count=0"])
    #expect(off.status == 1)
    #expect(try Self.jsonLines(off.stdout).map { $0["id"] as? String } == ["one", "three"])
    #expect(off.stdout.contains("kim-jong-un") || off.stdout.contains("Kim Jong Un"))
    for result in [on, withTunables] {
      #expect(result.status == off.status)
      #expect(result.stdout == off.stdout)
      #expect(result.stderr == off.stderr)
    }
  }

  @Test(
    "the heap that holds the tables asks for huge pages, unless CHRONICLE_HUGE_PAGES=0",
    .enabled(if: CLITests.transparentHugePagesOnRequest))
  func hugePagesAdvised() throws {
    #expect(try Self.heapFlags(hugePages: "1").contains("hg"))
    #expect(try !Self.heapFlags(hugePages: "0").contains("hg"))
  }

  /// Whether the kernel gives transparent huge pages to memory that asks (`madvise` mode).
  static var transparentHugePagesOnRequest: Bool {
    (try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8))?
      .contains("[madvise]") ?? false
  }

  /// The `VmFlags` of the heap's mapping in a running `chronicle extract`, read once it has
  /// written its first document (so the tables are loaded), while it waits for more input.
  static func heapFlags(hugePages: String) throws -> [String] {
    let (process, input, output) = try launch(
      ["extract", "--format", "jsonl", "--input", "jsonl", "-"], environment: ["CHRONICLE_HUGE_PAGES": hugePages])
    defer {
      try? input.close()
      process.waitUntilExit()
    }
    input.write(Data(#"{"id": "a", "text": "Kim met Trump in Hanoi."}"#.utf8 + [0x0A]))
    _ = nextLine(from: output)
    let smaps = try String(contentsOfFile: "/proc/\(process.processIdentifier)/smaps", encoding: .utf8)
    let lines = smaps.split(separator: "\n")
    guard let heap = lines.firstIndex(where: { $0.hasSuffix("[heap]") }),
      let flags = lines[heap...].first(where: { $0.hasPrefix("VmFlags:") })
    else { return [] }
    return flags.split(separator: " ").dropFirst().map(String.init)
  }

  @Test("unreadable paths are named; other inputs still processed")
  func missingPath() throws {
    let result = try Self.run(["sentences", "no/such/file.txt", "samples/hanoi-summit.txt"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("no/such/file.txt"))
    #expect(try Self.jsonLines(result.stdout).count == 1)
  }

  @Test("a malformed --reference-date is a usage error")
  func badReferenceDate() throws {
    let result = try Self.run(["extract", "--reference-date", "Feb 30", "samples/hanoi-summit.txt"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("--reference-date"))
    #expect(result.stdout.isEmpty)
  }

  @Test("empty input gives empty output")
  func emptyInput() throws {
    let result = try Self.run(["extract", "--format", "jsonl"], stdin: "")
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
  }

  /// A JSON Lines file of many documents, for the signal tests.
  static func largeInput() throws -> String {
    let path = NSTemporaryDirectory() + "chronicle-large-\(UUID().uuidString).jsonl"
    let line = "{\"id\": \"d\", \"text\": \"Gen. Kim met Mr. Trump in Hanoi on Wednesday. The talks in the U.S. capital failed.\"}\n"
    try String(repeating: line, count: 200_000).write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// Starts the tool with pipes for its standard input and output (standard error is dropped)
  /// and a watchdog that ends it after two minutes, so that a run that hangs fails its test
  /// instead of stopping the suite.
  /// `environment` entries are added to (or replace) the test's own.
  static func launch(_ arguments: [String], environment: [String: String] = [:]) throws -> (
    process: Process, input: FileHandle, output: FileHandle
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    DispatchQueue.global().asyncAfter(deadline: .now() + 120) { if process.isRunning { process.terminate() } }
    return (process, input.fileHandleForWriting, output.fileHandleForReading)
  }

  @Test("SIGINT stops at a document boundary: complete lines, exit status 130")
  func interrupt() throws {
    // Documents arrive on standard input, which stays open, so the run cannot end on its own
    // before the signal however fast it is.
    let (process, writer, reader) = try Self.launch(["sentences", "--jobs", "1", "--input", "jsonl", "-"])
    // The output is read as it comes, so the run never waits for the test to read it.
    let output = OutputCollector(reader)
    let text = String(repeating: "Gen. Kim met Mr. Trump in Hanoi on Wednesday. ", count: 900)
    let documents = (0..<33).map { "{\"id\": \"d\($0)\", \"text\": \"\(text)\"}\n" }.joined()
    let written = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      writer.write(Data(documents.utf8))
      written.signal()
    }
    // Some output has been written: the run is under way. Then all the input is sent.
    #expect(output.firstData.wait(timeout: .now() + 120) == .success)
    written.wait()
    process.interrupt()
    try writer.close()
    process.waitUntilExit()
    #expect(process.terminationStatus == 130)
    let lines = String(decoding: output.finish(), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    // Complete lines only, each a record, the documents in input order from the first.
    #expect(lines.last == "")
    let ids = lines.dropLast().map { line in
      ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])?["id"] as? String
    }
    #expect(!ids.isEmpty && ids.count <= 33)
    #expect(ids == ids.indices.map { "d\($0)" })
  }

  /// What a running tool writes up to the end of its next line (or of its output), read as it
  /// comes: for a record written while the input stays open.
  static func nextLine(from output: FileHandle) -> Data {
    var data = Data()
    while !data.contains(0x0A) {
      let chunk = output.availableData
      if chunk.isEmpty { break }
      data += chunk
    }
    return data
  }

  /// Reads a pipe to its end on a thread of its own.
  final class OutputCollector: @unchecked Sendable {
    let firstData = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var data = Data()

    init(_ handle: FileHandle) {
      Thread.detachNewThread { [self] in
        var signalled = false
        while true {
          let chunk = handle.availableData
          if chunk.isEmpty { break }
          lock.withLock { data += chunk }
          if !signalled {
            signalled = true
            firstData.signal()
          }
        }
        if !signalled { firstData.signal() }
        done.signal()
      }
    }

    /// Everything read, once the pipe has ended.
    func finish() -> Data {
      done.wait()
      return lock.withLock { data }
    }
  }

  @Test("documents arriving slowly on a pipe are each written as soon as they are done")
  func liveFilter() throws {
    let (process, input, output) = try Self.launch(["extract", "--jobs", "2", "--input", "jsonl", "-"])
    var ids: [String] = []
    for id in ["first", "second"] {
      let line = "{\"id\": \"\(id)\", \"text\": \"Kim met Trump in Hanoi on Wednesday.\", \"date\": \"2019-02-28\"}\n"
      input.write(Data(line.utf8))
      // The input stays open: the record must come out before any more arrives.
      let record = try JSONSerialization.jsonObject(with: Self.nextLine(from: output)) as? [String: Any]
      ids.append(record?["id"] as? String ?? "")
      #expect((record?["events"] as? [Any])?.isEmpty == false)
    }
    try input.close()
    let rest = output.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(ids == ["first", "second"])
    #expect(rest.isEmpty)
    #expect(process.terminationStatus == 0)
  }

  @Test("a reader that goes away (| head) ends the run quietly")
  func closedPipe() throws {
    let input = try Self.largeInput()
    defer { try? FileManager.default.removeItem(atPath: input) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "'\(Self.executable)' sentences --jobs 1 '\(input)' | head -n 3"]
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(String(decoding: data, as: UTF8.self).split(separator: "\n").count == 3)
    #expect(String(decoding: errors, as: UTF8.self).isEmpty)
  }

  @Test("thousands of small records (more than one write call takes) come out whole and in order, piped or to a file")
  func manySmallRecords() throws {
    let count = 5000
    let input = (0..<count).map { "{\"id\": \"d\($0)\", \"text\": \"Kim met Trump on Wednesday \($0).\"}" }
      .joined(separator: "\n")
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-records-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    for format in ["jsonl", "json"] {
      let file = directory.appendingPathComponent("out.\(format)").path
      let piped = try Self.run(["extract", "--format", format, "--quiet"], stdin: input)
      let written = try Self.run(["extract", "--format", format, "--quiet", "-o", file], stdin: input)
      #expect(piped.status == 0 && written.status == 0)
      #expect(try String(contentsOfFile: file, encoding: .utf8) == piped.stdout, "\(format)")
      let ids: [String]
      if format == "jsonl" {
        ids = try Self.jsonLines(piped.stdout).map { $0["id"] as! String }
      } else {
        let array = try JSONSerialization.jsonObject(with: Data(piped.stdout.utf8)) as! [[String: Any]]
        ids = array.map { $0["id"] as! String }
      }
      #expect(ids == (0..<count).map { "d\($0)" }, "\(format)")
    }
  }

  @Test("output is identical for any number of jobs")
  func jobs() throws {
    let input = (0..<200).map { "{\"id\": \"d\($0)\", \"text\": \"Doc \($0) in the U.S. He left. Gen. Kim stayed.\"}" }
      .joined(separator: "\n")
    let one = try Self.run(["extract", "--jobs", "1"], stdin: input)
    let two = try Self.run(["extract", "--jobs", "2"], stdin: input)
    let eight = try Self.run(["extract", "--jobs", "8"], stdin: input)
    #expect(one.status == 0)
    #expect(one.stdout == two.stdout)
    #expect(one.stdout == eight.stdout)
  }
}
