import Foundation

/// The readings of windows parsed before, by everything a parse reads of a window: news repeats
/// its time expressions ("on Monday", "last year", "in 2019"), and a window seen before is not
/// parsed again.
///
/// A parse depends only on the window's atoms (their kind, lexicon word, number, punctuation and
/// flags, not where they are), the atoms just outside it, and whether dates read day first; the
/// grammar is the tagger's own. So a reading found here is exactly the one a parse would build,
/// and output does not depend on what was parsed before. The cache is shared by the threads of
/// a run, holds a bounded number of windows (one per slot of a direct-mapped table, the last
/// one stored wins), and skips windows with more than ``maximumNodes`` readings, so it never
/// holds more than about 50 MB (a few MB for news: its windows have a handful of readings).
final class ChartCache: @unchecked Sendable {
  /// A window's parse: its key, and the chart's readings.
  private struct Entry {
    var key: [UInt64]
    var nodes: [ChartNode]
    var meanings: [Meaning]
    /// The readings the tagger chose (see ``Selection``).
    var selection: Selection
  }

  /// The readings the tagger chose among a window's, and the atoms' spans they were chosen with.
  ///
  /// The choice prefers the readings that cover more text, measured in bytes, so it depends on
  /// the atoms' lengths and the space between them, which the key leaves out: it is kept with
  /// each atom's start and end from the window's start, and reused only for a window whose atoms
  /// lie the same way.
  struct Selection {
    var chosen: [Int]
    var spans: [Int32]

    init(chosen: [Int], atoms: [Atom]) {
      self.chosen = ChartCache.copy(chosen)
      spans = []
      spans.reserveCapacity(2 * atoms.count)
      let base = atoms.first?.start ?? 0
      for atom in atoms {
        spans.append(Int32(truncatingIfNeeded: atom.start - base))
        spans.append(Int32(truncatingIfNeeded: atom.end - base))
      }
    }

    /// Whether `atoms` lie as the window's that this selection was made for.
    func fits(_ atoms: [Atom]) -> Bool {
      guard spans.count == 2 * atoms.count, let base = atoms.first?.start else { return spans.isEmpty && atoms.isEmpty }
      for (i, atom) in atoms.enumerated()
      where Int(spans[2 * i]) != atom.start - base || Int(spans[2 * i + 1]) != atom.end - base {
        return false
      }
      return true
    }
  }

  /// The number of slots (a power of two).
  static let slotCount = 8192
  /// Windows with more readings than this are not kept.
  static let maximumNodes = 24

  private var slots: [Entry?] = Array(repeating: nil, count: ChartCache.slotCount)
  private let lock = NSLock()

  /// Writes the key of the window in `chart` (atoms and context) into `key`, and returns its
  /// hash.
  static func key(of chart: borrowing Chart, into key: inout [UInt64]) -> UInt64 {
    // Sized once and written in place (two words per atom, and per context atom), not
    // appended word by word.
    let atoms = chart.atoms
    key.removeAllKeepingCapacity()
    key.append(contentsOf: repeatElement(0, count: 5 + 2 * atoms.count))
    return key.withUnsafeMutableBufferPointer { key in
      key[0] = chart.dayFirst ? 1 : 0
      (key[1], key[2]) = words(chart.contextBefore)
      (key[3], key[4]) = words(chart.contextAfter)
      var k = 5
      for atom in atoms {
        (key[k], key[k + 1]) = words(atom)
        k += 2
      }
      var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
      for word in key {
        hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 31
      }
      return hash
    }
  }

  /// Two words for an atom (zeros for none): what a parse reads of it.
  @inline(__always)
  private static func words(_ atom: Atom?) -> (UInt64, UInt64) {
    guard let atom else { return (0, 0) }
    return (
      UInt64(UInt32(bitPattern: Int32(truncatingIfNeeded: atom.word))) | UInt64(atom.punct) << 32
        | UInt64(atom.kind.rawValue) << 40 | 1 << 47 | UInt64(atom.flags.rawValue) << 48,
      UInt64(UInt32(bitPattern: Int32(truncatingIfNeeded: atom.number)))
        | UInt64(UInt32(truncatingIfNeeded: atom.digits)) << 32
    )
  }

  /// A copy of `array` in a buffer of its own, of its size (reserved and appended to: see
  /// ``Swift/Array/init(filled:count:)``).
  fileprivate static func copy<Element>(_ array: [Element]) -> [Element] {
    var copy: [Element] = []
    copy.reserveCapacity(array.count)
    copy.append(contentsOf: array)
    return copy
  }

  /// The readings stored for `key`, and the tagger's choice among them, if any.
  func readings(for key: [UInt64], hash: UInt64) -> (nodes: [ChartNode], meanings: [Meaning], selection: Selection)? {
    let slot = Int(truncatingIfNeeded: hash) & (ChartCache.slotCount - 1)
    lock.lock()
    defer { lock.unlock() }
    guard let entry = slots[slot], entry.key == key else { return nil }
    return (entry.nodes, entry.meanings, entry.selection)
  }

  /// Keeps the readings of the window with `key` and the choice among them: copies of their
  /// own, so that the chart's arrays stay its own to reuse for the next window.
  func store(_ key: [UInt64], hash: UInt64, nodes: [ChartNode], meanings: [Meaning], selection: Selection) {
    guard nodes.count <= ChartCache.maximumNodes else { return }
    let slot = Int(truncatingIfNeeded: hash) & (ChartCache.slotCount - 1)
    let entry = Entry(
      key: ChartCache.copy(key), nodes: ChartCache.copy(nodes), meanings: ChartCache.copy(meanings), selection: selection)
    lock.lock()
    slots[slot] = entry
    lock.unlock()
  }
}
