extension EventFinder {
  /// Reads a sentence's (or block's) tokens once, for a span with triggers: the dating times,
  /// each token's clause, which clauses are subordinate, and the mentions.
  ///
  /// A new clause starts at quotation marks, brackets, dashes, semicolons and colons, and at a
  /// subordinating word ("which", "while", "after" …); a clause begun by a subordinating word
  /// ends at the next comma. A clause is subordinate when its first word is a subordinating
  /// word other than "but" (which starts a clause coordinated with the one before).
  func readTokens(_ range: Range<Int>, into span: inout Span) {
    let subordinators = words.subordinators
    var lastTime = -1
    var lastMention = -1
    var clause = 0
    /// The clause begun by a subordinating word, until the next comma.
    var inSubordinate = false
    /// The last clause whose first word has been seen.
    var lastWordClause = -1
    /// The word before the current token, as `previousWord(before:in:)` would find it: the last
    /// word, forgotten at punctuation other than an apostrophe or a hyphen.
    var previousWord = -1
    span.subordinate.append(false)
    // Each token's clause written in place (the list taken out of the span meanwhile), and the
    // per-token lists read through buffers: this loop runs over every token of every sentence
    // with a trigger.
    var clauses = span.clauses
    span.clauses = []
    clauses.append(contentsOf: repeatElement(0, count: range.count))
    clauses.withUnsafeMutableBufferPointer { clauses in
      tokens.withUnsafeBufferPointer { tokens in
        mentionAt.withUnsafeBufferPointer { mentionAt in
          timeAt.withUnsafeBufferPointer { timeAt in
            referentAt.withUnsafeBufferPointer { referentAt in
              keys.withUnsafeBufferPointer { keys in
                var k = 0
                for t in range {
                  defer { k += 1 }
                  let token = tokens[t]
                  let time = Int(timeAt[t])
                  if time >= 0 && time != lastTime {
                    lastTime = time
                    if anchors(time) && !isComparisonBaseline(t, in: range) {
                      span.datingTimes.append(time)
                      span.datingFirsts.append(t)
                    }
                  }
                  let mention = Int(mentionAt[t])
                  if mention >= 0 {
                    if mention != lastMention {
                      span.mentions.append(self.mention(mention, first: t, previousWord: previousWord))
                      span.mentionFirsts.append(t)
                    }
                    lastMention = mention
                  } else if referentAt[t] >= 0 {
                    span.mentions.append(pronoun(at: t, previousWord: previousWord))
                    span.mentionFirsts.append(t)
                  }
                  switch token.kind {
                  case .punctuation:
                    let (first, length) = firstScalar(t)
                    if !words.wordJoiners.contains(first) { previousWord = -1 }
                    var boundary = false
                    if length == token.range.length {
                      switch first {
                      case 0x3B, 0x3A, 0x28, 0x29, 0x5B, 0x5D, 0x2014, 0x2013, 0x22, 0x201C, 0x201D, 0x2018:
                        boundary = true  // ; : ( ) [ ] — – " “ ” ‘
                      case 0x2C:
                        // A comma ends a subordinate clause; it belongs to the clause it ends.
                        clauses[k] = clause
                        if inSubordinate {
                          clause += 1
                          span.subordinate.append(false)
                          inSubordinate = false
                        }
                        continue
                      default:
                        break
                      }
                    } else if token.range.length == 2 && first == 0x2D && bytes[token.range.start + 1] == 0x2D {
                      boundary = true  // --
                    }
                    if boundary {
                      clause += 1
                      span.subordinate.append(false)
                      inSubordinate = false
                    }
                  case .word:
                    previousWord = t
                    let key = keys[t]
                    let subordinating = subordinators.contains(key)
                    if subordinating && mention < 0 {
                      clause += 1
                      span.subordinate.append(false)
                      inSubordinate = true
                    }
                    if clause > lastWordClause {
                      lastWordClause = clause
                      span.subordinate[clause] = subordinating && key != words.but
                    }
                  default:
                    break
                  }
                  clauses[k] = clause
                }
              }
            }
          }
        }
      }
    }
    span.clauses = clauses
  }
}
