/// An optional small integer stored in four bytes (`Int32.min` means none), so that time
/// specifications stay small enough to copy cheaply while the chart parser runs.
@propertyWrapper
struct CompactInt: Hashable, Sendable {
  private var raw: Int32 = .min

  init(wrappedValue: Int?) { self.wrappedValue = wrappedValue }

  var wrappedValue: Int? {
    get { raw == .min ? nil : Int(raw) }
    set {
      if let newValue {
        precondition(newValue > Int(Int32.min) && newValue <= Int(Int32.max), "value out of range")
        raw = Int32(newValue)
      } else {
        raw = .min
      }
    }
  }
}
