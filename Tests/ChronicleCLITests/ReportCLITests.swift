import Foundation
import Testing

/// `--format html` on every command, without a browser: the page and its embedded data.
@Suite("chronicle --format html", .serialized)
struct ReportCLITests {
  /// The data embedded in a report page.
  static func data(_ page: String) throws -> [String: Any] {
    let opener = #"<script type="application/json" id="report-data">"#
    let start = try #require(page.range(of: opener)).upperBound
    let end = try #require(page.range(of: "</script>", range: start..<page.endIndex)).lowerBound
    let object = try JSONSerialization.jsonObject(with: Data(page[start..<end].utf8))
    return try #require(object as? [String: Any])
  }

  @Test(
    "every per-document command writes a report of the layers it computes",
    arguments: [
      ("sentences", ["sentences"], false), ("entities", ["entities"], false),
      ("times", ["times"], false),
      ("extract", ["entities", "times", "events"], true),
    ])
  func perDocument(_ example: (command: String, layers: [String], events: Bool)) throws {
    let result = try CLITests.run([
      example.command, "samples/hanoi-summit.txt", "--reference-date", "2019-02-28", "--format",
      "html",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("<!doctype html>"))
    let data = try Self.data(result.stdout)
    let layers = try #require(data["layers"] as? [String])
    #expect(Set(example.layers).isSubset(of: Set(layers)))
    #expect((data["documents"] as? [Any])?.count == 1)
    let events = try #require(data["events"] as? [Any])
    #expect(events.isEmpty == !example.events)
  }

  @Test("chronicle merge --format html: the events with their sentences, and the filters named")
  func merge() throws {
    let shard = try CLITests.run([
      "timeline", "samples/hanoi-summit.txt", "--reference-date", "2019-02-28", "--format", "jsonl",
    ])
    #expect(shard.status == 0)
    let result = try CLITests.run(
      ["merge", "--format", "html", "--dated-only"], stdin: shard.stdout)
    #expect(result.status == 0, "\(result.stderr)")
    let data = try Self.data(result.stdout)
    #expect((data["documents"] as? [Any])?.isEmpty == true)
    let events = try #require(data["events"] as? [[String: Any]])
    let dated = try CLITests.jsonLines(shard.stdout).filter { $0["date"] is String }
    #expect(!dated.isEmpty)
    #expect(events.count == dated.count)
    #expect(events.allSatisfy { $0["date"] is String })
    let mention = try #require((events.first?["mentions"] as? [[Any]])?.first)
    #expect(mention[0] as? Int == -1)
    #expect((mention[13] as? String)?.isEmpty == false)
    #expect((data["notes"] as? [String])?.contains { $0.contains("--dated-only") } == true)
  }
}
