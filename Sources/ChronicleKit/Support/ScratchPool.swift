import Foundation

/// Lists that a stage fills anew for every document, kept from one document to the next.
///
/// A stage's per-document work allocates a few dozen lists (one entry per token, per mention,
/// per trigger) and frees them at the end; made again for the next document, they cost an
/// allocation, a free and, as they grow, copies, and their memory comes back cold. A stage takes
/// a set of lists from its pool for a document (a new, empty set when the pool has none), empties
/// and fills them, and gives them back when done. Each thread running the stage takes its own
/// set, so the pool holds about as many sets as there are threads.
///
/// A set that grew past ``maximumElements`` elements in its longest list (a very long document)
/// is let go rather than kept, so that such a document does not hold its memory for the rest of
/// the run.
///
/// (The sets are plain structures, with no protocol of their own: every conformance record
/// lengthens the runtime's scans of them, which the argument parser makes at start-up. They are
/// moved in and out of the pool, never copied: a copy retains and releases every list a set
/// holds.)
final class ScratchPool<Scratch>: @unchecked Sendable {
  // (A lock and a list rather than a `Mutex`: a value given back is moved into the list, where
  // a `Mutex`'s closure would have to copy it.)
  private let lock = NSLock()
  private var kept: [Scratch] = []
  /// The longest list a kept set may hold room for.
  let maximumElements: Int
  /// At most this many sets are kept (more threads than this make their own).
  let maximumSets: Int

  init(maximumElements: Int = 1 << 16, maximumSets: Int = 64) {
    self.maximumElements = maximumElements
    self.maximumSets = maximumSets
  }

  /// A set of lists, all empty or holding what the last document left (its user empties them),
  /// or a new one from `make`.
  @inline(__always)
  func take(or make: () -> Scratch) -> Scratch {
    lock.lock()
    let taken = kept.popLast()
    lock.unlock()
    return taken ?? make()
  }

  /// Gives back a set taken with ``take(or:)`` for the next document, unless its longest list
  /// has room for more than ``maximumElements`` elements (`largestCapacity`, worked out before
  /// the set is handed over).
  func give(_ scratch: consuming Scratch, largestCapacity: Int) {
    guard largestCapacity <= maximumElements else { return }
    lock.lock()
    defer { lock.unlock() }
    if kept.count < maximumSets { kept.append(scratch) }
  }

  /// How many sets are kept now.
  var keptCount: Int {
    lock.lock()
    defer { lock.unlock() }
    return kept.count
  }
}

extension Array {
  /// The list's storage, emptied, leaving an empty list in its place: for a list taken from a
  /// ``ScratchPool``'s set, so that the set keeps no second reference to it and filling it
  /// needs no copy.
  @inline(__always)
  mutating func takeEmptied() -> [Element] {
    var taken: [Element] = []
    swap(&taken, &self)
    taken.removeAllKeepingCapacity()
    return taken
  }
}
