import ArgumentParser
import ChronicleKit

/// `chronicle sentences`: split documents into sentences.
struct Sentences: DocumentCommand {
  static let configuration = CommandConfiguration(
    commandName: "sentences",
    abstract: "Split documents into sentences.",
    discussion: """
      ICU's sentence rules, refined for news: abbreviations (Gen., U.S., Inc.) and initials \
      keep a sentence going, headlines and datelines on their own lines are sentences, \
      hard-wrapped lines are joined (see --newlines), lists split at each item.
      CSV columns: document, index, start, end, text, paragraph.
      """)

  @OptionGroup var input: InputOptions
  @OptionGroup var format: DocumentFormatOption
  @OptionGroup var output: OutputOptions
  @OptionGroup var processing: ProcessingOptions

  mutating func runDocuments() throws -> Int32 {
    try DocumentRun(input: input, output: output, processing: processing, layers: .sentences)
      .writeDocuments(format: format.format)
  }
}
