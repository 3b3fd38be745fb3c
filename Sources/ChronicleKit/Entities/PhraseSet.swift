/// A set of short phrases (token-key sequences) that finds the longest one starting at a token.
struct PhraseSet: Sendable {
  private var byFirstKey: [UInt64: [[UInt64]]] = [:]

  /// The number of phrases.
  private(set) var count = 0

  /// Adds a phrase given as token keys.
  mutating func insert(_ keys: [UInt64]) {
    guard let first = keys.first else { return }
    var list = byFirstKey[first, default: []]
    guard !list.contains(keys) else { return }
    list.append(keys)
    list.sort { $0.count > $1.count }
    byFirstKey[first] = list
    count += 1
  }

  /// Whether any phrase starts with this key.
  @inline(__always)
  func startsPhrase(_ key: UInt64) -> Bool { byFirstKey[key] != nil }

  /// Every phrase, flattened: each as its length followed by its keys.
  func write(to writer: inout BinaryWriter) {
    var flat: [UInt64] = []
    for first in byFirstKey.keys.sorted() {
      for phrase in byFirstKey[first]! {
        flat.append(UInt64(phrase.count))
        flat.append(contentsOf: phrase)
      }
    }
    writer.array(flat)
  }

  init() {}

  init(from reader: inout BinaryReader) throws {
    let flat = try reader.array(UInt64.self)
    var i = 0
    while i < flat.count {
      let length = Int(truncatingIfNeeded: flat[i])
      guard length > 0, length < flat.count - i else { throw BinaryReader.Truncated() }
      insert(Array(flat[(i + 1)...(i + length)]))
      i += 1 + length
    }
  }

  /// The length in tokens of the longest phrase starting at `start`, within `limit`.
  func longestMatch(_ keys: [UInt64], at start: Int, limit: Int) -> Int? {
    guard let candidates = byFirstKey[keys[start]] else { return nil }
    for phrase in candidates where start + phrase.count <= limit {
      var matched = true
      for k in 1..<phrase.count where keys[start + k] != phrase[k] {
        matched = false
        break
      }
      if matched { return phrase.count }
    }
    return nil
  }
}
