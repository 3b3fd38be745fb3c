/// The output formats every command writes.
public enum OutputFormat: String, Sendable, CaseIterable {
  /// One JSON array of document objects, indented.
  case json
  /// One compact JSON object per document and line (the machine-readable contract).
  case jsonl
  /// RFC 4180 CSV with a header row, one row per annotation.
  case csv
  /// A self-contained HTML page (``HTMLReport``): the annotated documents, their events on a
  /// timeline, and an entity index. Written whole once every document is processed.
  case html
}
