/// One stage of the pipeline: reads some layers of a document and adds one.
///
/// Annotators hold no per-document state, so the same document gives the same output alone or
/// in any batch, in any order, on any number of threads.
public protocol Annotator: Sendable {
  /// A short name for messages ("sentences", "entities").
  var name: String { get }
  /// The layers the stage reads; they must be added by earlier stages.
  var requires: Layers { get }
  /// The layers the stage adds.
  var provides: Layers { get }
  /// Adds the stage's layers to `document`.
  func annotate(_ document: inout Document) throws
}
