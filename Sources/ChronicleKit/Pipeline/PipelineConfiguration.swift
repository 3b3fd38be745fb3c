/// Settings for the standard pipeline, shared by the command-line tool and library users.
public struct PipelineConfiguration: Sendable {
  /// The directory of shipped data files; `nil` finds it with ``DataDirectory/locate()``.
  public var dataDirectory: String?
  /// How line breaks inside paragraphs are treated by the sentence segmenter.
  public var newlines: SentenceSegmenter.NewlinePolicy = .auto
  /// A user's gazetteer files (TSV, spaCy JSONL or RegexNER); their entries win over the
  /// shipped ones.
  public var gazetteers: [String] = []
  /// Whether the shipped gazetteers (``GazetteerSet/shippedNames`` in the data directory) are loaded.
  public var useShippedGazetteers = true
  /// Whether a malformed gazetteer line is skipped with a warning instead of failing the load.
  public var skipMalformedGazetteerLines = false
  /// The direction for times without a year or week ("Wednesday", "June"); `nil` follows each
  /// sentence's tense (`--prefer`).
  public var prefer: TemporalDirection?
  /// Read all-numeric dates day first when both readings are possible (`--day-first`).
  public var dayFirst = false

  /// Creates a configuration with the defaults.
  public init(
    dataDirectory: String? = nil, newlines: SentenceSegmenter.NewlinePolicy = .auto, gazetteers: [String] = [],
    useShippedGazetteers: Bool = true, skipMalformedGazetteerLines: Bool = false
  ) {
    self.dataDirectory = dataDirectory
    self.newlines = newlines
    self.gazetteers = gazetteers
    self.useShippedGazetteers = useShippedGazetteers
    self.skipMalformedGazetteerLines = skipMalformedGazetteerLines
  }
}

extension Pipeline {
  /// The standard pipeline, with every stage needed for `layers`: sentences, then tokens, then
  /// entities, times and events. Problems that did not stop loading (skipped gazetteer lines, conflicting types
  /// in a user's list) are in ``notes``.
  /// - Throws: ``DataFileError`` when a data file is missing or malformed.
  public static func standard(for layers: Layers = .all, configuration: PipelineConfiguration = .init()) throws -> Pipeline {
    let directory = try configuration.dataDirectory ?? DataDirectory.required()
    var stages: [any Annotator] = []
    var notes: [String] = []
    /// Loaded with the entity stage, which the event stage needs: both read it.
    var names: NameLexicon?
    stages.append(
      SentenceSegmenter(abbreviations: try AbbreviationList(directory: directory), newlines: configuration.newlines))
    if !layers.intersection([.tokens, .entities, .times, .events]).isEmpty {
      stages.append(Tokenizer())
    }
    if !layers.intersection([.entities, .events]).isEmpty {
      let (gazetteer, warnings) = try GazetteerSet.load(
        directory: configuration.useShippedGazetteers ? directory : nil, userFiles: configuration.gazetteers,
        skipMalformedLines: configuration.skipMalformedGazetteerLines)
      notes += warnings
      let lexicon = try NameLexicon(directory: directory)
      names = lexicon
      stages.append(EntityTagger(gazetteer: gazetteer, lexicon: lexicon))
    }
    if !layers.intersection([.times, .events]).isEmpty {
      stages.append(
        try TimeTagger(directory: directory, preference: configuration.prefer, dayFirst: configuration.dayFirst))
    }
    if layers.contains(.events) {
      stages.append(EventExtractor(lexicon: try EventLexicon(directory: directory), names: names))
    }
    var pipeline = try Pipeline(stages)
    pipeline.notes = notes
    return pipeline
  }
}
