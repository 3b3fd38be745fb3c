import ChronicleKit
import FuzzSupport

/// Sentence segmentation (ICU's break iterator with the news refinements) under every newline
/// policy, then the tokenizer, on the fuzzer's bytes decoded as UTF-8.
let segmenters = SentenceSegmenter.NewlinePolicy.allCases.map {
  SentenceSegmenter(abbreviations: Fuzz.abbreviations, newlines: $0)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSentences(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = Fuzz.text(data, size)
  var sentences: [Sentence] = []
  for segmenter in segmenters {
    sentences = Fuzz.load { try segmenter.sentences(in: text) }
    Fuzz.checkSentences(sentences, in: text)
  }
  var tokens = Tokenizer().tokens(in: text)
  Fuzz.checkTokens(tokens, in: text)
  Tokenizer.markSentenceStarts(&tokens, sentences: sentences)
  return 0
}
