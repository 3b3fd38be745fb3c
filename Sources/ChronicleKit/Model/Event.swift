/// Something that happened, anchored on a trigger word in one sentence, with the participants,
/// place and date that the same clause gives — each with its evidence in the text.
///
/// (The optional properties of this file's types, and of ``Mention``, ``TimeExpression``,
/// ``Diagnostic``, ``ReferenceDate``, ``DocumentInput`` and ``InputFailure``, are spelled
/// `Optional<…>`: a variable declared `T?` starts as `nil` before the initializer assigns it,
/// and the compiler then builds the whole value aside and copies it where it is stored,
/// retaining every string it holds. Spelled out, it is built in place.)
public struct Event: Hashable, Sendable {
  /// The event's id within its document: `document#index`.
  public var id: String
  /// The word (or words) that name the event: "met", "said", "summit", "press conference".
  public var trigger: EventTrigger
  /// When it happened, and how that was worked out; `nil` when the text does not say.
  public var date: Optional<EventDate>
  /// The people and organizations taking part, from the trigger's clause.
  public var participants: [EventArgument]
  /// Where it happened: a place in the trigger's clause, preferring "in/at X".
  public var place: Optional<EventArgument>
  /// The index of the sentence in the document's ``Document/sentences``.
  public var sentence: Int
  /// How far the event's fields are to be trusted, from 0 to 1.
  public var confidence: Double

  /// Creates an event.
  public init(
    id: String, trigger: EventTrigger, date: EventDate?, participants: [EventArgument], place: EventArgument?,
    sentence: Int, confidence: Double
  ) {
    self.id = id
    self.trigger = trigger
    self.date = date
    self.participants = participants
    self.place = place
    self.sentence = sentence
    self.confidence = confidence
  }
}

/// The word or words naming an event.
public struct EventTrigger: Hashable, Sendable {
  /// The trigger's text (UTF-8 byte offsets).
  public var range: TextRange
  /// The lemma: "meet" for "met", "talk" for "talks".
  public var lemma: String
  /// Verb or noun.
  public var partOfSpeech: EventLexicon.PartOfSpeech
  /// The lexicon's class ("communication", "motion", "event" …).
  public var eventClass: String

  /// Creates a trigger.
  public init(range: TextRange, lemma: String, partOfSpeech: EventLexicon.PartOfSpeech, eventClass: String) {
    self.range = range
    self.lemma = lemma
    self.partOfSpeech = partOfSpeech
    self.eventClass = eventClass
  }
}

/// When an event happened.
public struct EventDate: Hashable, Sendable {
  /// How the date was obtained.
  public enum Source: String, Sendable, Hashable, CaseIterable {
    /// A time expression in the trigger's clause or sentence.
    case explicit
    /// The most recent dated time earlier in the same paragraph.
    case inherited
    /// The date of the story's lead event — the first day the first sentences of the document
    /// name, within a week before the reference date ("Apple announced Friday …") — for a verb
    /// in the simple past in a main clause with no time of its own ("Jobs said …").
    case storyDate
    /// The document's reference date, for a verb in the simple past in a main clause with no
    /// time of its own ("Ri said"), when the lead names no day.
    case documentDate
    /// The date of the verb a participle depends on, for a participle with no time of its own:
    /// "A bomb exploded in Kabul on Monday, killing 30 people"; "Jobs unveiled the device by
    /// walking onto the stage"; and of a verb of motion, for an infinitive of purpose after it:
    /// "Jobs returned to the stage to reveal iCloud".
    case mainEvent
  }

  /// The TIMEX3 value ("2019-02-27", "2018-06").
  public var value: String
  /// The unit the value states.
  public var precision: TimexPrecision
  /// For a range, its first and last values.
  public var begin: Optional<String>
  public var end: Optional<String>
  /// How the date was obtained.
  public var source: Source
  /// The index of the time expression in ``Document/times`` that gave it, if any.
  public var time: Optional<Int>

  /// Creates a date.
  public init(
    value: String, precision: TimexPrecision, begin: String? = nil, end: String? = nil, source: Source, time: Int?
  ) {
    self.value = value
    self.precision = precision
    self.begin = begin
    self.end = end
    self.source = source
    self.time = time
  }
}

/// A participant or place of an event: an entity mention in the trigger's clause.
public struct EventArgument: Hashable, Sendable {
  /// What part it plays.
  public enum Role: String, Sendable, Hashable, CaseIterable {
    /// The one who acts: the name before a verb trigger.
    case agent
    /// The one a verb acts on: the name after it.
    case patient
    /// The one who speaks, for a reporting verb ("Ri said", "said Ri").
    case speaker
    /// Taking part, as in "between Trump and Kim" or "the summit of X and Y".
    case participant
    /// Where the event happened.
    case place
  }

  /// The entity's id, or `nil` when the mention is unlinked.
  public var entityID: Optional<String>
  /// The entity's canonical name (or the mention's text when unlinked).
  public var name: String
  /// The entity's type.
  public var type: EntityType
  /// What part it plays.
  public var role: Role
  /// The mention's text (UTF-8 byte offsets).
  public var range: TextRange

  /// Creates an argument.
  public init(entityID: String?, name: String, type: EntityType, role: Role, range: TextRange) {
    self.entityID = entityID
    self.name = name
    self.type = type
    self.role = role
    self.range = range
  }
}
