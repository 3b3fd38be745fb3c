extension Array {
  /// `count` copies of `value`, as `init(repeating:count:)` makes them, but by reserving room
  /// and appending. `init(repeating:count:)` (like `init(unsafeUninitializedCapacity:)`)
  /// allocates through an unspecialized standard-library function that looks the storage type
  /// up in the runtime's metadata tables on every call, about 400 instructions; the stages make
  /// their per-document arrays thousands of times a second.
  @inline(__always)
  init(filled value: Element, count: Int) {
    self.init()
    reserveCapacity(count)
    append(contentsOf: repeatElement(value, count: count))
  }
}
