import Dispatch
import Synchronization

/// Runs work over a stream of items on several threads, in bounded batches, and hands the
/// results back in input order — so output is byte-identical for any number of jobs, and memory
/// follows the batch, not the input.
public struct BatchProcessor: Sendable {
  /// The number of threads doing work at once.
  public var jobs: Int
  /// The most items held in one batch.
  public var maximumBatchCount: Int
  /// The most input bytes (as measured by the caller) held in one batch.
  public var maximumBatchBytes: Int

  /// Creates a processor; `jobs` below 1 counts as 1.
  public init(jobs: Int, maximumBatchCount: Int? = nil, maximumBatchBytes: Int = 8 << 20) {
    self.jobs = max(1, jobs)
    self.maximumBatchCount = maximumBatchCount ?? max(16, self.jobs * 32)
    self.maximumBatchBytes = maximumBatchBytes
  }

  /// Pulls items with `next` until it returns `nil`, runs `work` on each (concurrently when
  /// `jobs` > 1), and calls `deliver` with each result in input order on the calling thread.
  /// `deliver` returns `false` to stop early (for instance when the output is closed).
  ///
  /// When `isNextReady` says the next item would have to be waited for (input arriving through
  /// a pipe more slowly than it is processed), the batch so far is processed and delivered at
  /// once, and `willWait` is called before waiting, so that a stream's results are written as
  /// they are done rather than when a batch fills.
  public func run<Item: Sendable, Output: Sendable>(
    next: () -> Item?,
    size: (Item) -> Int,
    work: @escaping @Sendable (Item) -> Output,
    deliver: (Output) -> Bool,
    isNextReady: () -> Bool = { true },
    willWait: () -> Void = {}
  ) {
    var batch: [Item] = []
    var batchBytes = 0
    var exhausted = false
    while !exhausted {
      batch.removeAll(keepingCapacity: true)
      batchBytes = 0
      var waiting = false
      while batch.count < maximumBatchCount && batchBytes < maximumBatchBytes {
        if !batch.isEmpty && !isNextReady() {
          waiting = true
          break
        }
        guard let item = next() else {
          exhausted = true
          break
        }
        batchBytes += size(item)
        batch.append(item)
      }
      if batch.isEmpty { break }
      for output in process(batch, work: work) where !deliver(output) { return }
      if waiting { willWait() }
    }
  }

  /// Runs `work` over a batch, concurrently when there is more than one job.
  public func process<Item: Sendable, Output: Sendable>(
    _ batch: [Item], work: @escaping @Sendable (Item) -> Output
  ) -> [Output] {
    if jobs == 1 || batch.count == 1 { return batch.map(work) }
    let results = ResultSlots<Output>(count: batch.count)
    let items = batch
    DispatchQueue.concurrentPerform(iterations: min(jobs, batch.count)) { _ in
      // Each worker takes the next unclaimed item, so long documents do not hold others back.
      while true {
        let index = results.claim()
        guard index < items.count else { break }
        results.store(work(items[index]), at: index)
      }
    }
    return results.collect()
  }
}

/// Per-index result slots written by worker threads; each slot is written by exactly one
/// thread, and read only after all workers have finished.
private final class ResultSlots<Output>: @unchecked Sendable {
  private var slots: UnsafeMutableBufferPointer<Output?>
  private let nextIndex = Atomic<Int>(0)

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  /// The index of the next item no worker has taken yet.
  func claim() -> Int {
    nextIndex.wrappingAdd(1, ordering: .relaxed).oldValue
  }

  func store(_ value: Output, at index: Int) {
    slots[index] = value
  }

  func collect() -> [Output] {
    slots.map { $0! }
  }
}
