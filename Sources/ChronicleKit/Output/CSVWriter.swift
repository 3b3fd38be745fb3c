/// Writes RFC 4180 CSV: a header row, comma-separated fields, CRLF line endings, fields quoted
/// when they hold a comma, a quote or a line break, and quotes doubled.
///
/// Text cells that a spreadsheet would run as a formula — starting with `=`, `+`, `-`, `@`, a
/// tab or a carriage return — are neutralized with a leading `'` (OWASP's advice against CSV
/// injection) unless the writer is made with `neutralizeFormulas: false`.
public struct CSVWriter {
  /// The bytes written so far.
  public private(set) var bytes: [UInt8] = []
  /// Whether formula-like text cells get a leading `'`.
  public let neutralizeFormulas: Bool
  private var fieldsInRow = 0

  /// Creates a writer.
  public init(neutralizeFormulas: Bool = true) {
    self.neutralizeFormulas = neutralizeFormulas
  }

  /// Removes everything written, keeping the buffer's capacity.
  public mutating func reset() {
    bytes.removeAllKeepingCapacity()
    fieldsInRow = 0
  }

  /// Writes a whole row of text cells.
  public mutating func row(_ fields: [String]) {
    for field in fields { text(field) }
    endRow()
  }

  /// Writes a text cell.
  public mutating func text(_ value: String) {
    separate()
    var value = value
    if neutralizeFormulas, let first = value.utf8.first,
      first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
        || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
    {
      value = "'" + value
    }
    let needsQuotes = value.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    if needsQuotes {
      bytes.append(0x22)
      for byte in value.utf8 {
        if byte == 0x22 { bytes.append(0x22) }
        bytes.append(byte)
      }
      bytes.append(0x22)
    } else {
      bytes.append(contentsOf: value.utf8)
    }
  }

  /// Writes a number cell.
  public mutating func int(_ value: Int) {
    separate()
    bytes.append(contentsOf: String(value).utf8)
  }

  /// Writes an empty cell.
  public mutating func empty() {
    separate()
  }

  /// Ends the current row.
  public mutating func endRow() {
    bytes.append(0x0D)
    bytes.append(0x0A)
    fieldsInRow = 0
  }

  private mutating func separate() {
    if fieldsInRow > 0 { bytes.append(0x2C) }
    fieldsInRow += 1
  }
}
