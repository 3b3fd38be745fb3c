/// Settings for the standard pipeline, shared by the command-line tool and library users.
public struct PipelineConfiguration: Sendable {
  /// The directory of shipped data files; `nil` finds it with ``DataDirectory/locate()``.
  public var dataDirectory: String?
  /// How line breaks inside paragraphs are treated by the sentence segmenter.
  public var newlines: SentenceSegmenter.NewlinePolicy = .auto
  /// The direction for times without a year or week ("Wednesday", "June"); `nil` follows each
  /// sentence's tense (`--prefer`).
  public var prefer: TemporalDirection?
  /// Read all-numeric dates day first when both readings are possible (`--day-first`).
  public var dayFirst = false

  /// Creates a configuration with the defaults.
  public init(dataDirectory: String? = nil, newlines: SentenceSegmenter.NewlinePolicy = .auto) {
    self.dataDirectory = dataDirectory
    self.newlines = newlines
  }
}

extension Pipeline {
  /// The standard pipeline, with every stage needed for `layers` (sentences; tokens; times).
  /// - Throws: ``DataFileError`` when a data file is missing or malformed.
  public static func standard(for layers: Layers, configuration: PipelineConfiguration = .init()) throws -> Pipeline {
    let directory = try configuration.dataDirectory ?? DataDirectory.required()
    var stages: [any Annotator] = []
    stages.append(
      SentenceSegmenter(abbreviations: try AbbreviationList(directory: directory), newlines: configuration.newlines))
    if layers.contains(.tokens) || layers.contains(.times) {
      stages.append(Tokenizer())
    }
    if layers.contains(.times) {
      stages.append(try TimeTagger(directory: directory, preference: configuration.prefer, dayFirst: configuration.dayFirst))
    }
    return try Pipeline(stages)
  }
}
