/// One occurrence of an event in one document, ready for a timeline: everything the output
/// needs — texts, and offsets already converted to the output unit — so the documents
/// themselves can be let go while the timeline grows.
public struct TimelineMention: Hashable, Sendable {
  /// A participant or place, with its mention's offsets and text.
  public struct Argument: Hashable, Sendable {
    public var entityID: String?
    public var name: String
    public var type: EntityType
    public var role: EventArgument.Role
    public var start: Int
    public var end: Int
    public var text: String

    public init(
      entityID: String?, name: String, type: EntityType, role: EventArgument.Role, start: Int, end: Int, text: String
    ) {
      self.entityID = entityID
      self.name = name
      self.type = type
      self.role = role
      self.start = start
      self.end = end
      self.text = text
    }

    /// What identifies the participant across documents: its entity id, or its name.
    var identity: String { entityID ?? "name:" + name.lowercased() }
  }

  /// The time expression that dated the event, if any.
  public struct TimeText: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
      self.start = start
      self.end = end
      self.text = text
    }
  }

  /// The document's id.
  public var document: String
  /// The event's id in its document (`document#index`).
  public var eventID: String
  /// The sentence's index, offsets and text.
  public var sentence: Int
  public var sentenceStart: Int
  public var sentenceEnd: Int
  public var sentenceText: String
  /// The trigger's offsets and text, lemma, part of speech and class.
  public var triggerStart: Int
  public var triggerEnd: Int
  public var triggerText: String
  public var lemma: String
  public var partOfSpeech: EventLexicon.PartOfSpeech
  public var eventClass: String
  /// The date, and the expression that gave it.
  public var date: EventDate?
  public var time: TimeText?
  /// Participants and place.
  public var participants: [Argument]
  public var place: Argument?
  /// How far the event's fields are to be trusted.
  public var confidence: Double

  public init(
    document: String, eventID: String, sentence: Int, sentenceStart: Int, sentenceEnd: Int, sentenceText: String,
    triggerStart: Int, triggerEnd: Int, triggerText: String, lemma: String, partOfSpeech: EventLexicon.PartOfSpeech,
    eventClass: String, date: EventDate?, time: TimeText?, participants: [Argument], place: Argument?,
    confidence: Double
  ) {
    self.document = document
    self.eventID = eventID
    self.sentence = sentence
    self.sentenceStart = sentenceStart
    self.sentenceEnd = sentenceEnd
    self.sentenceText = sentenceText
    self.triggerStart = triggerStart
    self.triggerEnd = triggerEnd
    self.triggerText = triggerText
    self.lemma = lemma
    self.partOfSpeech = partOfSpeech
    self.eventClass = eventClass
    self.date = date
    self.time = time
    self.participants = participants
    self.place = place
    self.confidence = confidence
  }

  /// The mentions of a processed document's events, with offsets in `unit`.
  public static func mentions(of document: Document, offsets unit: OffsetConverter.Unit) -> [TimelineMention] {
    guard !document.events.isEmpty else { return [] }
    let converter = OffsetConverter(text: document.text, unit: unit)
    func argument(_ argument: EventArgument) -> Argument {
      let (start, end) = converter.convert(argument.range)
      return Argument(
        entityID: argument.entityID, name: argument.name, type: argument.type, role: argument.role, start: start,
        end: end, text: document.text(in: argument.range))
    }
    return document.events.map { event in
      let sentence = document.sentences[event.sentence]
      let (sentenceStart, sentenceEnd) = converter.convert(sentence.range)
      let (triggerStart, triggerEnd) = converter.convert(event.trigger.range)
      var time: TimeText?
      if let index = event.date?.time {
        let expression = document.times[index]
        let (start, end) = converter.convert(expression.range)
        time = TimeText(start: start, end: end, text: document.text(in: expression.range))
      }
      return TimelineMention(
        document: document.id, eventID: event.id, sentence: event.sentence, sentenceStart: sentenceStart,
        sentenceEnd: sentenceEnd, sentenceText: document.text(in: sentence.range), triggerStart: triggerStart,
        triggerEnd: triggerEnd, triggerText: document.text(in: event.trigger.range), lemma: event.trigger.lemma,
        partOfSpeech: event.trigger.partOfSpeech, eventClass: event.trigger.eventClass, date: event.date, time: time,
        participants: event.participants.map(argument), place: event.place.map(argument),
        confidence: event.confidence)
    }
  }

  /// The order of mentions that does not depend on the order of the input: by document id,
  /// then sentence, then position.
  static func canonicalOrder(_ a: TimelineMention, _ b: TimelineMention) -> Bool {
    if a.document != b.document { return a.document < b.document }
    if a.sentence != b.sentence { return a.sentence < b.sentence }
    if a.triggerStart != b.triggerStart { return a.triggerStart < b.triggerStart }
    return a.eventID < b.eventID
  }
}
