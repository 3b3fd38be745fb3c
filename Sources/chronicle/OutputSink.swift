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
  /// Chunks waiting to be written, in order, and their size in all.
  private var pending: [EncodedBytes] = []
  private var pendingBytes = 0
  private let flushThreshold = 1 << 20
  /// The most buffers one `writev` takes (`IOV_MAX` on Linux, which Swift does not import).
  private static let maximumVectors = 1024
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

  /// Appends bytes: copied when small (a separator, a header), written at once from `bytes`
  /// when a megabyte or more (a whole timeline or report).
  func write(_ bytes: [UInt8]) throws {
    guard bytes.count >= flushThreshold else { return try append(EncodedBytes(bytes)) }
    try flush()
    try bytes.withUnsafeBytes { bytes in
      var vectors = [iovec(iov_base: UnsafeMutableRawPointer(mutating: bytes.baseAddress), iov_len: bytes.count)]
      try writeAll(&vectors)
    }
  }

  /// Appends a document's record.
  func write(_ record: EncodedRecord) throws {
    switch record {
    case .buffer(let bytes): try append(bytes)
    case .array(let bytes): try write(bytes)
    }
  }

  /// Appends text.
  func write(_ text: String) throws {
    try write(Array(text.utf8))
  }

  /// Queues a chunk, and writes out the queue once it holds a megabyte.
  private func append(_ chunk: EncodedBytes) throws {
    pending.append(chunk)
    pendingBytes += chunk.count
    if pendingBytes >= flushThreshold { try flush() }
  }

  /// Writes out everything queued, straight from the chunks' buffers (no copy into a buffer
  /// of the sink's own).
  func flush() throws {
    defer {
      pending.removeAll(keepingCapacity: true)
      pendingBytes = 0
    }
    guard !pending.isEmpty else { return }
    try withExtendedLifetime(pending) {
      var vectors = pending.map { iovec(iov_base: UnsafeMutableRawPointer(mutating: $0.baseAddress), iov_len: $0.count) }
      try writeAll(&vectors)
    }
  }

  /// Writes the buffers to the descriptor, all of them, up to `IOV_MAX` per call.
  private func writeAll(_ vectors: inout [iovec]) throws {
    guard !isClosed else { throw Failure.closed }
    var first = 0
    while first < vectors.count {
      let count = min(vectors.count - first, OutputSink.maximumVectors)
      let written = vectors.withUnsafeBufferPointer { writev(descriptor, $0.baseAddress! + first, Int32(count)) }
      if written < 0 {
        if errno == EINTR { continue }
        if errno == EPIPE {
          isClosed = true
          throw Failure.closed
        }
        throw Failure.io("\(label): \(String(cString: strerror(errno)))")
      }
      // Skip what was written: whole buffers, then part of the next one.
      var remaining = written
      while first < vectors.count && remaining >= vectors[first].iov_len {
        remaining -= vectors[first].iov_len
        first += 1
      }
      if remaining > 0 {
        vectors[first].iov_base = vectors[first].iov_base! + remaining
        vectors[first].iov_len -= remaining
      }
    }
  }
}

/// A document's output as its writer left it: a JSON writer's own buffer (queued as it is), or
/// a CSV writer's array.
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
