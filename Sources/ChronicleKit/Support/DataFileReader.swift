import Foundation

/// Reads the lines of a UTF-8 data file: strips a byte-order mark and CR line endings, and
/// reports undecodable bytes as a ``DataFileError`` naming the file.
enum DataFileReader {
  /// One line of a data file, with its 1-based number.
  struct Line {
    var number: Int
    var text: Substring
  }

  /// Reads a whole data file.
  static func contents(of path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
        throw DataFileError(path: path, reason: isDirectory.boolValue ? "is a directory" : "cannot be read")
      }
      throw DataFileError(path: path, reason: "no such file")
    }
    guard var text = String(validating: data, as: UTF8.self) else {
      throw DataFileError(path: path, reason: "not valid UTF-8")
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return text
  }

  /// Splits text into numbered lines, without their LF, CRLF or CR endings.
  static func lines(of text: String) -> [Line] {
    var result: [Line] = []
    let utf8 = text.utf8
    var lineStart = utf8.startIndex
    var index = utf8.startIndex
    var number = 0
    while index != utf8.endIndex {
      let byte = utf8[index]
      if byte == 0x0A || byte == 0x0D {
        number += 1
        result.append(Line(number: number, text: text[lineStart..<index]))
        var next = utf8.index(after: index)
        if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
        index = next
        lineStart = next
      } else {
        index = utf8.index(after: index)
      }
    }
    if lineStart != utf8.endIndex {
      result.append(Line(number: number + 1, text: text[lineStart..<utf8.endIndex]))
    }
    return result
  }
}
