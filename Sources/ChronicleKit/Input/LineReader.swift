#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file descriptor line by line with a growing buffer, so memory follows the longest
/// line rather than the file. Lines end at LF; a CR before it is removed.
final class LineReader {
  private let descriptor: Int32
  private var buffer: [UInt8]
  private var start = 0
  private var end = 0
  private var eof = false
  /// The number of the last line returned (1-based).
  private(set) var lineNumber = 0
  /// A read error, described, if one stopped reading.
  private(set) var readError: String?
  /// The number of bytes returned so far (lines with their endings).
  private(set) var consumed = 0

  init(descriptor: Int32, chunkSize: Int = 1 << 20) {
    self.descriptor = descriptor
    buffer = [UInt8](repeating: 0, count: chunkSize)
  }

  /// Calls `body` with the next line (without its line ending), or returns `nil` at the end.
  func nextLine<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T? {
    var scanFrom = start
    while true {
      if let newline = firstNewline(from: scanFrom) {
        lineNumber += 1
        var lineEnd = newline
        if lineEnd > start && buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        let lineStart = start
        start = newline + 1
        consumed += newline + 1 - lineStart
        return try buffer.withUnsafeBufferPointer {
          try body(UnsafeBufferPointer(rebasing: $0[lineStart..<lineEnd]))
        }
      }
      scanFrom = end
      if eof {
        guard start < end else { return nil }
        lineNumber += 1
        var lineEnd = end
        if buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        let lineStart = start
        start = end
        consumed += end - lineStart
        return try buffer.withUnsafeBufferPointer {
          try body(UnsafeBufferPointer(rebasing: $0[lineStart..<lineEnd]))
        }
      }
      let consumed = start
      fill()
      scanFrom -= consumed
    }
  }

  /// Whether the next line can be had without waiting: a whole line is buffered, the input has
  /// ended, or the descriptor has bytes to read now (a regular file always has).
  var hasLineReady: Bool {
    if eof || firstNewline(from: start) != nil { return true }
    var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&request, 1, 0) != 0
  }

  /// Everything not yet returned, up to the end of the input.
  func readRest() -> [UInt8] {
    while !eof { fill() }
    let rest = Array(buffer[start..<end])
    consumed += end - start
    start = end
    return rest
  }

  /// Reads the first line without consuming it.
  func peekFirstLine() -> [UInt8] {
    while firstNewline(from: start) == nil && !eof { fill() }
    let newline = firstNewline(from: start) ?? end
    return Array(buffer[start..<newline])
  }

  private func firstNewline(from offset: Int) -> Int? {
    guard offset < end else { return nil }
    return buffer.withUnsafeBufferPointer { pointer -> Int? in
      guard let base = pointer.baseAddress,
        let found = memchr(base + offset, 0x0A, end - offset)
      else { return nil }
      return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
  }

  /// Moves unread bytes to the front, grows the buffer when it is full, and reads more.
  private func fill() {
    if start > 0 {
      buffer.withUnsafeMutableBufferPointer { pointer in
        let base = pointer.baseAddress!
        memmove(base, base + start, end - start)
      }
      end -= start
      start = 0
    }
    if end == buffer.count {
      buffer.append(contentsOf: repeatElement(0, count: buffer.count))
    }
    let available = buffer.count - end
    let count = buffer.withUnsafeMutableBufferPointer { pointer -> Int in
      while true {
        let n = read(descriptor, pointer.baseAddress! + end, available)
        if n < 0 && errno == EINTR {
          if Interruption.isRequested { return 0 }  // stop reading: treat as the end
          continue
        }
        return n
      }
    }
    if count > 0 {
      end += count
    } else {
      if count < 0 { readError = String(cString: strerror(errno)) }
      eof = true
    }
  }
}
