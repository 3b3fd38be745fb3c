import Foundation

/// Finds the directory of shipped data files (`gazetteers/`).
///
/// Looked for, in order: the `CHRONICLE_DATA` environment variable; a `gazetteers` directory
/// beside the executable or in one of its parent directories (so `.build/release/chronicle`
/// finds the checkout's `gazetteers/`), or in `share/chronicle/gazetteers` under one of them
/// (an installed layout such as `/usr/local/bin` + `/usr/local/share/chronicle/gazetteers`);
/// and finally the `gazetteers` directory of the source checkout this library was built from.
public enum DataDirectory {
  /// The name of the file whose presence marks a data directory.
  static let marker = "abbreviations.txt"

  /// The environment variable that names the data directory.
  public static let environmentVariable = "CHRONICLE_DATA"

  /// The data directory, or `nil` when none is found.
  public static func locate() -> String? {
    let fileManager = FileManager.default
    func isDataDirectory(_ path: String) -> Bool {
      fileManager.fileExists(atPath: path + "/" + marker)
    }
    if let path = ProcessInfo.processInfo.environment[environmentVariable], !path.isEmpty {
      return path
    }
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
    var directory = executable.deletingLastPathComponent()
    for _ in 0..<8 {
      for candidate in ["gazetteers", "share/chronicle/gazetteers"] {
        let path = directory.appendingPathComponent(candidate).path
        if isDataDirectory(path) { return path }
      }
      let parent = directory.deletingLastPathComponent()
      if parent.path == directory.path { break }
      directory = parent
    }
    // Sources/ChronicleKit/Support/DataDirectory.swift -> the checkout's gazetteers/
    let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("gazetteers").path
    return isDataDirectory(checkout) ? checkout : nil
  }

  /// The data directory.
  /// - Throws: ``DataFileError`` when no data directory can be found.
  public static func required() throws -> String {
    guard let path = locate() else {
      throw DataFileError(
        path: "gazetteers",
        reason: "data directory not found; set \(environmentVariable) to the directory holding \(marker)")
    }
    return path
  }
}
