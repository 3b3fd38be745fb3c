import Foundation
import Testing

/// `chronicle extract` on hostile input and broken configuration, and the determinism of its
/// output: every document that can be read is written as a complete record, every problem is
/// named with its file (and line), and the same input always gives the same bytes.
@Suite("chronicle on hostile input and configuration", .serialized)
struct HostileCLITests {
  /// A temporary directory removed after the test.
  final class TemporaryDirectory {
    let path: String
    init() throws {
      path = NSTemporaryDirectory() + "chronicle-cli-tests-" + UUID().uuidString
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    func write(_ name: String, _ bytes: [UInt8]) -> String {
      let file = path + "/" + name
      _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
      return file
    }
    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }
  }

  /// The records of JSON Lines output by id; every line must parse.
  static func records(_ stdout: String) throws -> [String: String] {
    var result: [String: String] = [:]
    for line in stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let id = try #require(object["id"] as? String)
      #expect(result[id] == nil, "two records for \(id)")
      result[id] = String(line)
    }
    #expect(stdout.isEmpty || stdout.hasSuffix("\n"))
    return result
  }

  /// Hostile JSON Lines: a BOM, CRLF endings, invalid UTF-8, NUL, lone surrogates, right-to-left
  /// text and emoji, a huge value, and one line nested too deeply (line 6).
  static func hostileLines() -> [UInt8] {
    var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    bytes += Array("{\"id\":\"bom\",\"text\":\"Trump met Kim in Hanoi on Feb. 27, 2019.\"}\r\n".utf8)
    bytes += Array("{\"id\":\"bytes\",\"text\":\"Kim left ".utf8) + [0xFF, 0xC3, 0x28] + Array(" Hanoi.\\u0000\"}\r\n".utf8)
    bytes += Array("{\"id\":\"surrogates\",\"text\":\"\\ud800 Moon met Kim \\udfff on Friday.\"}\n".utf8)
    bytes += Array("{\"id\":\"scripts\",\"text\":\"‏مرحبا‎ Kim met Trump 👩‍👩‍👧 in Hanoi. Zoe\u{0308}\u{0301} said ‮so‬.\"}\n".utf8)
    bytes += Array("{\"id\":\"huge\",\"junk\":[\(Array(repeating: "1", count: 100_000).joined(separator: ","))],\"text\":\"Kim.\"}\n".utf8)
    bytes += Array("{\"id\":\"deep\",\"text\":\"x\",\"junk\":\(String(repeating: "[", count: 10_000))}\n".utf8)
    bytes += Array("{\"id\":\"last\",\"text\":\"Pompeo said talks would go on.\"}".utf8)
    return bytes
  }

  @Test("hostile JSON Lines: every readable document is written, repairs are warned, the bad line is named")
  func hostileJSONLines() throws {
    let directory = try TemporaryDirectory()
    let file = directory.write("hostile.jsonl", Self.hostileLines())
    let result = try CLITests.run(["extract", "--format", "jsonl", "--jobs", "2", file])
    #expect(result.status == 1)
    let records = try Self.records(result.stdout)
    #expect(Set(records.keys) == ["bom", "bytes", "surrogates", "scripts", "huge", "last"])
    #expect(result.stderr.contains(file + ":6"))
    #expect(result.stderr.contains(file + ":2: 1 lone surrogate(s) or invalid UTF-8"))
    #expect(result.stderr.contains(file + ":3:"))
    #expect(records["bom"]?.contains("\"value\":\"2019-02-27\"") == true)
    #expect(records["bytes"]?.contains("\\u0000") == true)
  }

  @Test("text files with CR or CRLF endings, invalid UTF-8, NUL bytes or a BOM are all written")
  func hostileTextFiles() throws {
    let directory = try TemporaryDirectory()
    let body = "Talks fail\n\nHANOI, Feb. 28, 2019 -- Trump met Kim.\nHe left on Thursday.\n"
    let files = [
      directory.write("lf.txt", body),
      directory.write("crlf.txt", body.replacingOccurrences(of: "\n", with: "\r\n")),
      directory.write("cr.txt", body.replacingOccurrences(of: "\n", with: "\r")),
      directory.write("bom.txt", [0xEF, 0xBB, 0xBF] + Array(body.utf8)),
      directory.write("bytes.txt", Array(body.utf8) + [0x00, 0xFF, 0xFE, 0xE2, 0x82]),
    ]
    let result = try CLITests.run(["extract", "--format", "jsonl"] + files)
    #expect(result.status == 0)
    let records = try Self.records(result.stdout)
    #expect(Set(records.keys) == Set(files))
    #expect(result.stderr.contains(files[4] + ": not valid UTF-8"))
    // The same reference date, times and events whatever the line endings.
    let parsed = try files.map { file in
      try #require(try JSONSerialization.jsonObject(with: Data(records[file]!.utf8)) as? [String: Any])
    }
    for (index, record) in parsed.enumerated() {
      #expect(record["referenceDate"] as? String == "2019-02-28")
      #expect((record["times"] as? [[String: Any]])?.compactMap { $0["value"] as? String } == ["2019-02-28", "2019-02-28"])
      // The bytes after the last line make a sentence of their own.
      #expect((record["sentences"] as? [Any])?.count == (index == 4 ? 4 : 3))
    }
  }

  // MARK: - Configuration

  @Test("a gazetteer with a BOM, CRLF, blank and duplicate lines is loaded and used")
  func messyGazetteer() throws {
    let directory = try TemporaryDirectory()
    let gazetteer = directory.write(
      "mine.tsv",
      [0xEF, 0xBB, 0xBF]
        + Array("# columns: surface\ttype\r\n\r\nZorblax Vend\tPERSON\r\n\r\nZorblax Vend\tPERSON\r\nQuuxville\tLOCATION\r\n".utf8))
    let result = try CLITests.run(
      ["extract", "--format", "jsonl", "--no-default-gazetteers", "--gazetteer", gazetteer], stdin: "Zorblax Vend flew to Quuxville on Monday.")
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let record = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let mentions = record["mentions"] as? [[String: Any]] ?? []
    #expect(mentions.map { $0["text"] as? String } == ["Zorblax Vend", "Quuxville"])
    #expect(mentions.map { $0["evidence"] as? String } == ["mine.tsv:3", "mine.tsv:6"])
  }

  struct BrokenGazetteer: Sendable, CustomTestStringConvertible {
    var name: String
    var contents: String?
    var message: String
    var testDescription: String { name }
  }

  @Test(
    "a broken gazetteer stops the run before any output, naming the file and line",
    arguments: [
      BrokenGazetteer(
        name: "missing column", contents: "# columns: surface\ttype\nKim\tPERSON\nMoon\n",
        message: "missing column.tsv:3: expected 2 tab-separated fields"),
      BrokenGazetteer(
        name: "unknown type", contents: "# columns: surface\ttype\r\nKim\tPLANET\r\n", message: "unknown type.tsv:2: unknown type 'PLANET'"),
      BrokenGazetteer(name: "missing file", contents: nil, message: "missing file.tsv: no such file"),
    ])
  func brokenGazetteer(_ example: BrokenGazetteer) throws {
    let directory = try TemporaryDirectory()
    let path = directory.path + "/" + example.name + ".tsv"
    if let contents = example.contents { _ = directory.write(example.name + ".tsv", contents) }
    // With the shipped gazetteers too for one case: loaded first, they do not make it run.
    for shipped in example.name == "missing column" ? [[], ["--no-default-gazetteers"]] : [["--no-default-gazetteers"]] {
      let result = try CLITests.run(["extract", "--gazetteer", path, "samples/hanoi-summit.txt"] + shipped)
      #expect(result.status == 2)
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.contains(example.message), "\(result.stderr)")
    }
  }

  @Test("a directory or a file that is not UTF-8 as a gazetteer is a configuration error naming it")
  func unreadableGazetteer() throws {
    let directory = try TemporaryDirectory()
    let binary = directory.write("binary.tsv", [0x4B, 0x69, 0x6D, 0x09, 0xFF, 0xFE, 0x0A])
    for path in [directory.path, binary] {
      let result = try CLITests.run(["extract", "--no-default-gazetteers", "--gazetteer", path, "samples/hanoi-summit.txt"])
      #expect(result.status == 2)
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.contains(path))
    }
  }

  @Test("--skip-bad-gazetteer-lines loads the rest and warns with the file and line")
  func skippedGazetteerLines() throws {
    let directory = try TemporaryDirectory()
    let gazetteer = directory.write("mine.tsv", "# columns: surface\ttype\nZorblax Vend\tPERSON\nbroken line\n")
    let result = try CLITests.run(
      ["extract", "--no-default-gazetteers", "--skip-bad-gazetteer-lines", "--gazetteer", gazetteer], stdin: "Zorblax Vend spoke.")
    #expect(result.status == 0)
    #expect(result.stderr.contains(gazetteer + ":3:"))
    #expect(result.stdout.contains("\"text\":\"Zorblax Vend\""))
  }

  /// Runs the command as user `nobody` with at most 40 processes and threads for that user,
  /// through `setpriv` (which needs root) and `bash`.
  static func runWithThreadLimit(_ arguments: [String]) throws -> CLITests.Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
    process.arguments =
      ["--reuid=65534", "--regid=65534", "--clear-groups", "/bin/bash", "-c", "ulimit -u 40 && exec \"$@\"", "bash"]
      + [CLITests.executable] + arguments
    process.environment = ProcessInfo.processInfo.environment.merging(["CHRONICLE_CACHE": "off"]) { $1 }
    process.currentDirectoryURL = URL(fileURLWithPath: CLITests.root)
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // A run that hangs (the failure this guards against) is killed: a hung run may not heed
    // SIGTERM, which asks it to stop after the documents in hand.
    let pid = process.processIdentifier
    DispatchQueue.global().asyncAfter(deadline: .now() + 60) { if process.isRunning { kill(pid, SIGKILL) } }
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CLITests.Result(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  /// Whether `runWithThreadLimit` can run here: as root, with `setpriv`, and with the build
  /// readable by `nobody`.
  static let canLimitThreads: Bool = {
    let tools = ["/usr/bin/setpriv", "/bin/bash"]
    guard getuid() == 0, tools.allSatisfy(FileManager.default.isExecutableFile) else { return false }
    return (try? runWithThreadLimit(["--help"]).status) == 0
  }()

  @Test(
    "more jobs than the system will start threads for: the run goes on with fewer, same output",
    .enabled(if: canLimitThreads, "needs root, setpriv, and a build that user nobody can read"))
  func threadLimit() throws {
    let arguments = ["extract", "--format", "jsonl", "--quiet", "samples/hanoi-summit.txt", "samples/steve-jobs-dies.txt"]
    let limited = try Self.runWithThreadLimit(arguments + ["--jobs", "200"])
    let expected = try CLITests.run(arguments + ["--jobs", "1"])
    #expect(limited.status == 0, "\(limited.stderr)")
    #expect(!limited.stdout.isEmpty)
    let same = limited.stdout == expected.stdout
    #expect(same, "output differs from --jobs 1")
  }

  @Test("--jobs outside 1...1024 is a usage error before any output", arguments: ["0", "-3", "1025", "100000"])
  func badJobs(_ value: String) throws {
    let result = try CLITests.run(["extract", "--jobs=\(value)", "samples/hanoi-summit.txt"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("--jobs must be between 1 and 1024"), "\(result.stderr)")
  }

  @Test(
    "a malformed --reference-date is a usage error before any output",
    arguments: ["2019-02-30", "2019-13-01", "28/02/2019", "", "2019-02-28T25:00", "yesterday", "2019-02-28x"])
  func malformedReferenceDates(_ value: String) throws {
    let result = try CLITests.run(["extract", "--reference-date", value, "samples/hanoi-summit.txt"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("--reference-date"))
  }

  // MARK: - Determinism

  @Test("per-document output is byte-identical across runs, --jobs values and input order")
  func determinism() throws {
    let directory = try TemporaryDirectory()
    var files = [directory.write("hostile.jsonl", Self.hostileLines())]
    for name in ["hanoi-summit", "apple-corps-trademark", "itunes-top-music-seller"] {
      files.append(CLITests.root + "/samples/" + name + ".txt")
    }
    files.append(directory.write("cr.txt", "Kim met Trump.\rHe left on Friday.\r"))
    var outputs: [[String: String]] = []
    var first: String?
    for (jobs, order) in [(1, files), (1, files), (2, files.reversed()), (4, [files[2], files[0], files[4], files[1], files[3]])] {
      let result = try CLITests.run(["extract", "--format", "jsonl", "--jobs", String(jobs)] + order)
      #expect(result.status == 1)  // the deeply nested line
      if first == nil { first = result.stdout } else if order == files { #expect(result.stdout == first) }
      outputs.append(try Self.records(result.stdout))
    }
    #expect(outputs[0].count == 10)
    for output in outputs.dropFirst() { #expect(output == outputs[0]) }
  }

  @Test("CSV and timeline output are byte-identical for any number of jobs")
  func determinismOtherFormats() throws {
    let samples = ["hanoi-summit", "apple-corps-trademark", "itunes-top-music-seller"].map { "samples/\($0).txt" }
    for command in [["extract", "--format", "csv"], ["timeline"]] {
      let one = try CLITests.run(command + ["--jobs", "1"] + samples)
      let three = try CLITests.run(command + ["--jobs", "3"] + samples)
      #expect(one.status == 0)
      #expect(!one.stdout.isEmpty)
      #expect(one.stdout == three.stdout)
    }
  }
}
