import CPrefetch

/// A gazetteer compiled for matching: a token trie whose edges live in one open-addressing hash
/// table keyed by (parent node, token key), so finding every candidate in a sentence is one pass
/// over its tokens with a few table probes each.
///
/// Matching is on whole tokens only ("Paris" never inside "Parisian"), case-sensitive unless an
/// entry is flagged `fold`, and insensitive to curly versus straight apostrophes, dash variants,
/// the periods of dotted abbreviations (U.N. = UN) and Latin diacritics (Yŏngbyŏn = Yongbyon);
/// see ``TokenKey``.
public struct GazetteerMatcher: Sendable {
  /// A gazetteer match: a token span and the entries for it, best first.
  public struct Match: Sendable, Hashable {
    /// The first token of the match (index into the document's tokens).
    public var tokenStart: Int
    /// One past the last token.
    public var tokenEnd: Int
    /// Where the match's entries are listed (see ``GazetteerMatcher/entries(of:)``): a match
    /// holds no references, so collecting and copying matches costs no reference counting.
    var entryRange: Range<Int32>
    var isFold: Bool
    /// The best entry (index into ``GazetteerMatcher/entries``).
    public var best: Int32
  }

  /// A match's entries (indices into ``entries``), best first: user entries, then higher
  /// priority, then by id.
  public func entries(of match: Match) -> ArraySlice<Int32> {
    let range = Int(match.entryRange.lowerBound)..<Int(match.entryRange.upperBound)
    return match.isFold ? foldNodeEntries[range] : nodeEntries[range]
  }

  /// Every entry, after merging duplicates.
  public let entries: GazetteerEntryTable
  /// Surfaces whose entries disagree on the type and involve a user's list, with both sources.
  public let conflicts: [String]

  private var edges: EdgeTable
  private var foldEdges: EdgeTable
  /// For each trie node, its entries: `nodeEntries[nodeStarts[n]..<nodeStarts[n + 1]]`.
  private var nodeStarts: [Int32]
  private var nodeEntries: [Int32]
  private var foldNodeStarts: [Int32]
  private var foldNodeEntries: [Int32]

  /// Compiles entries. Duplicate entries (same surface, type and id) merge: the highest priority
  /// and all flags are kept.
  /// - Complexity: O(n) in the total length of the surfaces.
  public init(entries input: [GazetteerEntry]) {
    var edges = EdgeTable(capacity: input.count)
    var foldEdges = EdgeTable(capacity: 64)
    var lists: [[Int32]] = [[]]
    var foldLists: [[Int32]] = [[]]
    var entries = GazetteerEntryTable()
    let tokenizer = Tokenizer()
    for entry in input {
      var surface = entry.surface
      let fold = entry.flags.contains(.fold)
      let keys: [UInt64] = surface.withUTF8 { bytes in
        tokenizer.tokens(in: bytes).map { token in TokenKey.key(bytes, token.range, case: fold ? .lower : .exact) }
      }
      guard !keys.isEmpty else { continue }
      var node: Int32 = 0
      for key in keys {
        if fold {
          if let child = foldEdges.child(of: node, key: key) {
            node = child
          } else {
            let child = Int32(foldLists.count)
            foldLists.append([])
            foldEdges.insert(parent: node, key: key, child: child)
            node = child
          }
        } else if let child = edges.child(of: node, key: key) {
          node = child
        } else {
          let child = Int32(lists.count)
          lists.append([])
          edges.insert(parent: node, key: key, child: child)
          node = child
        }
      }
      // Merge a duplicate (same type and id at the same node).
      let list = fold ? foldLists[Int(node)] : lists[Int(node)]
      if let existing = list.first(where: { entries.type(Int($0)) == entry.type && entries.id(Int($0)) == entry.id }) {
        entries.merge(entry, into: Int(existing))
        continue
      }
      let index = Int32(entries.count)
      entries.append(entry)
      if fold { foldLists[Int(node)].append(index) } else { lists[Int(node)].append(index) }
    }
    var conflicts: [String] = []
    func rank(_ lists: inout [[Int32]]) {
      for n in lists.indices where lists[n].count > 1 {
        lists[n].sort { a, b in
          let (x, y) = (Int(a), Int(b))
          if entries.isUserEntry(x) != entries.isUserEntry(y) { return entries.isUserEntry(x) }
          if entries.priority(x) != entries.priority(y) { return entries.priority(x) > entries.priority(y) }
          return entries.id(x) < entries.id(y)
        }
        let group = lists[n].map { entries[Int($0)] }
        if group.contains(where: \.isUserEntry), Set(group.map(\.type)).count > 1 {
          let described = group.map { "\($0.type.rawValue) from \($0.source)" }.joined(separator: " and ")
          conflicts.append("'\(group[0].surface)' has conflicting types: \(described); the first wins")
        }
      }
    }
    rank(&lists)
    rank(&foldLists)
    entries.numberEntities()
    self.entries = entries
    self.conflicts = conflicts
    self.edges = edges
    self.foldEdges = foldEdges
    (nodeStarts, nodeEntries) = GazetteerMatcher.flatten(lists)
    (foldNodeStarts, foldNodeEntries) = GazetteerMatcher.flatten(foldLists)
    self.edges.attachEntries(starts: nodeStarts)
    self.foldEdges.attachEntries(starts: foldNodeStarts)
  }

