import Dispatch

/// An ordered list of annotators, checked once when it is built so that every stage finds the
/// layers it needs.
public struct Pipeline: Sendable {
  /// A pipeline whose stages are out of order.
  public struct OrderError: Error, CustomStringConvertible, Sendable {
    /// The stage that lacks an input layer.
    public var stage: String
    /// The layers it needs that no earlier stage provides.
    public var missing: Layers
    public var description: String {
      "stage '\(stage)' needs \(missing), which no earlier stage provides"
    }
  }

  /// The stages, in the order they run.
  public let annotators: [any Annotator]
  /// Every layer the pipeline adds.
  public let provides: Layers
  /// Problems met while building the pipeline that did not stop it, for people to read.
  public var notes: [String] = []

  /// Builds a pipeline, checking that each stage's required layers come from an earlier stage
  /// (or are already present on the documents, as given by `initialLayers`).
  public init(_ annotators: [any Annotator], initialLayers: Layers = []) throws {
    var available = initialLayers
    for annotator in annotators {
      let missing = annotator.requires.subtracting(available)
      guard missing.isEmpty else { throw OrderError(stage: annotator.name, missing: missing) }
      available.formUnion(annotator.provides)
    }
    self.annotators = annotators
    self.provides = available
  }

  /// Runs every stage on `document`, in order.
  public func process(_ document: inout Document) throws {
    for annotator in annotators {
      try annotator.annotate(&document)
      document.layers.formUnion(annotator.provides)
    }
  }

  /// Runs every stage on each of `documents`, stage by stage: the first stage on all of them,
  /// then the next. A stage's word lists and tables then stay in the processor's caches from
  /// one document to the next, where running each document through every stage in turn would
  /// evict them; for a few dozen news articles this is several per cent faster. The output is
  /// the same as ``process(_:)`` on each document.
  ///
  /// A document whose stage throws is not given to the later stages; the others go on.
  /// - Returns: for each document, the error that stopped it, or `nil`.
  public func process(_ documents: inout [Document]) -> [(any Error)?] {
    var timing: [UInt64]? = nil
    return process(&documents, timing: &timing)
  }

  /// Runs every stage on each of `documents`, stage by stage, as above, and adds the nanoseconds
  /// each stage took over all of them to `nanoseconds` (one element per annotator, in order; it
  /// is sized to match).
  public func process(_ documents: inout [Document], timing nanoseconds: inout [UInt64]) -> [(any Error)?] {
    var timing: [UInt64]? = nanoseconds
    defer { nanoseconds = timing! }
    return process(&documents, timing: &timing)
  }

  private func process(_ documents: inout [Document], timing: inout [UInt64]?) -> [(any Error)?] {
    var errors = [(any Error)?](repeating: nil, count: documents.count)
    if timing != nil && timing!.count != annotators.count {
      timing = [UInt64](repeating: 0, count: annotators.count)
    }
    for (index, annotator) in annotators.enumerated() {
      let start = timing == nil ? 0 : DispatchTime.now().uptimeNanoseconds
      for d in documents.indices where errors[d] == nil {
        do {
          try annotator.annotate(&documents[d])
          documents[d].layers.formUnion(annotator.provides)
        } catch {
          errors[d] = error
        }
      }
      if timing != nil { timing![index] += DispatchTime.now().uptimeNanoseconds - start }
    }
    return errors
  }

  /// Runs every stage on a copy of `document` and returns it.
  public func processed(_ document: Document) throws -> Document {
    var copy = document
    try process(&copy)
    return copy
  }
}
