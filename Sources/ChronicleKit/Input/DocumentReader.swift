import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// How input files are read.
public enum InputFormat: String, Sendable, CaseIterable {
  /// By extension: `.jsonl` and `.ndjson` files are JSON Lines, others plain text; standard
  /// input is JSON Lines when its first line is a JSON object with a `"text"` member.
  case auto
  /// Each file (or standard input) is one plain-text document.
  case text
  /// Each line is a JSON object `{"id", "text", "date"}`.
  case jsonl
}

/// Reads documents one at a time from files, directories (recursively, `*.txt`), standard input
/// (`-`, or no path at all) and JSON Lines, so that memory follows the largest document rather
/// than the whole input.
///
/// Standard input that is empty (or only white space) yields no document.
/// Problems never stop the reader: an unreadable path or a malformed JSON Lines line comes back
/// as an ``InputFailure`` naming the path (and line), and reading goes on with the next one.
/// Text that is not valid UTF-8 is decoded with U+FFFD replacement characters and a warning
/// note naming the file; a leading byte-order mark is removed.
public final class DocumentReader {
  private var pending: [String]
  private let format: InputFormat
  private var lines: LineReader?
  private var linesLabel = ""
  private var linesDescriptor: Int32 = -1
  /// Bytes of input read so far, from all files and standard input.
  public private(set) var bytesRead = 0
  private var linesConsumedBefore = 0

  /// Creates a reader; an empty `paths` reads standard input.
  public init(paths: [String], format: InputFormat = .auto) {
    self.pending = paths.isEmpty ? ["-"] : paths
    self.format = format
  }

  deinit {
    closeLines()
  }

  /// The total size of the inputs when they are all regular files (directories counted by
  /// their `*.txt` files); `nil` when standard input is among them.
  public static func totalSize(of paths: [String]) -> Int? {
    var total = 0
    for path in paths.isEmpty ? ["-"] : paths {
      if path == "-" { return nil }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
      let files = isDirectory.boolValue ? ((try? textFiles(under: path).get()) ?? []) : [path]
      for file in files {
        total += ((try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int) ?? 0
      }
    }
    return total
  }

  /// The next document or failure, or `nil` when the input is exhausted.
  public func next() -> Result<DocumentInput, InputFailure>? {
    defer { bytesRead = linesConsumedBefore + (lines?.consumed ?? 0) }
    while true {
      if Interruption.isRequested { return nil }
      if let reader = lines {
        if let item = nextRecord(from: reader) { return item }
        if let error = reader.readError {
          closeLines()
          return .failure(InputFailure(location: linesLabel, reason: "read error: \(error)"))
        }
        closeLines()
        continue
      }
      guard !pending.isEmpty else { return nil }
      let path = pending.removeFirst()
      if let item = open(path) { return item }
    }
  }

  /// Whether ``next()`` can return without waiting for input: false only while JSON Lines
  /// arrive through a pipe or terminal more slowly than they are read.
  public var isNextReady: Bool { lines?.hasLineReady ?? true }

  /// All remaining items.
  public func readAll() -> [Result<DocumentInput, InputFailure>] {
    var items: [Result<DocumentInput, InputFailure>] = []
    while let item = next() { items.append(item) }
    return items
  }

  private func open(_ path: String) -> Result<DocumentInput, InputFailure>? {
    if path == "-" {
      let reader = LineReader(descriptor: 0)
      let isJSONL: Bool
      switch format {
      case .jsonl: isJSONL = true
      case .text: isJSONL = false
      case .auto: isJSONL = DocumentReader.looksLikeJSONLines(reader.peekFirstLine())
      }
      if isJSONL {
        lines = reader
        linesLabel = "stdin"
        return nil
      }
      let bytes = reader.readRest()
      linesConsumedBefore += bytes.count
      // Empty standard input is no document at all (a named empty file is an empty document).
      guard bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return nil }
      return .success(DocumentReader.textDocument(id: "stdin", bytes: bytes, location: "stdin"))
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure(InputFailure(location: path, reason: "no such file or directory"))
    }
    if isDirectory.boolValue {
      switch DocumentReader.textFiles(under: path) {
      case .success(let files):
        pending.insert(contentsOf: files, at: 0)
        return nil
      case .failure(let failure):
        return .failure(failure)
      }
    }
    let isJSONL: Bool
    switch format {
    case .jsonl: isJSONL = true
    case .text: isJSONL = false
    case .auto: isJSONL = path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson")
    }
    let descriptor = Glibc.open(path, O_RDONLY)
    guard descriptor >= 0 else {
      return .failure(InputFailure(location: path, reason: String(cString: strerror(errno))))
    }
    let reader = LineReader(descriptor: descriptor)
    if isJSONL {
      lines = reader
      linesLabel = path
      linesDescriptor = descriptor
      return nil
    }
    let bytes = reader.readRest()
    linesConsumedBefore += bytes.count
    let error = reader.readError
    close(descriptor)
    if let error { return .failure(InputFailure(location: path, reason: "read error: \(error)")) }
    return .success(DocumentReader.textDocument(id: path, bytes: bytes, location: path))
  }