  private static func flatten(_ lists: [[Int32]]) -> ([Int32], [Int32]) {
    var starts: [Int32] = [0]
    var flat: [Int32] = []
    starts.reserveCapacity(lists.count + 1)
    for list in lists {
      flat.append(contentsOf: list)
      starts.append(Int32(flat.count))
    }
    return (starts, flat)
  }

  /// Writes the compiled form, for the cache.
  func serialize(to writer: inout BinaryWriter) {
    entries.write(to: &writer)
    writer.int(conflicts.count)
    for conflict in conflicts { writer.string(conflict) }
    // The node lists come first: the edges are read with them at hand (see `EdgeTable.init`).
    writer.array(nodeStarts)
    writer.array(nodeEntries)
    writer.array(foldNodeStarts)
    writer.array(foldNodeEntries)
    edges.write(to: &writer)
    foldEdges.write(to: &writer)
  }

  /// Restores a compiled form written by ``serialize(to:)``.
  init(serialized reader: inout BinaryReader) throws {
    entries = try GazetteerEntryTable(from: &reader)
    var conflicts: [String] = []
    for _ in 0..<(try reader.count()) { conflicts.append(try reader.string()) }
    self.conflicts = conflicts
    nodeStarts = try reader.array(Int32.self)
    nodeEntries = try reader.array(Int32.self)
    foldNodeStarts = try reader.array(Int32.self)
    foldNodeEntries = try reader.array(Int32.self)
    let count = Int32(entries.count)
    guard GazetteerMatcher.isValid(starts: nodeStarts, entries: nodeEntries, entryCount: count),
      GazetteerMatcher.isValid(starts: foldNodeStarts, entries: foldNodeEntries, entryCount: count)
    else { throw BinaryReader.Truncated() }
    edges = try EdgeTable(from: &reader, starts: nodeStarts)
    foldEdges = try EdgeTable(from: &reader, starts: foldNodeStarts)
  }

  /// Whether node lists read back are whole: starts that rise from 0 to the end of the entries,
  /// and entries that exist.
  private static func isValid(starts: [Int32], entries: [Int32], entryCount: Int32) -> Bool {
    guard starts.first == 0, starts.last.map(Int.init) == entries.count else { return false }
    for i in 1..<starts.count where starts[i] < starts[i - 1] { return false }
    return entries.allSatisfy { $0 >= 0 && $0 < entryCount }
  }

  /// Whether any entry matches regardless of case.
  var hasFoldEntries: Bool { foldEdges.count > 0 }

  /// The number of distinct surfaces (entries after merging).
  public var count: Int { entries.count }

  /// Finds every match that starts at a token in `starts` and ends by `limit`: for each start,
  /// every length that ends an entry. `keys` are the tokens' exact keys; `lowerKeys` their
  /// lower-case keys (for `fold` entries); `alternateKeys`, if given, a second key per token
  /// tried as well (title case, for all-caps text).
  func matches(
    startingIn starts: Range<Int>, limit: Int, keys: [UInt64], lowerKeys: [UInt64]?, alternateKeys: [UInt64]? = nil,
    where canStart: (Int) -> Bool = { _ in true }, into result: inout [Match]
  ) {
    for start in starts where canStart(start) {
      walk(start, limit, keys: keys, alternateKeys: alternateKeys, edges: edges, lists: nodeEntries, isFold: false, into: &result)
      if let lowerKeys, foldEdges.count > 0 {
        walk(start, limit, keys: lowerKeys, alternateKeys: nil, edges: foldEdges, lists: foldNodeEntries, isFold: true, into: &result)
      }
    }
  }

  /// Starts loading the first step of a walk from a token with the exact key `key`, so that
  /// the walks of a document's tokens do not wait for their cache misses one at a time.
  @inline(__always)
  func prefetchStart(_ key: UInt64) { edges.prefetch(from: 0, key: key) }

