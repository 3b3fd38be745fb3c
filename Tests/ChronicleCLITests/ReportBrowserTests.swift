import Foundation
import Testing

/// Headless Chromium, when it is installed (Debian's `chromium` package; `.ci/run` installs it).
enum Browser {
  /// The browser's executable on PATH, if any.
  static let executable: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for name in ["chromium", "chromium-browser"] {
      for directory in path.split(separator: ":") {
        let candidate = directory + "/" + name
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    return nil
  }()

  /// Where the reports and screenshots of a test run are kept for people to look at.
  static let outputDirectory: String = {
    let directory = CLITests.root + "/.build/reports"
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    return directory
  }()

  /// Runs the browser headless on `url` with `arguments` (`--dump-dom`, `--screenshot=…`) and
  /// returns its standard output. Virtual time lets the page's animation frames and timers run
  /// before the DOM is taken.
  static func run(_ url: String, _ arguments: [String], windowSize: String = "1400,900") throws
    -> String
  {
    let profile = NSTemporaryDirectory() + "chronicle-chromium-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: profile) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable!)
    process.arguments =
      [
        "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=" + windowSize, "--virtual-time-budget=10000",
      ] + arguments + [url]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    // A browser that hangs must not hang the tests.
    let deadline = DispatchTime.now() + .seconds(120)
    DispatchQueue.global().asyncAfter(deadline: deadline) {
      if process.isRunning { process.terminate() }
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// The DOM of the page at `url` once its script has run.
  static func dom(_ url: String, windowSize: String = "1400,900") throws -> String {
    try run(url, ["--dump-dom"], windowSize: windowSize)
  }
}

/// The HTML report, rendered by a real browser.
@Suite(
  "HTML report in a browser", .serialized,
  .enabled(
    if: Browser.executable != nil,
    "needs chromium or chromium-browser on PATH (Debian: apt-get install chromium)"))
struct ReportBrowserTests {
  /// All the matches of `pattern` in `text`, each as its capture groups.
  static func matches(_ pattern: String, in text: String) throws -> [[String]] {
    let regex = try NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
    let string = text as NSString
    return regex.matches(in: text, range: NSRange(location: 0, length: string.length)).map {
      match in
      (1..<match.numberOfRanges).map { i in
        match.range(at: i).location == NSNotFound ? "" : string.substring(with: match.range(at: i))
      }
    }
  }

  /// The `<html>` element's attributes: the page writes its status there.
  static func status(_ dom: String) throws -> [String: String] {
    let tag = try #require(try matches("<html([^>]*)>", in: dom).first?.first)
    var attributes: [String: String] = [:]
    for pair in try matches(#"([a-z-]+)="([^"]*)""#, in: tag) { attributes[pair[0]] = pair[1] }
    return attributes
  }

  /// Checks that the page finished without a script error.
  static func expectReady(_ dom: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let attributes = try status(dom)
    #expect(
      attributes["data-status"] == "ready", "page status: \(attributes)",
      sourceLocation: sourceLocation)
    #expect(attributes["data-errors"] == nil, sourceLocation: sourceLocation)
    #expect(
      dom.contains(#"<pre id="errors" class="errors" role="alert" hidden="">"#),
      sourceLocation: sourceLocation)
  }

  /// The Hanoi sample's report, written once, and its timeline as JSON for comparison.
  static let hanoiReport: Result<(path: String, json: Data), CLIFailure> = {
    let path = Browser.outputDirectory + "/hanoi.html"
    let arguments = ["timeline", "samples/hanoi-summit.txt", "--reference-date", "2019-02-28"]
    do {
      let report = try CLITests.run(arguments + ["--format", "html", "-o", path])
      guard report.status == 0 else { return .failure(CLIFailure(message: report.stderr)) }
      let json = try CLITests.run(arguments + ["--format", "json"])
      guard json.status == 0 else { return .failure(CLIFailure(message: json.stderr)) }
      return .success((path, Data(json.stdout.utf8)))
    } catch {
      return .failure(CLIFailure(message: "\(error)"))
    }
  }()

  /// Why running `chronicle` failed.
  struct CLIFailure: Error {
    var message: String
  }

  static func hanoi() throws -> (path: String, timeline: [[String: Any]]) {
    let (path, json) = try hanoiReport.get()
    let timeline = try #require(try JSONSerialization.jsonObject(with: json) as? [[String: Any]])
    return (path, timeline)
  }

  @Test(
    "the Hanoi report: every event as a card, in the timeline's date order, and no script errors")
  func hanoiTimeline() throws {
    let (path, timeline) = try Self.hanoi()
    // A tall window, so that the virtual list renders every card.
    let dom = try Browser.dom("file://" + path, windowSize: "1400,8000")
    try Self.expectReady(dom)
    #expect(try Self.status(dom)["data-events"] == String(timeline.count))
    let cards = try Self.matches(
      #"<article class="card[^"]*" id="card-(\d+)".*?data-begin="(\d*)" data-date="([^"]*)".*?<span class="trigger">([^<]*)</span>"#,
      in: dom)
    #expect(cards.count == timeline.count)
    // The same events in the same order as `chronicle timeline --format json`.
    #expect(cards.map { $0[3] } == timeline.map { $0["trigger"] as? String ?? "" })
    #expect(cards.map { $0[2] } == timeline.map { $0["date"] as? String ?? "" })
    #expect(cards.map { Int($0[0]) } == Array(timeline.indices))
    // Dated events sit on the axis in date order.
    let begins = cards.compactMap { Int($0[1]) }
    #expect(begins.count >= 10)
    #expect(begins == begins.sorted())
    #expect(dom.contains("Wed 27 Feb 2019"))
    #expect(dom.contains("June 2018"))
    // The axis drew the dated events and the list has its undated section.
    #expect(
      try Self.matches(#"<rect [^>]*class="bar[^"]*"[^>]*data-event="(\d+)""#, in: dom).count >= 5)
    #expect(dom.contains("Undated events ("))
  }

  @Test("the Hanoi report: mentions and times highlighted by type in the document, with a legend")
  func hanoiDocument() throws {
    let (path, _) = try Self.hanoi()
    let dom = try Browser.dom("file://" + path + "#documents")
    try Self.expectReady(dom)
    let marks = try Self.matches(#"<mark class="([a-zA-Z-]+)[^"]*"[^>]*>([^<]*)</mark>"#, in: dom)
    let byClass = Dictionary(grouping: marks, by: { $0[0] })
    #expect((byClass["ent-PERSON"]?.count ?? 0) >= 9)
    #expect((byClass["ent-LOCATION"]?.count ?? 0) >= 9)
    #expect((byClass["ent-ORGANIZATION"]?.count ?? 0) >= 3)
    #expect((byClass["time-DATE"]?.count ?? 0) >= 3)
    #expect((byClass["trigger"]?.count ?? 0) >= 20)
    #expect(marks.contains { $0 == ["ent-PERSON", "Donald Trump"] })
    #expect(marks.contains { $0 == ["ent-PERSON", "Ri Yong Ho"] })
    #expect(marks.contains { $0 == ["time-DATE", "Wednesday"] })
    #expect(marks.contains { $0 == ["ent-LOCATION", "Hanoi"] })
    #expect(dom.contains(#"data-label="PER""#) && dom.contains(#"data-label="DATE""#))
    // The legend names every type.
    for title in ["People", "Places", "Organizations", "Dates", "Event triggers"] {
      #expect(dom.contains(">\(title)</span>"), "legend: \(title)")
    }
  }

  @Test(
    "the Hanoi report: an event opens on its sentence with trigger, participants, place and time highlighted; screenshot"
  )
  func hanoiEvidence() throws {
    let (path, timeline) = try Self.hanoi()
    let index = try #require(timeline.firstIndex { $0["trigger"] as? String == "sat down" })
    let url = "file://" + path + "#event/\(index)"
    let dom = try Browser.dom(url)
    try Self.expectReady(dom)
    #expect(
      dom.contains(
        #"<div id="source-panel" class="source-panel" role="dialog" aria-labelledby="source-title">"#
      ))
    let sentence = try #require(
      try Self.matches(#"<span class="focus-sentence">(.*?)</span>"#, in: dom).first?.first)
    let evidence = try Self.matches(
      #"<mark class="ev ev-([a-z]+)[^"]*" data-label="([A-Z]+)"[^>]*>([^<]*)</mark>"#, in: dom)
    let found = Set(evidence.map { $0[1] + " " + $0[2] })
    #expect(
      found.isSuperset(of: [
        "TRIGGER sat down", "AGENT Trump", "PATIENT Kim", "PLACE Hanoi", "WHEN Wednesday",
      ]), "\(found)")
    #expect(sentence.contains("sat down"))
    #expect(dom.contains("Donald Trump</button> (agent)"))
    // A screenshot of the same view, for people to look at (docs/report-hanoi.png is one).
    let screenshot = Browser.outputDirectory + "/hanoi.png"
    try? FileManager.default.removeItem(atPath: screenshot)
    _ = try Browser.run(url, ["--screenshot=" + screenshot])
    let size = (try FileManager.default.attributesOfItem(atPath: screenshot)[.size] as? Int) ?? 0
    #expect(size > 20_000, "screenshot at \(screenshot)")
  }

  @Test("the Hanoi report: the entity index lists entities by type with their counts and links")
  func hanoiEntities() throws {
    let (path, timeline) = try Self.hanoi()
    let dom = try Browser.dom("file://" + path + "#entities")
    try Self.expectReady(dom)
    for title in ["People", "Places", "Organizations"] {
      #expect(dom.contains(">\(title)<span class=\"n\">"))
    }
    let trumpEvents = timeline.filter { event in
      ((event["participants"] as? [[String: Any]]) ?? []).contains {
        $0["name"] as? String == "Donald Trump"
      }
        || (event["place"] as? [String: Any])?["name"] as? String == "Donald Trump"
    }.count
    let row = try #require(
      try Self.matches(#"<li class="entity-row" data-entity="\d+">(.*?)</li>"#, in: dom).first {
        $0[0].contains(">Donald Trump<")
      }?.first)
    #expect(row.contains("wikidata:Q22686"))
    #expect(row.contains(">9 mentions<"))
    #expect(row.contains(">Timeline · \(trumpEvents) events<"))
  }

  @Test("a document whose text holds <script> and quotes is shown as text")
  func hostileDocument() throws {
    let input = Browser.outputDirectory + "/hostile.jsonl"
    let text =
      "Kim Jong Un met Donald Trump in Hanoi on Wednesday. </script><script>document.title='owned'</script> "
      + "Then \"no deal\" & <b>bold</b> <img src=x onerror=\"document.title='owned'\"> at once.\u{2028}Done."
    let record: [String: Any] = [
      "id": "<img src=y onerror=alert(1)>\"", "text": text, "date": "2019-02-28",
    ]
    try JSONSerialization.data(withJSONObject: record).write(to: URL(fileURLWithPath: input))
    let path = Browser.outputDirectory + "/hostile.html"
    let result = try CLITests.run(["extract", input, "--format", "html", "-o", path])
    #expect(result.status == 0, "\(result.stderr)")
    let dom = try Browser.dom("file://" + path + "#documents")
    try Self.expectReady(dom)
    // Only the page's own elements: its two scripts, no image, no bold.
    #expect(dom.components(separatedBy: "<script").count - 1 == 2)
    #expect(!dom.contains("<img") && !dom.contains("<b>"))
    #expect(!dom.contains("<title>owned"))
    // The markup-like text is in the page as text.
    // ("document" is an event trigger, so it is highlighted: the text around it is checked.)
    #expect(dom.contains("Wednesday</mark>. &lt;/script&gt;&lt;script&gt;"))
    #expect(dom.contains(".title='owned'&lt;/script&gt; Then \"no "))
    #expect(
      dom.contains(
        "&amp; &lt;b&gt;bold&lt;/b&gt; &lt;img src=x onerror=\"document.title='owned'\"&gt;"))
    #expect(
      dom.contains(#"<h2 id="doc-title" tabindex="-1">&lt;img src=y onerror=alert(1)&gt;"</h2>"#))
  }
}
