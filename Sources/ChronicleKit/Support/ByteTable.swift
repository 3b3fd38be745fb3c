/// A value for each of the 256 bytes, read with no bounds check (a byte is always in range):
/// the tokenizer's and the token keys' loops read one for nearly every byte of the text. Built
/// once and kept for the life of the process; never written after it is built.
struct ByteTable<Value>: @unchecked Sendable {
  private let values: UnsafePointer<Value>

  init(_ value: (UInt8) -> Value) {
    let values = UnsafeMutablePointer<Value>.allocate(capacity: 256)
    for byte in 0...255 { (values + byte).initialize(to: value(UInt8(byte))) }
    self.values = UnsafePointer(values)
  }

  @inline(__always)
  subscript(_ byte: UInt8) -> Value { values[Int(byte)] }
}
