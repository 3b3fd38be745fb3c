/// The entity stage: finds PERSON, LOCATION and ORGANIZATION mentions and links each to an entity.
///
/// Gazetteers do the recognition; rules find the names no list has (a title before a name, a
/// given name before a surname, a family name written first, organization suffixes and heads,
/// "City, Country"); document context makes it precise (common-word place names need support,
/// sentence starts and headlines are treated with suspicion) and links short forms to the full
/// names they stand for ("Kim" → Kim Jong Un, "IAEA" → International Atomic Energy Agency).
public struct EntityTagger: Annotator {
  public var name: String { "entities" }
  public var requires: Layers { [.sentences, .tokens] }
  public var provides: Layers { .entities }

  /// The compiled gazetteers.
  public let gazetteer: GazetteerMatcher
  /// The word lists behind the rules.
  public let lexicon: NameLexicon
  /// The gazetteer's ids and names as strings, once made (shared by the tagger's copies).
  let entryStrings = EntryStrings()
  /// The per-document lists, kept for the next document (shared by the tagger's copies).
  let scratch = ScratchPool<EntityRecognizer.Scratch>()

  /// Creates a tagger.
  public init(gazetteer: GazetteerMatcher, lexicon: NameLexicon) {
    self.gazetteer = gazetteer
    self.lexicon = lexicon
  }

  public func annotate(_ document: inout Document) {
    let tokens = document.tokens
    let sentences = document.sentences
    let tokenKeys = document.tokenKeys
    // The text's bytes read from the text, not through the document: a closure that reads the
    // document (an `inout` parameter) made a copy of all of it, retaining every list it holds.
    let (mentions, entities, mentionEntities, notes) = document.text.withUTF8Bytes { bytes in
      var lists = scratch.take(or: EntityRecognizer.Scratch.init)
      var recognizer = EntityRecognizer(
        bytes: bytes, tokens: tokens, keys: TokenKeys.of(tokenKeys, for: tokens, bytes), sentences: sentences,
        gazetteer: gazetteer, lexicon: lexicon, entryStrings: entryStrings, scratch: &lists)
      recognizer.run()
      recognizer.giveBack(to: &lists)
      let room = lists.largestCapacity
      scratch.give(consume lists, largestCapacity: room)
      return (recognizer.mentions, recognizer.entities, recognizer.mentionEntities, recognizer.diagnostics)
    }
    document.mentions = mentions
    document.entities = entities
    document.mentionEntities = mentionEntities
    document.diagnostics.append(contentsOf: notes)
  }
}
