#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Reads back what ``TimelineEncoder`` wrote as JSON Lines — the mentions of each event — so
/// timelines built on several machines can be merged into one (`chronicle merge`).
public enum TimelineDecoder {
  /// A record that is not a timeline event.
  public struct Malformed: Error, CustomStringConvertible, Sendable {
    public var reason: String
    public var description: String { reason }
  }

  /// Reads the mentions of every record of timeline JSON Lines files (`-` or no path: standard
  /// input). A malformed record is reported as `path:line: reason` and skipped.
  public static func mentions(paths: [String]) -> (mentions: [TimelineMention], failures: [InputFailure]) {
    var mentions: [TimelineMention] = []
    var failures: [InputFailure] = []
    for path in paths.isEmpty ? ["-"] : paths {
      let descriptor: Int32 = path == "-" ? 0 : open(path, O_RDONLY)
      guard descriptor >= 0 else {
        failures.append(InputFailure(location: path, reason: String(cString: strerror(errno))))
        continue
      }
      defer { if descriptor != 0 { close(descriptor) } }
      let label = path == "-" ? "stdin" : path
      let reader = LineReader(descriptor: descriptor)
      while let result: Result<[TimelineMention], InputFailure> = reader.nextLine({ line in
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return .success([]) }
        do {
          return .success(try TimelineDecoder.mentions(from: line))
        } catch {
          return .failure(InputFailure(location: "\(label):\(reader.lineNumber)", reason: "\(error)"))
        }
      }) {
        switch result {
        case .success(let found): mentions += found
        case .failure(let failure): failures.append(failure)
        }
      }
      if let error = reader.readError { failures.append(InputFailure(location: label, reason: "read error: \(error)")) }
    }
    return (mentions, failures)
  }

  /// The mentions of one JSON Lines record.
  public static func mentions(from line: UnsafeBufferPointer<UInt8>) throws -> [TimelineMention] {
    var parser = JSONParser(bytes: line)
    let value = try parser.parseDocument()
    guard let list = value["mentions"]?.arrayValue else { throw Malformed(reason: "no \"mentions\" array") }
    return try list.map(mention)
  }

  private static func string(_ value: JSONValue?, _ name: String) throws -> String {
    guard let text = value?.stringValue else { throw Malformed(reason: "\"\(name)\" is not a string") }
    return text
  }

  private static func int(_ value: JSONValue?, _ name: String) throws -> Int {
    guard let number = value?.intValue else { throw Malformed(reason: "\"\(name)\" is not an integer") }
    return number
  }

  private static func mention(_ value: JSONValue) throws -> TimelineMention {
    guard let trigger = value["trigger"] else { throw Malformed(reason: "a mention has no \"trigger\"") }
    var date: EventDate?
    if let text = value["date"]?.stringValue {
      guard let precision = TimexPrecision(rawValue: try string(value["precision"], "precision")),
        let source = EventDate.Source(rawValue: try string(value["dateSource"], "dateSource"))
      else { throw Malformed(reason: "a mention's date has an unknown precision or source") }
      date = EventDate(
        value: text, precision: precision, begin: value["range"]?["begin"]?.stringValue,
        end: value["range"]?["end"]?.stringValue, source: source, time: nil)
    }
    var time: TimelineMention.TimeText?
    if let t = value["time"], case .object = t {
      time = TimelineMention.TimeText(start: try int(t["start"], "time.start"), end: try int(t["end"], "time.end"), text: try string(t["text"], "time.text"))
    }
    guard let pos = EventLexicon.PartOfSpeech(rawValue: try string(trigger["pos"], "pos")) else {
      throw Malformed(reason: "unknown part of speech")
    }
    let participants = try (value["arguments"]?.arrayValue ?? []).map(argument)
    var place: TimelineMention.Argument?
    if let p = value["place"], case .object = p { place = try argument(p) }
    return TimelineMention(
      document: try string(value["document"], "document"), eventID: try string(value["event"], "event"),
      sentence: try int(value["sentence"], "sentence"), sentenceStart: try int(value["sentenceStart"], "sentenceStart"),
      sentenceEnd: try int(value["sentenceEnd"], "sentenceEnd"), sentenceText: try string(value["sentenceText"], "sentenceText"),
      triggerStart: try int(trigger["start"], "trigger.start"), triggerEnd: try int(trigger["end"], "trigger.end"),
      triggerText: try string(trigger["text"], "trigger.text"), lemma: try string(trigger["lemma"], "lemma"),
      partOfSpeech: pos, eventClass: try string(trigger["class"], "class"), date: date, time: time,
      participants: participants, place: place, confidence: value["confidence"]?.doubleValue ?? 0)
  }

  private static func argument(_ value: JSONValue) throws -> TimelineMention.Argument {
    guard let type = EntityType(rawValue: try string(value["type"], "type")),
      let role = EventArgument.Role(rawValue: try string(value["role"], "role"))
    else { throw Malformed(reason: "an argument has an unknown type or role") }
    return TimelineMention.Argument(
      entityID: value["entity"]?.stringValue, name: try string(value["name"], "name"), type: type, role: role,
      start: try int(value["start"], "start"), end: try int(value["end"], "end"), text: try string(value["text"], "text"))
  }
}
