extension TimelineOptions {
  /// The filters the timeline was built with, in words, for the report's header.
  var reportNotes: [String] {
    var notes: [String] = []
    if !entities.isEmpty {
      notes.append("Only events with " + entities.joined(separator: " or ") + " (--entity)")
    }
    if datedOnly { notes.append("Only dated events (--dated-only)") }
    if minimumConfidence > 0 {
      notes.append("Only events with confidence \(minimumConfidence) or more (--min-confidence)")
    }
    return notes
  }
}