  private func closeLines() {
    linesConsumedBefore += lines?.consumed ?? 0
    if linesDescriptor >= 0 { close(linesDescriptor) }
    linesDescriptor = -1
    lines = nil
  }

  private func nextRecord(from reader: LineReader) -> Result<DocumentInput, InputFailure>? {
    while true {
      let label = linesLabel
      let item: Result<DocumentInput, InputFailure>?? = reader.nextLine { line in
        // A byte-order mark before the first record, as some editors on Windows write one.
        let record =
          reader.lineNumber == 1 && line.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: line[3...]) : line
        // "file:line" names the record and, when it has no id, the document: one string for both.
        let location = String.numbered(label, UInt8(ascii: ":"), reader.lineNumber)
        return DocumentReader.record(record, location: location, fallbackID: location)
      }
      switch item {
      case .none: return nil  // end of input
      case .some(.none): continue  // blank line
      case .some(.some(let result)): return result
      }
    }
  }

  /// Parses one JSON Lines record; `nil` for a blank line.
  static func record(
    _ line: UnsafeBufferPointer<UInt8>, location: String, fallbackID: String
  ) -> Result<DocumentInput, InputFailure>? {
    guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
    var parser = JSONParser(bytes: line)
    var id: String?
    var text: String?
    var date: String?
    var problem: String?
    do {
      try parser.parseObject { parser, key in
        switch key {
        case "id":
          switch parser.peekByte() {
          case UInt8(ascii: "\""): id = try parser.parseString()
          case UInt8(ascii: "n"): _ = try parser.consumeNull()
          default:
            let value = try parser.parseValue()
            if case .number(let number) = value { id = number } else { problem = "\"id\" is not a string or number" }
          }
        case "text":
          if try parser.consumeNull() { return }
          guard parser.peekByte() == UInt8(ascii: "\"") else {
            try parser.skipValue()
            problem = "\"text\" is not a string"
            return
          }
          text = try parser.parseString()
        case "date":
          if try parser.consumeNull() { return }
          guard parser.peekByte() == UInt8(ascii: "\"") else {
            try parser.skipValue()
            date = ""
            return
          }
          date = try parser.parseString()
        default:
          try parser.skipValue()
        }
      }
      guard parser.atEnd() else {
        return .failure(InputFailure(location: location, documentID: id, reason: "unexpected text after the JSON object"))
      }
    } catch let error as JSONParser.SyntaxError {
      return .failure(InputFailure(location: location, documentID: id, reason: "malformed JSON: \(error)"))
    } catch {
      return .failure(InputFailure(location: location, documentID: id, reason: "\(error)"))
    }
    if let problem { return .failure(InputFailure(location: location, documentID: id, reason: problem)) }
    guard let text else {
      return .failure(InputFailure(location: location, documentID: id, reason: "missing \"text\" field"))
    }
    var notes: [Diagnostic] = []
    if parser.repairs > 0 {
      notes.append(
        Diagnostic(
          code: "input.repaired-text",
          message: "\(location): \(parser.repairs) lone surrogate(s) or invalid UTF-8 sequence(s) replaced with U+FFFD",
          severity: .warning))
    }
    return .success(DocumentInput(id: id ?? fallbackID, text: text, date: date, location: location, notes: notes))
  }

  /// A plain-text document from raw bytes: invalid UTF-8 is replaced (with a warning), a leading
  /// byte-order mark is removed.
  static func textDocument(id: String, bytes: [UInt8], location: String) -> DocumentInput {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    var notes: [Diagnostic] = []
    let text: String
    if let valid = String(validating: body, as: UTF8.self) {
      text = valid
    } else {
      text = String(decoding: body, as: UTF8.self)
      notes.append(
        Diagnostic(
          code: "input.invalid-utf8",
          message: "\(location): not valid UTF-8; undecodable bytes were replaced with U+FFFD",
          severity: .warning))
    }
    return DocumentInput(id: id, text: text, location: location, notes: notes)
  }

  /// Whether the first line of standard input is a JSON object with a "text" member.
  static func looksLikeJSONLines(_ firstLine: [UInt8]) -> Bool {
    guard let first = firstLine.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }),
      first == UInt8(ascii: "{")
    else { return false }
    return firstLine.withUnsafeBufferPointer { bytes in
      var parser = JSONParser(bytes: bytes)
      var hasText = false
      do {
        try parser.parseObject { parser, key in
          if key == "text" { hasText = true }
          try parser.skipValue()
        }
      } catch {
        return false
      }
      return hasText
    }
  }

  /// The `*.txt` files under a directory, recursively, in sorted order.
  static func textFiles(under directory: String) -> Result<[String], InputFailure> {
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
      return .failure(InputFailure(location: directory, reason: "cannot list the directory"))
    }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      if relative.hasSuffix(".txt") {
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        files.append(base + "/" + relative)
      }
    }
    return .success(files.sorted())
  }
}
