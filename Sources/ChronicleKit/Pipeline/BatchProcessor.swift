import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

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

  /// The most jobs a processor runs: each is a thread, and far more threads than cores only
  /// cost memory and start-up.
  public static let maximumJobs = 1024

  /// Creates a processor; `jobs` is clamped to `1...maximumJobs`.
  public init(jobs: Int, maximumBatchCount: Int? = nil, maximumBatchBytes: Int = 8 << 20) {
    self.jobs = min(max(1, jobs), BatchProcessor.maximumJobs)
    self.maximumBatchCount = maximumBatchCount ?? max(16, self.jobs * 32)
    self.maximumBatchBytes = maximumBatchBytes
  }

  /// Pulls items with `next` until it returns `nil`, runs `work` on each (concurrently when
  /// `jobs` > 1), and calls `deliver` with each result in input order on the calling thread.
  /// `deliver` returns `false` to stop early (for instance when the output is closed).
  ///
  /// With more than one job, `jobs - 1` worker threads take items while the calling thread reads
  /// the next batch, then the calling thread works alongside them until the oldest batch is
  /// done and delivers it. So reading and delivering overlap the work, and no worker waits at
  /// the end of a batch; at most two batches are read and not yet delivered.
  ///
  /// When `isNextReady` says the next item would have to be waited for (input arriving through
  /// a pipe more slowly than it is processed), what has been read is processed and delivered at
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
    let queue = WorkQueue<Item, Output>(work: work)
    let workers = DispatchGroup()
    // Threads of their own, not the shared dispatch pool: they block while waiting for work,
    // and the pool may not start one per job. Where the system starts fewer (a thread limit),
    // the run goes on with those: the calling thread works too.
    for _ in 1..<jobs {
      workers.enter()
      let started = startThread {
        queue.serve()
        workers.leave()
      }
      guard started else {
        workers.leave()
        break
      }
    }
    defer {
      queue.close()
      workers.wait()
    }
    // Batches read and not yet delivered.
    var pending = 0
    // Delivers the oldest batch read; `false` when `deliver` asked to stop.
    func deliverOldest() -> Bool {
      pending -= 1
      for output in queue.finishOldest() where !deliver(output) { return false }
      return true
    }

    var exhausted = false
    // One job reads a batch and then processes it; more read one batch ahead of the work.
    let ahead = jobs == 1 ? 1 : 2
    while true {
      var waiting = false
      if !exhausted {
        var batch: [Item] = []
        var batchBytes = 0
        while batch.count < maximumBatchCount && batchBytes < maximumBatchBytes {
          if (!batch.isEmpty || pending > 0) && !isNextReady() {
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
        if !batch.isEmpty {
          queue.add(batch)
          pending += 1
        }
      }
      if pending == 0 {
        if exhausted { return }
        continue
      }
      if waiting || exhausted {
        while pending > 0 {
          guard deliverOldest() else { return }
        }
        if waiting { willWait() }
      } else if pending >= ahead {
        guard deliverOldest() else { return }
      }
    }
  }

  /// Runs `work` over a batch, concurrently when there is more than one job, and returns the
  /// results in order.
  public func process<Item: Sendable, Output: Sendable>(
    _ batch: [Item], work: @escaping @Sendable (Item) -> Output
  ) -> [Output] {
    var results: [Output] = []
    results.reserveCapacity(batch.count)
    var items = batch.makeIterator()
    run(
      next: { items.next() }, size: { _ in 0 }, work: work,
      deliver: { output in
        results.append(output)
        return true
      })
    return results
  }
}

/// Starts `body` on a thread of its own; `false` when the system will not start one.
private func startThread(_ body: @escaping @Sendable () -> Void) -> Bool {
  #if canImport(Glibc)
    let context = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
    var thread = pthread_t()
    let status = pthread_create(
      &thread, nil,
      { context in
        Unmanaged<ThreadBody>.fromOpaque(context!).takeRetainedValue().body()
        return nil
      }, context)
    guard status == 0 else {
      Unmanaged<ThreadBody>.fromOpaque(context).release()
      return false
    }
    pthread_detach(thread)
    return true
  #else
    Thread { body() }.start()
    return true
  #endif
}

private final class ThreadBody: Sendable {
  let body: @Sendable () -> Void
  init(_ body: @escaping @Sendable () -> Void) { self.body = body }
}

/// The batches between the thread that reads and delivers and the worker threads. Items are
/// claimed one at a time, oldest batch first, so a long document does not hold others back.
private final class WorkQueue<Item: Sendable, Output: Sendable>: @unchecked Sendable {
  private final class Batch {
    let items: [Item]
    var claimed = 0
    var finished = 0
    var results: [Output?]

    init(_ items: [Item]) {
      self.items = items
      results = Array(repeating: nil, count: items.count)
    }
  }

  private let work: @Sendable (Item) -> Output
  /// Guards everything below; signalled when a batch arrives, a batch is done, or on close.
  private let condition = NSCondition()
  /// Added and not yet taken by `finishOldest`, oldest first.
  private var batches: [Batch] = []
  private var closed = false

  init(work: @escaping @Sendable (Item) -> Output) {
    self.work = work
  }

  func add(_ items: [Item]) {
    condition.lock()
    batches.append(Batch(items))
    condition.broadcast()
    condition.unlock()
  }

  /// Ends `serve` on every worker once its current item is done.
  func close() {
    condition.lock()
    closed = true
    condition.broadcast()
    condition.unlock()
  }

  /// A worker thread's loop: work on items as they come until closed.
  func serve() {
    condition.lock()
    while !closed {
      if let (batch, index) = claim() {
        run(batch, index)
      } else {
        condition.wait()
      }
    }
    condition.unlock()
  }

  /// Works on items (of any batch) until the oldest batch is done, then removes it and returns
  /// its results in order. Called by the reading thread, with at least one batch added.
  func finishOldest() -> [Output] {
    condition.lock()
    let oldest = batches[0]
    while oldest.finished < oldest.items.count {
      if let (batch, index) = claim() {
        run(batch, index)
      } else {
        condition.wait()
      }
    }
    batches.removeFirst()
    condition.unlock()
    return oldest.results.map { $0! }
  }

  /// The oldest unclaimed item, now claimed; called with the lock held.
  private func claim() -> (Batch, Int)? {
    for batch in batches where batch.claimed < batch.items.count {
      batch.claimed += 1
      return (batch, batch.claimed - 1)
    }
    return nil
  }

  /// Works on one claimed item with the lock released; called and returns with the lock held.
  private func run(_ batch: Batch, _ index: Int) {
    condition.unlock()
    let output = work(batch.items[index])
    condition.lock()
    batch.results[index] = output
    batch.finished += 1
    if batch.finished == batch.items.count { condition.broadcast() }
  }
}
