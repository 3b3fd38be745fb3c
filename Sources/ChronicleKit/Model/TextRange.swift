/// A half-open range of **UTF-8 byte offsets** into a document's text.
///
/// Every offset inside Chronicle is a UTF-8 byte offset: ICU reports them directly over UTF-8
/// text, and slicing the text's UTF-8 view by them is constant time. Output converts them to the
/// unit a user asks for (Unicode code points by default) with ``OffsetConverter``.
public struct TextRange: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The first byte of the range (UTF-8 offset).
  public var start: Int
  /// One past the last byte of the range (UTF-8 offset).
  public var end: Int

  /// Creates a range; `start` must not exceed `end`.
  @inlinable
  public init(start: Int, end: Int) {
    precondition(start <= end, "TextRange start \(start) after end \(end)")
    self.start = start
    self.end = end
  }

  /// The number of bytes covered.
  @inlinable public var length: Int { end - start }

  /// Whether the range covers no bytes.
  @inlinable public var isEmpty: Bool { start == end }

  /// Whether `other` lies entirely inside this range.
  @inlinable
  public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }

  /// Whether the byte at `offset` lies inside this range.
  @inlinable
  public func contains(offset: Int) -> Bool { start <= offset && offset < end }

  /// Whether the two ranges share at least one byte.
  @inlinable
  public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

  /// Orders by start, then by end.
  @inlinable
  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
  }

  public var description: String { "\(start)..<\(end)" }
}
