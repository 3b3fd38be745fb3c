import ChronicleKit
import FuzzSupport

/// Sentence segmentation (ICU's break iterator with the news refinements) under every newline
/// policy, then the tokenizer, on the fuzzer's bytes decoded as UTF-8; and ICU's boundaries in
/// the folded text (what the segmenter uses) against those in the text as it is.
let breaker = ICUSentenceBreaker()
let segmenters = SentenceSegmenter.NewlinePolicy.allCases.map {
  SentenceSegmenter(abbreviations: Fuzz.abbreviations, newlines: $0)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSentences(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  var text = Fuzz.text(data, size)
  // On the bytes as they are (ill-formed UTF-8 too) and as decoded.
  checkFolding(Fuzz.bytes(data, size))
  text.withUTF8 { checkFolding($0) }
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

func checkFolding(_ bytes: UnsafeBufferPointer<UInt8>) {
  let folded = try? breaker.boundaries(in: bytes)
  let reference = try? breaker.boundaries(in: bytes, folding: false)
  if folded != reference {
    fatalError("ICU boundaries differ on folded text: \(folded ?? []) against \(reference ?? [])")
  }
}
