/// The events stage: finds event triggers (verbs and event nouns from ``EventLexicon``) and
/// gives each the participants, place and date of its clause, with the evidence for each.
///
/// A clause is a stretch of a sentence between clause boundaries: quotation marks, brackets,
/// dashes, semicolons and colons, and subordinating words ("which", "while", "after" …). An
/// event needs a participant, or — for an event noun ("summit") — a place or a date; an
/// imperative at the start of a sentence ("Subscribe to …") is no event, and neither is a verb
/// governed by a modal of possibility or condition ("would be resumed", "could have signed").
///
/// Dates: a time expression in the trigger's clause, else in its sentence (`explicit`); else the
/// most recent dated time earlier in the same paragraph (`inherited`); else, for a verb in the
/// simple past in a main clause (not the past perfect, which tells background), the story's day
/// (`storyDate`) or the document's reference date (`documentDate`); else none. Durations, sets
/// and vague references ("recently") never date an event; ranges do.
public struct EventExtractor: Annotator {
  public var name: String { "events" }
  public var requires: Layers { [.sentences, .tokens, .entities, .times] }
  public var provides: Layers { .events }

  /// The trigger lexicon.
  public let lexicon: EventLexicon
  /// The name lexicon, whose given names tell a man's name from a woman's, so that "she" is not
  /// taken for the man named last; without it, "he" and "she" stand for the person named last.
  public let names: NameLexicon?
  /// The per-document lists, kept for the next document (shared by the extractor's copies).
  let scratch = ScratchPool<EventFinder.Scratch>()

  /// Creates an extractor.
  public init(lexicon: EventLexicon, names: NameLexicon? = nil) {
    self.lexicon = lexicon
    self.names = names
  }

  public func annotate(_ document: inout Document) {
    // The finder keeps a copy of the document; the text's bytes are read from the text, so
    // that no second copy is made for the closure.
    let events = document.text.withUTF8Bytes { bytes in
      var lists = scratch.take(or: EventFinder.Scratch.init)
      var finder = EventFinder(bytes: bytes, document: document, lexicon: lexicon, names: names, scratch: &lists)
      let events = finder.run(scratch: &lists)
      finder.giveBack(to: &lists)
      let room = lists.largestCapacity
      scratch.give(consume lists, largestCapacity: room)
      return events
    }
    document.events = events
  }
}
