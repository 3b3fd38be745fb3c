extension EventFinder {
  /// A clause number for each token of a sentence (indexed from the sentence's first token).
  ///
  /// A new clause starts at quotation marks, brackets, dashes, semicolons and colons, and at a
  /// subordinating word ("which", "while", "after" …); a clause begun by a subordinating word
  /// ends at the next comma.
  func clauseIDs(_ range: Range<Int>) -> [Int] {
    let subordinators = words.subordinators
    var ids: [Int] = []
    ids.reserveCapacity(range.count)
    var clause = 0
    var subordinate = false
    for t in range {
      let token = tokens[t]
      if token.kind == .punctuation {
        let value = text(token.range)
        switch value {
        case ";", ":", "(", ")", "[", "]", "—", "–", "--", "\"", "“", "”", "‘":
          clause += 1
          subordinate = false
          ids.append(clause)
          continue
        case ",":
          ids.append(clause)
          if subordinate {
            clause += 1
            subordinate = false
          }
          continue
        default:
          break
        }
      }
      if token.kind == .word && subordinators.contains(keys[t]) && mentionAt[t] < 0 {
        clause += 1
        subordinate = true
      }
      ids.append(clause)
    }
    return ids
  }
}
