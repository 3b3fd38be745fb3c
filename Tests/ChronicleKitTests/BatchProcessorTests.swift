import ChronicleKit
import Foundation
import Testing

@Suite("Batch processing")
struct BatchProcessorTests {
  /// Work whose cost varies a lot from item to item, so that threads finish out of order.
  @Sendable static func uneven(_ item: Int) -> String {
    var value = UInt64(item)
    for _ in 0..<((item * 7919) % 13) * 2_000 { value = value &* 6_364_136_223_846_793_005 &+ 1 }
    return "\(item):\(value & 1)"
  }

  /// Runs `processor` over `0..<count`, recording how many items had been read at each delivery.
  static func run(
    _ processor: BatchProcessor, count: Int, stopAfter: Int? = nil, readyEvery: Int? = nil
  ) -> (outputs: [String], readAtDelivery: [Int], read: Int, waits: [(read: Int, delivered: Int)]) {
    var read = 0
    var outputs: [String] = []
    var readAtDelivery: [Int] = []
    var waits: [(read: Int, delivered: Int)] = []
    processor.run(
      next: {
        guard read < count else { return nil }
        read += 1
        return read - 1
      },
      size: { _ in 100 },
      work: uneven,
      deliver: { output in
        if let stopAfter, outputs.count == stopAfter { return false }
        outputs.append(output)
        readAtDelivery.append(read)
        return true
      },
      isNextReady: { readyEvery.map { read % $0 != 0 } ?? true },
      willWait: { waits.append((read, outputs.count)) })
    return (outputs, readAtDelivery, read, waits)
  }

  @Test("results come back complete and in input order for any number of jobs", arguments: [1, 2, 3, 8])
  func order(jobs: Int) {
    let expected = (0..<500).map(Self.uneven)
    let result = Self.run(BatchProcessor(jobs: jobs, maximumBatchCount: 16), count: 500)
    #expect(result.outputs == expected)
    #expect(Self.run(BatchProcessor(jobs: jobs), count: 0).outputs.isEmpty)
    #expect(Self.run(BatchProcessor(jobs: jobs), count: 1).outputs == [Self.uneven(0)])
  }

  @Test("at most two batches are read ahead of delivery", arguments: [1, 2, 4])
  func boundedReadAhead(jobs: Int) {
    let result = Self.run(BatchProcessor(jobs: jobs, maximumBatchCount: 4), count: 200)
    #expect(result.outputs.count == 200)
    for (index, read) in result.readAtDelivery.enumerated() {
      #expect(read <= index + 2 * 4, "item \(index) delivered after \(read) items were read")
    }
  }

  @Test("the byte limit closes a batch before the count limit")
  func byteLimit() {
    // 100 bytes an item and a 300-byte limit: batches of three, so at most six read ahead.
    let result = Self.run(BatchProcessor(jobs: 2, maximumBatchCount: 64, maximumBatchBytes: 300), count: 100)
    #expect(result.outputs == (0..<100).map(Self.uneven))
    for (index, read) in result.readAtDelivery.enumerated() { #expect(read <= index + 6) }
  }

  @Test("deliver returning false stops the run, with nothing delivered after it", arguments: [1, 2, 3])
  func earlyStop(jobs: Int) {
    let result = Self.run(BatchProcessor(jobs: jobs, maximumBatchCount: 8), count: 1000, stopAfter: 37)
    #expect(result.outputs == (0..<37).map(Self.uneven))
    #expect(result.read < 37 + 3 * 8)
  }

  @Test("before waiting for input, everything read so far is delivered", arguments: [1, 2, 3])
  func waitingDeliversFirst(jobs: Int) {
    let result = Self.run(BatchProcessor(jobs: jobs, maximumBatchCount: 64), count: 50, readyEvery: 5)
    #expect(result.outputs == (0..<50).map(Self.uneven))
    // The next item is not ready after every fifth one; after the fiftieth, the end of the
    // input is waited for like any item.
    #expect(result.waits.map(\.read) == Array(stride(from: 5, through: 50, by: 5)))
    for wait in result.waits { #expect(wait.delivered == wait.read) }
  }

  @Test("jobs are clamped to 1...maximumJobs")
  func clampedJobs() {
    #expect(BatchProcessor(jobs: 0).jobs == 1)
    #expect(BatchProcessor(jobs: -5).jobs == 1)
    #expect(BatchProcessor(jobs: 1_000_000).jobs == BatchProcessor.maximumJobs)
    #expect(Self.run(BatchProcessor(jobs: 1_000_000), count: 50).outputs == (0..<50).map(Self.uneven))
  }
}

/// What chunked work was given, recorded from the worker threads.
private final class ChunkLog: @unchecked Sendable {
  private let lock = NSLock()
  private var chunks: [[Int]] = []

  func record(_ chunk: [Int]) {
    lock.lock()
    chunks.append(chunk)
    lock.unlock()
  }

  var all: [[Int]] {
    lock.lock()
    defer { lock.unlock() }
    return chunks.sorted { $0[0] < $1[0] }
  }
}

@Suite("Batch processing in chunks")
struct ChunkedBatchTests {
  /// Every eleventh item is big (400 bytes), the others 10: chunks end by count and by bytes.
  static func size(_ item: Int) -> Int { item % 11 == 0 ? 400 : 10 }

  @Test("chunks are runs of consecutive items within the count and byte limits, inside one batch", arguments: [1, 2, 3])
  func chunks(jobs: Int) {
    let processor = BatchProcessor(
      jobs: jobs, maximumBatchCount: 50, maximumChunkCount: 7, maximumChunkBytes: 350)
    let log = ChunkLog()
    var read = 0
    var outputs: [String] = []
    processor.run(
      next: {
        guard read < 300 else { return nil }
        read += 1
        return read - 1
      },
      size: Self.size,
      chunkWork: { items in
        log.record(items)
        return items.map(BatchProcessorTests.uneven)
      },
      deliver: { output in
        outputs.append(output)
        return true
      })
    #expect(outputs == (0..<300).map(BatchProcessorTests.uneven))
    let chunks = log.all
    #expect(chunks.flatMap { $0 } == Array(0..<300))
    // Both limits end chunks.
    #expect(chunks.contains { $0.count == 7 } && chunks.contains { $0.count < 7 && Self.size($0.last!) == 400 })
    for chunk in chunks {
      #expect(chunk == Array(chunk[0]...chunk[chunk.count - 1]), "not consecutive: \(chunk)")
      #expect(chunk.count <= 7)
      // The item that reaches the byte limit ends its chunk; the ones before it stay below.
      #expect(chunk.dropLast().map(Self.size).reduce(0, +) < 350, "too many bytes: \(chunk)")
      if chunk.last! % 50 != 49 && chunk.last! != 299 {
        let full = chunk.count == 7 || chunk.map(Self.size).reduce(0, +) >= 350
        #expect(full, "a chunk ended early: \(chunk)")
      }
      // Batches hold 50 items: no chunk spans two.
      #expect(chunk[0] / 50 == chunk.last! / 50, "spans two batches: \(chunk)")
    }
  }
}
