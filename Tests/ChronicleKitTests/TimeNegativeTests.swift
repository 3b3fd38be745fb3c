@testable import ChronicleKit
import Foundation
import Testing

/// Text that looks like a time but is not one: verbs, names, counts, amounts, scores, ages,
/// identifiers, addresses. None of these may yield a time.
@Suite("Time: no false times")
struct TimeNegativeTests {
  @Test(
    "no time in",
    arguments: [
      "They may meet again.", "May the force be with you.", "I may by here.", "Theresa may become PM soon.",
      "Protesters march on the capital.", "They will march to the square.", "He told The Sun newspaper.",
      "She sat down and read the Sun.", "Trump said his nation was asking for only 5 of 11 sanctions.",
      "The company raised 100M in funding.", "The deal is worth $40 billion.", "The Giants won 3-2.",
      "Kim, 35, said the talks failed.", "Call 555-1234 for details.", "The ID is 2882015.",
      "See https://example.com/2019/02/28/story.html for details.", "Mail news-2019-02-28@example.com",
      "Version: 1.1.3", "I'm at 10.1", "It rose 12.53%.", "2/3 majority", "a 1/2 cup", "Subscribe to Talk Media News",
      "the second half", "for the year", "The wed couple left.", "He was at 101,194 points.", "%e7%b7%8a",
      "He spent 1,000 nights there.", "Gate 12 - 15 is closed.", "The 7 - 8 vote passed.", "We had a day of rest.",
      "February 151998", "Jan", "mar", "Actress Rakhi Sawant arrived.", "Bogi said he was tired.", "Onam is here.",
    ])
  func noTime(_ text: String) {
    #expect(TimeTest.pairs(text) == [])
  }

  @Test("a holiday name that is also a name or a word needs a year or a holiday's context")
  func ambiguousHolidays() {
    #expect(TimeTest.pairs("They celebrated Rakhi with family.") == ["Rakhi=2018-08-26"])
    #expect(TimeTest.pairs("Onam celebrations began.") == ["Onam=2018-08-25"])
    #expect(TimeTest.pairs("Pongal 2018") == ["Pongal 2018=2018-01-14"])
  }

  @Test("pathological text: no false times, output grows with the text and not faster")
  func pathological() throws {
    #expect(TimeTest.times(String(repeating: "1", count: 1_000_000)).isEmpty)
    let small = TimeTest.times(String(repeating: "May may May 2019 - ", count: 2000))
    let large = TimeTest.times(String(repeating: "May may May 2019 - ", count: 8000))
    #expect(!small.isEmpty)
    #expect(large.count <= 4 * small.count + 4, "2000 repeats: \(small.count) times, 8000 repeats: \(large.count)")
    // Counting numbers are not times, except the four-digit ones that can be years.
    let numbers = TimeTest.times((1...20_000).map(String.init).joined(separator: ", "))
    #expect(numbers.count < 1_200)
    let times = TimeTest.times(String(repeating: "on Monday, March 4, 2019 at 5 p.m. ", count: 500))
    #expect(times.count == 500)
  }
}
