import ChronicleKit
import FuzzSupport

/// The entity stage (gazetteer matcher, rules, variants and resolution) after sentences and
/// tokens, on the fuzzer's text, with the shipped gazetteers loaded once at start-up (from the
/// compiled cache when present).
nonisolated(unsafe) var pipeline: Pipeline!

@_cdecl("LLVMFuzzerInitialize")
public func initialize(
  _ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?
) -> CInt {
  let (gazetteer, _) = Fuzz.load { try GazetteerSet.load(directory: Fuzz.dataDirectory, userFiles: []) }
  let lexicon = Fuzz.load { try NameLexicon(directory: Fuzz.dataDirectory) }
  pipeline = Fuzz.load {
    try Pipeline([
      SentenceSegmenter(abbreviations: Fuzz.abbreviations), Tokenizer(),
      EntityTagger(gazetteer: gazetteer, lexicon: lexicon),
    ])
  }
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntities(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  var document = Document(id: "fuzz", text: Fuzz.text(data, size))
  Fuzz.load { try pipeline.process(&document) }
  Fuzz.checkEntities(document)
  return 0
}
