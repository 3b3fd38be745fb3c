extension HTMLReport {
  /// A piece of ``markup``: text to copy, or the name of a slot to fill.
  enum Piece: Sendable {
    case text([UInt8])
    case slot(String)
  }

  /// ``markup`` cut at its `{{NAME}}` slots, once.
  static let pieces: [Piece] = {
    let bytes = Array(markup.utf8)
    var pieces: [Piece] = []
    var start = 0
    var i = 0
    while i + 1 < bytes.count {
      if bytes[i] == UInt8(ascii: "{") && bytes[i + 1] == UInt8(ascii: "{") {
        var j = i + 2
        while j + 1 < bytes.count
          && !(bytes[j] == UInt8(ascii: "}") && bytes[j + 1] == UInt8(ascii: "}"))
        { j += 1 }
        precondition(j + 1 < bytes.count, "an unclosed slot in the report's markup")
        pieces.append(.text(Array(bytes[start..<i])))
        pieces.append(.slot(String(decoding: bytes[(i + 2)..<j], as: UTF8.self)))
        i = j + 2
        start = i
      } else {
        i += 1
      }
    }
    pieces.append(.text(Array(bytes[start...])))
    return pieces
  }()

  /// The base64 SHA-256 of ``script``: the Content-Security-Policy runs no other script.
  static let scriptHash = SHA256.base64Digest(Array(script.utf8))

  /// The whole page around `data`, which must be HTML-safe JSON (``JSONWriter/htmlSafe``).
  static func page(data: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(data.count + markup.utf8.count + style.utf8.count + script.utf8.count + 64)
    for piece in pieces {
      switch piece {
      case .text(let bytes): out.append(contentsOf: bytes)
      case .slot("STYLE"): out.append(contentsOf: style.utf8)
      case .slot("SCRIPT"): out.append(contentsOf: script.utf8)
      case .slot("SCRIPT_HASH"): out.append(contentsOf: scriptHash.utf8)
      case .slot("DATA"): out.append(contentsOf: data)
      case .slot(let name):
        preconditionFailure("the report's markup has an unknown slot {{\(name)}}")
      }
    }
    return out
  }
}
