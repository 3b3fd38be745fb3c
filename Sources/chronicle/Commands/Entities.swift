import ArgumentParser
import ChronicleKit

/// `chronicle entities`: people, places and organizations, linked to entities.
struct Entities: DocumentCommand {
  static let configuration = CommandConfiguration(
    commandName: "entities",
    abstract: "Find people, places and organizations, and link each mention to an entity.",
    discussion: """
      Gazetteers find the names (the shipped ones in the data directory, plus --gazetteer \
      files, which win); rules find names no list has (a title before a name, a given name \
      before a surname, a family name written first, organization suffixes, "City, Country"); \
      short forms link to the full names they stand for ("Kim" → Kim Jong Un).
      JSON output: "mentions" [{"start", "end", "text", "type", "entity", "method", "evidence"}] \
      and "entities" [{"id", "name", "type", "aliases", "mentions"}] per document.
      CSV columns: document, index, start, end, text, type, entity, name, method, evidence.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var format: DocumentFormatOption
  @OptionGroup var output: OutputOptions
  @OptionGroup var processing: ProcessingOptions

  mutating func runDocuments() throws -> Int32 {
    try DocumentRun(input: input, output: output, processing: processing, layers: .entities)
      .writeDocuments(format: format.format)
  }
}
