import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A cache of compiled data (the gazetteer matcher), keyed by the path, size and modification
/// time of every source file, so it is rebuilt automatically when a source changes.
///
/// The cache lives in `$CHRONICLE_CACHE`, else `$XDG_CACHE_HOME/chronicle`, else
/// `~/.cache/chronicle`; `CHRONICLE_CACHE=off` disables it. Entries are written to a temporary
/// file and renamed into place, so concurrent runs never read a half-written entry; a
/// corrupt or unreadable entry is simply rebuilt. Each kind keeps at most
/// ``maximumEntriesPerKind`` entries: a hit marks its entry as used, and storing a new one
/// removes the least recently used beyond that, so the cache does not grow with every checkout
/// or changed file.
enum CompiledCache {
  /// How many entries of one kind are kept (different data directories or user gazetteers).
  static let maximumEntriesPerKind = 4

  /// Bumped whenever the compiled format changes.
  static let formatVersion = 13

  /// The cache directory, or `nil` when caching is off or no home is known.
  static var directory: String? {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["CHRONICLE_CACHE"], !path.isEmpty {
      return path == "off" ? nil : path
    }
    if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/chronicle" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/chronicle" }
    return nil
  }

  /// The cache key of a kind of data built from `files` with `settings`, or `nil` when a file
  /// cannot be examined.
  static func key(kind: String, files: [String], settings: String) -> String? {
    var hasher = TokenKey.Hasher()
    func add(_ text: String) {
      for byte in text.utf8 { hasher.add(byte) }
      hasher.add(0)
    }
    add("\(kind) v\(formatVersion) \(settings)")
    for file in files {
      var info = stat()
      guard stat(file, &info) == 0 else { return nil }
      let absolute = URL(fileURLWithPath: file).standardizedFileURL.path
      add("\(absolute) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)")
    }
    return kind + "-" + String(hasher.value, radix: 16)
  }

  /// The cached bytes for `key`, if present: mapped into memory, or read where the file system
  /// cannot map files.
  static func load(_ key: String) -> ByteStore? {
    guard let directory else { return nil }
    let path = directory + "/" + key + ".bin"
    guard let bytes = ByteStore.mapping(path) ?? FileBytes.contents(of: path).map(ByteStore.init) else { return nil }
    utimes(path, nil)  // used now: the least recently used entries are the ones pruned
    return bytes
  }

  /// The value compiled from `files`: read from the cache when it holds an entry for exactly
  /// these files and settings, else built with `build`, stored, and returned.
  static func value<T>(
    kind: String, files: [String], settings: String = "",
    decode: (inout BinaryReader) throws -> T, encode: (T, inout BinaryWriter) -> Void, build: () throws -> T
  ) throws -> T {
    let key = self.key(kind: kind, files: files, settings: settings)
    if let key, let bytes = load(key) {
      var reader = BinaryReader(bytes)
      if let value = try? decode(&reader), reader.isAtEnd { return value }
    }
    let value = try build()
    if let key {
      var writer = BinaryWriter()
      encode(value, &writer)
      store(key, kind: kind, writer.bytes)
    }
    return value
  }

  /// Stores bytes for `key`; failures (a read-only disk) are ignored: the cache is an optimisation.
  static func store(_ key: String, kind: String, _ bytes: [UInt8]) {
    guard let directory else { return }
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let temporary = directory + "/.\(key).\(getpid()).tmp"
    guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else { return }
    if rename(temporary, directory + "/" + key + ".bin") != 0 {
      unlink(temporary)
      return
    }
    prune(kind: kind, in: directory)
  }

  /// Removes the entries of a kind beyond the ``maximumEntriesPerKind`` most recently used.
  /// Another run may be reading one of them: it has the bytes already, or it rebuilds.
  static func prune(kind: String, in directory: String) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
    var entries: [(name: String, used: Int)] = []
    for name in names where name.hasPrefix(kind + "-") && name.hasSuffix(".bin") {
      // The kind's own entries only: "<kind>-<hex>.bin".
      let hash = name.dropFirst(kind.count + 1).dropLast(4)
      guard !hash.isEmpty, hash.allSatisfy(\.isHexDigit) else { continue }
      var info = stat()
      guard stat(directory + "/" + name, &info) == 0 else { continue }
      entries.append((name, info.st_mtim.tv_sec * 1_000_000_000 + info.st_mtim.tv_nsec))
    }
    guard entries.count > maximumEntriesPerKind else { return }
    entries.sort { $0.used != $1.used ? $0.used > $1.used : $0.name < $1.name }
    for entry in entries.dropFirst(maximumEntriesPerKind) { unlink(directory + "/" + entry.name) }
  }
}
