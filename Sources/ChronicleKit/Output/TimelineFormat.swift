/// The formats a timeline is written in.
public enum TimelineFormat: String, Sendable, CaseIterable {
  /// One indented JSON array of events, each with all its mentions.
  case json
  /// One compact JSON object per event and line; `chronicle merge` reads it back.
  case jsonl
  /// One row per event with flat columns, for spreadsheets and pandas.
  case csv
  /// Knight Lab TimelineJS: `{"title", "events": [{"start_date", "text", …}]}`, partial dates as
  /// partial date objects.
  case timelinejs
  /// SemEval-2015 Task 4 TimeLine TSV: `order<TAB>date<TAB>doc-sentence-word…`.
  case semeval
  /// A self-contained HTML page (``HTMLReport``) showing the timeline; with the documents when
  /// they are at hand (`chronicle timeline`), otherwise each event with its sentence.
  case html
}