  /// Starts loading the second step of a walk from a token with the exact key `key`, followed
  /// by a token with the exact key `next`, and the first step's entries. Call it well after
  /// ``prefetchStart(_:)`` for the same token, once that first step is likely in cache.
  @inline(__always)
  func prefetchSecond(_ key: UInt64, _ next: UInt64) {
    guard let step = edges.step(from: 0, key: key) else { return }
    edges.prefetch(from: step.child, key: next)
    if step.entriesCount > 0 {
      nodeEntries.withUnsafeBufferPointer { chronicle_prefetch($0.baseAddress! + Int(step.entriesStart)) }
    }
  }

  private func walk(
    _ start: Int, _ limit: Int, keys: [UInt64], alternateKeys: [UInt64]?, edges: EdgeTable,
    lists: [Int32], isFold: Bool, into result: inout [Match]
  ) {
    @inline(__always) func emit(_ step: EdgeTable.Step, _ end: Int) {
      guard step.entriesCount > 0 else { return }
      result.append(
        Match(
          tokenStart: start, tokenEnd: end, entryRange: step.entriesStart..<(step.entriesStart + step.entriesCount),
          isFold: isFold, best: lists[Int(step.entriesStart)]))
    }
    guard let alternateKeys else {
      // The common case: one key per token, a straight walk down the trie.
      var current: Int32 = 0
      var position = start
      while position < limit, let step = edges.step(from: current, key: keys[position]) {
        position += 1
        emit(step, position)
        current = step.child
      }
      return
    }
    // All-caps text: each token may match as written or in title case.
    var stack: [(node: Int32, position: Int)] = [(0, start)]
    while let (current, position) = stack.popLast() {
      guard position < limit else { continue }
      var steps: [EdgeTable.Step] = []
      if let step = edges.step(from: current, key: keys[position]) { steps.append(step) }
      if alternateKeys[position] != keys[position], let step = edges.step(from: current, key: alternateKeys[position]) {
        steps.append(step)
      }
      for step in steps {
        emit(step, position + 1)
        stack.append((step.child, position + 1))
      }
    }
  }
}

/// The trie's edges: open addressing with linear probing over one array of 16-byte slots, four
/// to a cache line, so that a probe touches one line. The table is far larger than the
/// processor's caches: the entity stage prefetches the first probe of each capitalised word and
/// number (``GazetteerMatcher/prefetchStart(_:)``) long before it walks from them.
///
/// A slot holds one 64-bit hash of the edge's parent node and token key, not the two: like the
/// token keys themselves, edges are equal when their hashes are.
struct EdgeTable: Sendable {
  private struct Slot {
    /// ``edgeKey(_:_:)`` of the edge; 0: the slot is empty.
    var key: UInt64
    /// The child node in the low ``childBits`` bits, and the number of its entries above them
    /// (``manyEntries``: that many or more, counted from `starts`).
    var link: UInt32
    /// Where the child node's entries start in the matcher's entry lists.
    var entriesStart: Int32
  }

  /// A step down the trie: the child node and where its entries are.
  struct Step {
    var child: Int32
    var entriesStart: Int32
    var entriesCount: Int32
  }

  private static let childBits: UInt32 = 26
  private static let childMask: UInt32 = 1 << childBits - 1
  private static let manyEntries: UInt32 = 1 << (32 - childBits) - 1
  /// The most nodes a trie can have: a child's number must fit in its slot.
  static let maximumNodes = Int(childMask) + 1

