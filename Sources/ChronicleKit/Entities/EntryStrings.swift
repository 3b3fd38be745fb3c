import Synchronization

/// The ids and names of a gazetteer's entries as strings, made once and kept.
///
/// The same entities come up in document after document, and making a string from the
/// gazetteer's bytes costs several hundred instructions (checking, allocating, copying) and its
/// release a free; a kept one costs a lookup and a retain. One instance serves every thread that
/// runs the entity stage, behind a lock; it keeps at most `limit` entries, so that its memory
/// does not grow with the input.
final class EntryStrings: Sendable {
  private struct Kept {
    /// Entry index + 2 (``KeyTable`` keeps 0 and 1 apart from no key) → position in `strings`.
    var positions = KeyTable(capacity: 1024)
    var strings: [(id: String, name: String)] = []
  }

  private let kept = Mutex(Kept())
  private let limit: Int

  init(limit: Int = 1 << 16) {
    self.limit = limit
  }

  /// The id and name of entry `entry` of `table`, which must be the table this instance has
  /// always been asked about (the entity stage's one gazetteer).
  func idAndName(of entry: Int, in table: GazetteerEntryTable) -> (id: String, name: String) {
    let key = UInt64(entry) + 2
    if let found = kept.withLock({ kept in kept.positions[key].map { kept.strings[Int($0)] } }) {
      return found
    }
    let made = (id: table.id(entry), name: table.name(entry))
    kept.withLock { kept in
      guard kept.strings.count < limit, kept.positions[key] == nil else { return }
      kept.positions.update(key, UInt64(kept.strings.count)) { $1 }
      kept.strings.append(made)
    }
    return made
  }
}
