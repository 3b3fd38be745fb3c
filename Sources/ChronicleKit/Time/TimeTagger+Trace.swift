extension TimeTagger {
  /// Every reading the grammar built for a document, one line each ("[3..5) date.month-day
  /// time flags=…"), for debugging rules: it shows the readings that lost to longer ones.
  func trace(_ document: Document) -> [String] {
    document.withUTF8 { bytes in
      var lines: [String] = []
      var words: [Int32] = []
      let scanner = TimeScanner(grammar: grammar)
      var chart = Chart(grammar: grammar)
      chart.dayFirst = dayFirst
      for window in scanner.windows(tokens: document.tokens, bytes: bytes, words: &words) {
        chart.reset()
        let context = scanner.atoms(tokens: document.tokens, words: words, window: window, bytes: bytes, into: &chart.atoms)
        chart.contextBefore = context.before
        chart.contextAfter = context.after
        chart.parse()
        let text = chart.atoms.map { document.text(in: TextRange(start: $0.start, end: $0.end)) }
        lines.append("window: " + text.joined(separator: " | "))
        for (index, node) in chart.nodes.enumerated() {
          let covered = text[node.first..<node.last].joined(separator: " ")
          let meaning = chart.meanings[index]
          let accepted = TimeContext.accepts(node, meaning: meaning, in: chart) ? "" : " (needs context)"
          lines.append(
            "  [\(node.first)..<\(node.last)] \(grammar.rules[node.rule].name) \"\(covered)\" \(meaning) flags=\(node.flags.rawValue)\(accepted)")
        }
      }
      return lines
    }
  }
}
