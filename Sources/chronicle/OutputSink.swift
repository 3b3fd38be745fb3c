import ChronicleKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Buffered output to a file descriptor. Records are written whole, so a reader that stops early
/// (`| head`) only ever sees complete lines; a closed pipe ends output quietly.
final class OutputSink {
  /// Why writing stopped.
  enum Failure: Error, CustomStringConvertible {
    case closed
    case io(String)
    var description: String {
      switch self {
      case .closed: return "output closed"
      case .io(let message): return message
      }
    }
  }

  private let descriptor: Int32
  private let label: String
  private let ownsDescriptor: Bool
  private var buffer: [UInt8] = []
  private let flushThreshold = 1 << 20
  /// Set once the reader has gone away (EPIPE).
  private(set) var isClosed = false

  /// Standard output.
  init() {
    descriptor = 1
    label = "standard output"
    ownsDescriptor = false
  }

  /// A file, created or truncated.
  init(path: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw Failure.io("\(path): \(String(cString: strerror(errno)))") }
    descriptor = fd
    label = path
    ownsDescriptor = true
  }

  deinit {
    if ownsDescriptor { close(descriptor) }
  }

  /// Appends bytes, flushing whole records when the buffer is large. A record larger than the
  /// buffer's threshold is written straight from `bytes`, without a copy.
  func write(_ bytes: [UInt8]) throws {
    try bytes.withUnsafeBufferPointer { try write($0) }
  }

  /// Appends a document's record.
  func write(_ record: EncodedRecord) throws {
    switch record {
    case .buffer(let bytes): try bytes.withUnsafeBufferPointer { try write($0) }
    case .array(let bytes): try write(bytes)
    }
  }

  private func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
    if bytes.count >= flushThreshold {
      try flush()
      try writeAll(UnsafeRawBufferPointer(bytes))
      return
    }
    buffer.append(contentsOf: bytes)
    if buffer.count >= flushThreshold { try flush() }
  }

  /// Appends text.
  func write(_ text: String) throws {
    try write(Array(text.utf8))
  }

  /// Writes out everything buffered. The buffer stays under twice the threshold (a record as
  /// large as the threshold never enters it), so its memory is kept for the next records.
  func flush() throws {
    defer { buffer.removeAll(keepingCapacity: true) }
    try buffer.withUnsafeBytes { try writeAll($0) }
  }

  /// Writes bytes to the descriptor, all of them.
  private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
    guard !isClosed else { throw Failure.closed }
    var offset = 0
    while offset < bytes.count {
      let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        if errno == EPIPE {
          isClosed = true
          throw Failure.closed
        }
        throw Failure.io("\(label): \(String(cString: strerror(errno)))")
      }
      offset += written
    }
  }
}

/// A document's output as its writer left it: a JSON writer's own buffer, or a CSV writer's
/// array (neither copied on its way to the sink).
enum EncodedRecord: Sendable {
  case buffer(EncodedBytes)
  case array([UInt8])
}

/// Messages for people on standard error.
enum Console {
  static func error(_ message: String) {
    write("chronicle: error: \(message)\n")
  }

  static func warning(_ message: String) {
    write("chronicle: warning: \(message)\n")
  }

  static func note(_ message: String) {
    write("chronicle: \(message)\n")
  }

  static func write(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let n = Glibc.write(2, bytes.baseAddress! + offset, bytes.count - offset)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return }
        offset += n
      }
    }
  }
}
