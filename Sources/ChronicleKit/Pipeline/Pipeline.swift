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

  /// Runs every stage on `document`, adding the nanoseconds each took to `nanoseconds` (one
  /// element per annotator, in order).
  public func process(_ document: inout Document, timing nanoseconds: inout [UInt64]) throws {
    if nanoseconds.count != annotators.count { nanoseconds = [UInt64](repeating: 0, count: annotators.count) }
    for (index, annotator) in annotators.enumerated() {
      let start = DispatchTime.now().uptimeNanoseconds
      try annotator.annotate(&document)
      nanoseconds[index] += DispatchTime.now().uptimeNanoseconds - start
      document.layers.formUnion(annotator.provides)
    }
  }

  /// Runs every stage on a copy of `document` and returns it.
  public func processed(_ document: Document) throws -> Document {
    var copy = document
    try process(&copy)
    return copy
  }
}
