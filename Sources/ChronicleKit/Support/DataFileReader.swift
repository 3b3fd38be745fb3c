import Foundation

/// Reads UTF-8 data files line by line over their bytes: a byte-order mark and CR line endings
/// are removed, undecodable bytes are a ``DataFileError`` naming the file, and fields are split
/// on tabs without building strings until a caller asks for one.
enum DataFileReader {
  /// A span of a line's bytes (a whole line, or one field of it).
  struct Field {
    let bytes: UnsafeBufferPointer<UInt8>

    /// The bytes as a string (they are valid UTF-8: the whole file was checked).
    var string: String { String(decoding: bytes, as: UTF8.self) }

    var isEmpty: Bool { bytes.isEmpty }

    /// The field without leading and trailing spaces and tabs.
    var trimmed: Field {
      var start = 0
      var end = bytes.count
      while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
      while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
      return Field(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    /// Whether the field starts with `prefix`.
    func hasPrefix(_ prefix: String) -> Bool {
      let p = Array(prefix.utf8)
      return bytes.count >= p.count && zip(bytes, p).allSatisfy { $0 == $1 }
    }

    /// Whether the field is blank or a `#` comment.
    var isBlankOrComment: Bool {
      let t = trimmed
      return t.isEmpty || t.bytes[0] == 0x23
    }

    /// The tab-separated fields.
    func fields() -> [Field] {
      var result: [Field] = []
      var start = 0
      for i in 0..<bytes.count where bytes[i] == 0x09 {
        result.append(Field(bytes: UnsafeBufferPointer(rebasing: bytes[start..<i])))
        start = i + 1
      }
      result.append(Field(bytes: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])))
      return result
    }
  }

  /// Reads a whole data file as validated UTF-8 bytes, without a byte-order mark.
  static func contents(of path: String) throws -> [UInt8] {
    guard var bytes = FileBytes.contents(of: path) else {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
        throw DataFileError(path: path, reason: isDirectory.boolValue ? "is a directory" : "cannot be read")
      }
      throw DataFileError(path: path, reason: "no such file")
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard String(validating: bytes, as: UTF8.self) != nil else {
      throw DataFileError(path: path, reason: "not valid UTF-8")
    }
    return bytes
  }

  /// Calls `body` with each line's 1-based number and bytes, without its LF, CRLF or CR ending.
  static func forEachLine(_ bytes: [UInt8], _ body: (Int, Field) throws -> Void) rethrows {
    try bytes.withUnsafeBufferPointer { buffer in
      var number = 0
      var start = 0
      var index = 0
      while index < buffer.count {
        let byte = buffer[index]
        if byte == 0x0A || byte == 0x0D {
          number += 1
          try body(number, Field(bytes: UnsafeBufferPointer(rebasing: buffer[start..<index])))
          index += byte == 0x0D && index + 1 < buffer.count && buffer[index + 1] == 0x0A ? 2 : 1
          start = index
        } else {
          index += 1
        }
      }
      if start < buffer.count {
        try body(number + 1, Field(bytes: UnsafeBufferPointer(rebasing: buffer[start..<buffer.count])))
      }
    }
  }

  /// Reads a simple list file: each line that is not blank or a comment, split on tabs, must have
  /// at least `minimumFields` fields.
  static func records(_ path: String, minimumFields: Int, _ body: (Int, [Field]) throws -> Void) throws {
    try forEachLine(try contents(of: path)) { number, line in
      if line.isBlankOrComment { return }
      let fields = line.fields()
      guard fields.count >= minimumFields else {
        throw DataFileError(
          path: path, line: number, reason: "expected \(minimumFields) tab-separated field(s), found \(fields.count)")
      }
      try body(number, fields.map(\.trimmed))
    }
  }
}
