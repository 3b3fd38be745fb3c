extension Array {
  /// Calls `body` with each element where the list stores it, in order, without copying it.
  ///
  /// An element read out of a list is copied, even into a `borrowing` parameter: the compiler
  /// cannot tell that the list's storage stays unchanged during the call, so it retains every
  /// string and list the element holds, and releases them after. An `inout` parameter is the
  /// element's address instead. The writers of large values (an event holds a dozen strings)
  /// read them this way.
  ///
  /// `body` must only read the element: the storage may be shared with other copies of the
  /// list, which a change would reach.
  @inline(__always)
  func forEachInPlace(_ body: (inout Element) throws -> Void) rethrows {
    try withUnsafeBufferPointer { buffer in
      let elements = UnsafeMutableBufferPointer(mutating: buffer)
      for index in elements.indices { try body(&elements[index]) }
    }
  }
}

extension Array {
  /// Empties the list and keeps its storage for reuse, as `removeAll(keepingCapacity: true)`
  /// does, but only when there is something to remove: that call costs about 75 instructions
  /// even on an empty list (it replaces the whole range with an empty collection), and the
  /// stages empty their scratch lists for every sentence, window and trigger, most of them
  /// empty already.
  @inline(__always)
  mutating func removeAllKeepingCapacity() {
    if !isEmpty { removeAll(keepingCapacity: true) }
  }
}
