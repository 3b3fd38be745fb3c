import Foundation
import Testing

@testable import ChronicleKit

@Suite("Events: what covers each token")
struct EventCoverTests {
  /// The cover worked out token by token from its definition: the mention and the time
  /// expression whose range holds the token, and, for "he", "she", "him", "his" or "her", the
  /// last person mention (with an entity) that ends before it, when the first token after that
  /// mention lies in the pronoun's sentence or one of the two before it.
  private func referenceCover(_ document: Document, keys: [UInt64]) -> (
    mentionAt: [Int32], timeAt: [Int32], referentAt: [Int32]
  ) {
    let tokens = document.tokens
    func sentence(of t: Int) -> Int {
      document.sentences.lastIndex { $0.range.start <= tokens[t].range.start } ?? 0
    }
    func inside(_ t: Int, _ range: TextRange) -> Bool {
      range.start <= tokens[t].range.start && tokens[t].range.end <= range.end
    }
    let pronouns = Set(["he", "she", "him", "his", "her"].map(EventWords.key))
    var mentionAt: [Int32] = []
    var timeAt: [Int32] = []
    var referentAt: [Int32] = []
    for t in tokens.indices {
      mentionAt.append(Int32(document.mentions.firstIndex { inside(t, $0.range) } ?? -1))
      timeAt.append(Int32(document.times.firstIndex { inside(t, $0.range) } ?? -1))
      var referent: Int32 = -1
      if tokens[t].kind == .word && pronouns.contains(keys[t]),
        let person = document.mentions.lastIndex(where: {
          $0.type == .person && $0.entityID != nil && $0.range.end <= tokens[t].range.start
        }),
        let after = tokens.firstIndex(where: { $0.range.start >= document.mentions[person].range.end }),
        sentence(of: t) - sentence(of: after) <= 2
      {
        referent = Int32(person)
      }
      referentAt.append(referent)
    }
    return (mentionAt, timeAt, referentAt)
  }

  private func check(_ document: Document) {
    let keys = document.withUTF8 { bytes in
      let lower = TokenKeys.of(document, bytes).lower
      return document.tokens.indices.map { document.tokens[$0].kind == .word ? lower[$0] : 0 }
    }
    // Lists with room left by a longer document, emptied, as the stage hands them over.
    var lists = [Int32](repeating: 7, count: 4 * document.tokens.count + 64)
    lists.removeAll(keepingCapacity: true)
    var cover = (mentionAt: lists, timeAt: lists, referentAt: lists)
    // Without the name lexicon: the person named last, whatever the pronoun (genders are
    // checked in EventTests).
    EventFinder.cover(
      document.tokens, keys, document, mentionEntity: EventFinder.mentionEntities(of: document), names: nil,
      mentionAt: &cover.mentionAt, timeAt: &cover.timeAt, referentAt: &cover.referentAt)
    let expected = referenceCover(document, keys: keys)
    for (name, got, want) in [
      ("mention", cover.mentionAt, expected.mentionAt), ("time", cover.timeAt, expected.timeAt),
      ("referent", cover.referentAt, expected.referentAt),
    ] {
      // The first token that differs, not two arrays as long as the text.
      let t = got.indices.first { $0 >= want.count || got[$0] != want[$0] }
      let wanted = t.flatMap { $0 < want.count ? want[$0] : nil } ?? -1
      #expect(
        got.count == want.count && t == nil,
        "\(document.id): token \(t ?? -1): \(name) \(t.map { got[$0] } ?? -1), expected \(wanted)")
    }
  }

  @Test("texts with pronouns near and far from the person they follow, names at sentence ends and text ends")
  func crafted() throws {
    let texts = [
      "Kim Jong Un met Donald Trump in Hanoi on Wednesday. He said the talks went well.",
      "Donald Trump arrived. The summit began. He left on Thursday.",
      "Donald Trump arrived. The summit began. Officials waited. He left on Thursday.",
      "He spoke first. Then Moon Jae-in answered him, and his aides agreed with her.",
      "Angela Merkel\nShe met Emmanuel Macron in Paris on Monday, and he thanked her.",
      "North Korea said it would talk to the United States. Its envoy said he would come.",
      "On Friday, Apple said Tim Cook would speak; his remarks, her reply and their talks followed Kim",
      "",
      "No names here, only him and her and he.",
    ]
    for (index, text) in texts.enumerated() {
      check(try EventFixtures.process(text, id: "text\(index)", date: "2019-02-27"))
    }
  }

  @Test("the sample articles", arguments: Golden.samples)
  func samples(_ sample: Golden.Sample) throws {
    check(try EventFixtures.pipeline.processed(try Golden.document(sample)))
  }

  @Test("the reference date's day (for the story's date) is the interval of its date's text")
  func dayOfValue() throws {
    for year in [-1, 0, 1, 4, 100, 1900, 1999, 2000, 2019, 2020, 2100, 9999, 10_000, 12_345] {
      for (month, day) in [(1, 1), (2, 28), (2, 29), (4, 30), (6, 12), (12, 31)] {
        guard let value = DateTimeValue(year: year, month: month, day: day, hour: 17, minute: 30) else { continue }
        #expect(TimexInterval(dayOf: value) == TimexInterval(timex: value.dateString), "\(value.dateString)")
      }
    }
    let leapDay = try #require(DateTimeValue(year: 2020, month: 2, day: 29))
    #expect(TimexInterval(dayOf: leapDay) == TimexInterval(timex: "2020-02-29"))
    #expect(TimexInterval(dayOf: try #require(DateTimeValue(year: 0, month: 5, day: 1))) == nil)
  }
}
