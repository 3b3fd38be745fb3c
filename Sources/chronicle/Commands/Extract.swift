import ArgumentParser
import ChronicleKit

/// `chronicle extract`: every layer, in the machine-readable contract.
struct Extract: DocumentCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Extract every layer: sentences, entities, times and events.",
    discussion: """
      JSON Lines output writes one object per document, in input order: \
      {"id", "referenceDate", "referenceDateSource", "sentences": [{"start", "end", "text", "paragraph"}], \
      "mentions": [{"start", "end", "text", "type", "entity", "method", "evidence"}], \
      "entities": [{"id", "name", "type", "aliases", "mentions"}], \
      "times": [{"start", "end", "text", "type", "value", "precision", …}], …}. \
      CSV writes one row per annotation: document, layer, index, start, end, text, type, value, entity.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var format: DocumentFormatOption
  @OptionGroup var output: OutputOptions
  @OptionGroup var processing: ProcessingOptions

  mutating func runDocuments() throws -> Int32 {
    try DocumentRun(input: input, output: output, processing: processing, layers: [.sentences, .entities, .times, .events])
      .writeDocuments(format: format.format)
  }
}