  private var slots: [Slot]
  private var mask: Int
  /// Each node's first entry, for the entry counts too large for a slot.
  private var starts: [Int32] = []
  private(set) var count = 0

  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Slot](repeating: Slot(key: 0, link: 0, entriesStart: 0), count: size)
    mask = size - 1
  }

  /// The hash that stands for the edge from `parent` along the token key `key` (never 0); its
  /// low bits also choose the slot.
  @inline(__always)
  private static func edgeKey(_ parent: Int32, _ key: UInt64) -> UInt64 {
    var h = key &+ UInt64(UInt32(bitPattern: parent)) &* 0x9E37_79B9_7F4A_7C15
    h ^= h >> 29
    h &*= 0xBF58_476D_1CE4_E5B9
    h ^= h >> 32
    return h == 0 ? 1 : h
  }

  /// The child of `parent` along the token key `key`.
  @inline(__always)
  func child(of parent: Int32, key: UInt64) -> Int32? {
    step(from: parent, key: key)?.child
  }

  /// The step from `parent` along the token key `key`, with the child's entries.
  @inline(__always)
  func step(from parent: Int32, key: UInt64) -> Step? {
    let edge = EdgeTable.edgeKey(parent, key)
    return slots.withUnsafeBufferPointer { slots in
      var index = Int(truncatingIfNeeded: edge) & mask
      while true {
        let slot = slots[index]
        if slot.key == edge {
          let child = Int32(bitPattern: slot.link & EdgeTable.childMask)
          var count = Int32(bitPattern: slot.link >> EdgeTable.childBits)
          if count == Int32(EdgeTable.manyEntries) { count = starts[Int(child) + 1] - starts[Int(child)] }
          return Step(child: child, entriesStart: slot.entriesStart, entriesCount: count)
        }
        if slot.key == 0 { return nil }
        index = (index + 1) & mask
      }
    }
  }

  /// Starts loading the slot where the step from `parent` along `key` begins.
  @inline(__always)
  func prefetch(from parent: Int32, key: UInt64) {
    let index = Int(truncatingIfNeeded: EdgeTable.edgeKey(parent, key)) & mask
    slots.withUnsafeBufferPointer { chronicle_prefetch($0.baseAddress! + index) }
  }

  /// Records in each slot where its child's entries are, and how many.
  mutating func attachEntries(starts: [Int32]) {
    self.starts = starts
    starts.withUnsafeBufferPointer { starts in
      for i in slots.indices where slots[i].key != 0 {
        slots[i] = EdgeTable.attached(key: slots[i].key, child: slots[i].link & EdgeTable.childMask, starts: starts)
      }
    }
  }

  /// A slot for the edge `key` to `child`, with the child's entries from `starts`.
  @inline(__always)
  private static func attached(key: UInt64, child: UInt32, starts: UnsafeBufferPointer<Int32>) -> Slot {
    let count = UInt32(starts[Int(child) + 1] - starts[Int(child)])
    return Slot(key: key, link: child | min(count, manyEntries) << childBits, entriesStart: starts[Int(child)])
  }

  mutating func insert(parent: Int32, key: UInt64, child: Int32) {
    precondition(
      child >= 0 && Int(child) < EdgeTable.maximumNodes,
      "a gazetteer trie holds at most \(EdgeTable.maximumNodes) nodes")
    insert(edge: EdgeTable.edgeKey(parent, key), link: UInt32(child))
  }

  private mutating func insert(edge: UInt64, link: UInt32) {
    if (count + 1) * 2 > slots.count { grow() }
    var index = Int(truncatingIfNeeded: edge) & mask
    while slots[index].key != 0 { index = (index + 1) & mask }
    slots[index] = Slot(key: edge, link: link, entriesStart: 0)
    count += 1
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(key: 0, link: 0, entriesStart: 0), count: old.count * 2)
    mask = slots.count - 1
    count = 0
    for slot in old where slot.key != 0 { insert(edge: slot.key, link: slot.link & EdgeTable.childMask) }
  }

  func write(to writer: inout BinaryWriter) {
    writer.array(slots.map(\.key))
    writer.array(slots.map { $0.link & EdgeTable.childMask })
    writer.int(count)
  }

  /// Reads what ``write(to:)`` wrote, for a trie whose nodes' entries start at `starts` (one
  /// more than the nodes, checked): the slots are built straight from the data read, checked,
  /// and given their children's entries in one pass.
  init(from reader: inout BinaryReader, starts: [Int32]) throws {
    let keys = try reader.arrayBytes(UInt64.self)
    let children = try reader.arrayBytes(UInt32.self)
    count = try reader.int()
    let size = keys.count
    let nodeCount = starts.count - 1
    guard size >= 16, size & (size - 1) == 0, children.count == size, nodeCount <= EdgeTable.maximumNodes else {
      throw BinaryReader.Truncated()
    }
    mask = size - 1
    self.starts = starts
    var valid = true
    slots = starts.withUnsafeBufferPointer { starts in
      [Slot](unsafeUninitializedCapacity: size) { slots, initialized in
        for i in 0..<size {
          let key = keys.bytes.loadUnaligned(fromByteOffset: i &* 8, as: UInt64.self)
          let child = children.bytes.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self)
          var slot = Slot(key: key, link: child, entriesStart: 0)
          if key != 0 {
            // nodeCount <= maximumNodes, so a child below it fits the slot's child bits.
            if Int(child) < nodeCount {
              slot = EdgeTable.attached(key: key, child: child, starts: starts)
            } else {
              valid = false
            }
          }
          (slots.baseAddress! + i).initialize(to: slot)
        }
        initialized = size
      }
    }
    guard valid else { throw BinaryReader.Truncated() }
  }
}
