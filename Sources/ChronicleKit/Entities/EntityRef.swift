/// An entity within one document's recognition: a gazetteer entity (by the number its entries
/// share) or a name that a rule found (by a hash of its type and tokens). Comparing these is
/// cheap; the id strings are made once per entity, for the output.
struct EntityRef: Hashable {
  enum Kind: UInt8 {
    case gazetteer
    case rule
  }

  var kind: Kind
  var value: UInt64

  /// One 64-bit key per entity, for ``KeyTable``: a gazetteer entity's number plus 2 (below
  /// 2³² + 2, and never the 0 or 1 that the table cannot tell apart), or a rule's hash with its
  /// top bit set.
  var key: UInt64 { kind == .gazetteer ? value &+ 2 : value | 1 << 63 }
}
