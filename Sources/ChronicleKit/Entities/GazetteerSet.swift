import Foundation

/// Loads the shipped gazetteers and a user's lists into one compiled matcher.
public enum GazetteerSet {
  /// The shipped entity gazetteers, in the data directory.
  public static let shippedNames = ["curated.tsv", "organizations.tsv", "people.tsv", "places.tsv"]

  /// The paths of the shipped gazetteers that exist in `directory`.
  public static func shippedFiles(in directory: String) throws -> [String] {
    let present = Set(try FileManager.default.contentsOfDirectory(atPath: directory))
    return shippedNames.filter(present.contains).map { directory + "/" + $0 }
  }

  /// Loads and compiles gazetteers: the shipped ones from `directory` (unless `nil`) and the
  /// user's `userFiles`, whose entries win. Returns the matcher and warnings for people. The
  /// compiled matcher is cached (see ``CompiledCache``) and reused while no file changes.
  /// - Throws: ``DataFileError`` naming the file (and line) of a problem.
  public static func load(
    directory: String?, userFiles: [String], skipMalformedLines: Bool = false
  ) throws -> (GazetteerMatcher, [String]) {
    var files: [(String, Bool)] = []
    if let directory {
      do {
        files += try shippedFiles(in: directory).map { ($0, false) }
      } catch {
        throw DataFileError(path: directory, reason: "cannot list the gazetteer directory")
      }
    }
    files += userFiles.map { ($0, true) }
    let settings = "skip=\(skipMalformedLines) user=" + files.map { $0.1 ? "1" : "0" }.joined()
    return try CompiledCache.value(
      kind: "gazetteers", files: files.map(\.0), settings: settings,
      decode: { reader -> (GazetteerMatcher, [String]) in
        let warnings = try (0..<(try reader.count())).map { _ in try reader.string() }
        return (try GazetteerMatcher(serialized: &reader), warnings)
      },
      encode: { value, writer in
        writer.int(value.1.count)
        for warning in value.1 { writer.string(warning) }
        value.0.serialize(to: &writer)
      },
      build: {
        let loader = GazetteerLoader(skipMalformedLines: skipMalformedLines)
        var entries: [GazetteerEntry] = []
        var warnings: [String] = []
        for (path, isUser) in files {
          let loaded = try loader.load(path, isUser: isUser)
          entries += loaded.entries
          warnings += loaded.warnings
        }
        let matcher = GazetteerMatcher(entries: entries)
        return (matcher, warnings + matcher.conflicts)
      })
  }
}
