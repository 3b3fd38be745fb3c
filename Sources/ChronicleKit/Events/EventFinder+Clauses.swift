extension EventFinder {
  /// A clause number for each token of a sentence (indexed from the sentence's first token),
  /// appended to `ids`.
  ///
  /// A new clause starts at quotation marks, brackets, dashes, semicolons and colons, and at a
  /// subordinating word ("which", "while", "after" …); a clause begun by a subordinating word
  /// ends at the next comma.
  func clauseIDs(_ range: Range<Int>, into ids: inout [Int]) {
    let subordinators = words.subordinators
    // Written in place, not appended one by one.
    let start = ids.count
    ids.append(contentsOf: repeatElement(0, count: range.count))
    ids.withUnsafeMutableBufferPointer { ids in
      var clause = 0
      var subordinate = false
      var k = start
      for t in range {
        defer { k += 1 }
        let token = tokens[t]
        if token.kind == .punctuation {
          let (first, length) = firstScalar(t)
          var boundary = false
          var comma = false
          if length == token.range.length {
            switch first {
            case 0x3B, 0x3A, 0x28, 0x29, 0x5B, 0x5D, 0x2014, 0x2013, 0x22, 0x201C, 0x201D, 0x2018:
              boundary = true  // ; : ( ) [ ] — – " “ ” ‘
            case 0x2C:
              comma = true
            default:
              break
            }
          } else if token.range.length == 2 && first == 0x2D && bytes[token.range.start + 1] == 0x2D {
            boundary = true  // --
          }
          if boundary {
            clause += 1
            subordinate = false
            ids[k] = clause
            continue
          }
          if comma {
            ids[k] = clause
            if subordinate {
              clause += 1
              subordinate = false
            }
            continue
          }
        }
        if token.kind == .word && subordinators.contains(keys[t]) && mentionAt[t] < 0 {
          clause += 1
          subordinate = true
        }
        ids[k] = clause
      }
    }
  }
}
