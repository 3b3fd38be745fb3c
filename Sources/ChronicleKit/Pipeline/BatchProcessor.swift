import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs work over a stream of items on several threads, in bounded batches, and hands the
/// results back in input order — so output is byte-identical for any number of jobs, and memory
/// follows the batch, not the input.
///
/// Work is taken an item at a time, or (``run(next:size:chunkWork:deliver:isNextReady:willWait:)``)
/// a chunk of consecutive items at a time, for work that is faster over several items at once.
public struct BatchProcessor: Sendable {
  /// The number of threads doing work at once.
  public var jobs: Int
  /// The most items held in one batch.
  public var maximumBatchCount: Int
  /// The most input bytes (as measured by the caller) held in one batch.
  public var maximumBatchBytes: Int
  /// The most items in one chunk, for chunked work.
  public var maximumChunkCount: Int
  /// The most input bytes in one chunk, for chunked work: a chunk holds at least one item, and
  /// stops at the item that reaches this.
  public var maximumChunkBytes: Int

  /// The most jobs a processor runs: each is a thread, and far more threads than cores only
  /// cost memory and start-up.
  public static let maximumJobs = 1024

  /// Creates a processor; `jobs` is clamped to `1...maximumJobs`. By default a batch holds four
  /// chunks for each job, so that the jobs share out its work evenly, and a chunk up to 64 items
  /// or 128 KB: for the pipeline, which runs a chunk stage by stage, chunks of that size were
  /// about 2% faster than half as large (the stages' tables stay in cache over more documents),
  /// and chunks eight times as large were slower again (the documents' own lists no longer fit).
  public init(
    jobs: Int, maximumBatchCount: Int? = nil, maximumBatchBytes: Int = 8 << 20, maximumChunkCount: Int = 64,
    maximumChunkBytes: Int = 128 << 10
  ) {
    self.jobs = min(max(1, jobs), BatchProcessor.maximumJobs)
    self.maximumChunkCount = max(1, maximumChunkCount)
    self.maximumChunkBytes = maximumChunkBytes
    self.maximumBatchCount = maximumBatchCount ?? max(64, self.jobs * 4 * self.maximumChunkCount)
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
    run(
      next: next, size: size, chunkCount: 1, chunkBytes: .max, chunkWork: { items in items.map(work) },
      deliver: deliver, isNextReady: isNextReady, willWait: willWait)
  }

  /// Like ``run(next:size:work:deliver:isNextReady:willWait:)``, but `chunkWork` is given a chunk
  /// of consecutive items at once (up to ``maximumChunkCount`` items and ``maximumChunkBytes``
  /// bytes, never across batches) and returns their results, one per item and in order.
  public func run<Item: Sendable, Output: Sendable>(
    next: () -> Item?,
    size: (Item) -> Int,
    chunkWork: @escaping @Sendable ([Item]) -> [Output],
    deliver: (Output) -> Bool,
    isNextReady: () -> Bool = { true },
    willWait: () -> Void = {}
  ) {
    run(
      next: next, size: size, chunkCount: maximumChunkCount, chunkBytes: maximumChunkBytes, chunkWork: chunkWork,
      deliver: deliver, isNextReady: isNextReady, willWait: willWait)
  }

  private func run<Item: Sendable, Output: Sendable>(
    next: () -> Item?,
    size: (Item) -> Int,
    chunkCount: Int,
    chunkBytes: Int,
    chunkWork: @escaping @Sendable ([Item]) -> [Output],
    deliver: (Output) -> Bool,
    isNextReady: () -> Bool,
    willWait: () -> Void
  ) {
    let queue = WorkQueue<Item, Output>(work: chunkWork)
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
        var chunks: [Range<Int>] = []
        var chunkStart = 0
        var bytesInChunk = 0
        while batch.count < maximumBatchCount && batchBytes < maximumBatchBytes {
          if (!batch.isEmpty || pending > 0) && !isNextReady() {
            waiting = true
            break
          }
          guard let item = next() else {
            exhausted = true
            break
          }
          let bytes = size(item)
          batchBytes += bytes
          bytesInChunk += bytes
          batch.append(item)
          if batch.count - chunkStart == chunkCount || bytesInChunk >= chunkBytes {
            chunks.append(chunkStart..<batch.count)
            chunkStart = batch.count
            bytesInChunk = 0
          }
        }
        if chunkStart < batch.count { chunks.append(chunkStart..<batch.count) }
        if !batch.isEmpty {
          queue.add(batch, chunks: chunks)
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

/// The batches between the thread that reads and delivers and the worker threads. Chunks are
/// claimed one at a time, oldest batch first, so a long document does not hold others back.
private final class WorkQueue<Item: Sendable, Output: Sendable>: @unchecked Sendable {
  private final class Batch {
    let items: [Item]
    /// The batch's chunks: consecutive ranges of `items` that cover it.
    let chunks: [Range<Int>]
    /// Chunks claimed and chunks finished.
    var claimed = 0
    var finished = 0
    /// Each chunk's results, as its work returned them (kept whole: this code is generic and
    /// not specialized for the caller's types, so each step per item costs a lookup of the
    /// types' layout).
    var results: [[Output]]

    init(_ items: [Item], chunks: [Range<Int>]) {
      self.items = items
      self.chunks = chunks
      results = Array(repeating: [], count: chunks.count)
    }
  }

  private let work: @Sendable ([Item]) -> [Output]
  /// Guards everything below; signalled when a batch arrives, a batch is done, or on close.
  private let condition = NSCondition()
  /// Added and not yet taken by `finishOldest`, oldest first.
  private var batches: [Batch] = []
  private var closed = false

  init(work: @escaping @Sendable ([Item]) -> [Output]) {
    self.work = work
  }

  func add(_ items: [Item], chunks: [Range<Int>]) {
    condition.lock()
    batches.append(Batch(items, chunks: chunks))
    condition.broadcast()
    condition.unlock()
  }

  /// Ends `serve` on every worker once its current chunk is done.
  func close() {
    condition.lock()
    closed = true
    condition.broadcast()
    condition.unlock()
  }

  /// A worker thread's loop: work on chunks as they come until closed.
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

  /// Works on chunks (of any batch) until the oldest batch is done, then removes it and returns
  /// its results in order. Called by the reading thread, with at least one batch added.
  func finishOldest() -> [Output] {
    condition.lock()
    let oldest = batches[0]
    while oldest.finished < oldest.chunks.count {
      if let (batch, index) = claim() {
        run(batch, index)
      } else {
        condition.wait()
      }
    }
    batches.removeFirst()
    condition.unlock()
    if oldest.results.count == 1 { return oldest.results[0] }
    var results: [Output] = []
    results.reserveCapacity(oldest.items.count)
    for chunk in oldest.results { results.append(contentsOf: chunk) }
    return results
  }

  /// The oldest unclaimed chunk, now claimed; called with the lock held.
  private func claim() -> (Batch, Int)? {
    for batch in batches where batch.claimed < batch.chunks.count {
      batch.claimed += 1
      return (batch, batch.claimed - 1)
    }
    return nil
  }

  /// Works on one claimed chunk with the lock released; called and returns with the lock held.
  private func run(_ batch: Batch, _ chunk: Int) {
    condition.unlock()
    let range = batch.chunks[chunk]
    let outputs = work(Array(batch.items[range]))
    precondition(outputs.count == range.count, "chunk work must return one result per item")
    condition.lock()
    batch.results[chunk] = outputs
    batch.finished += 1
    if batch.finished == batch.chunks.count { condition.broadcast() }
  }
}
