@testable import ChronicleKit
import Testing

@Suite("Lists kept between documents")
struct ScratchPoolTests {
  struct Lists {
    var numbers: [Int] = []
  }

  @Test("a set given back is the next one taken, with its room; an oversized set and sets past the limit are let go")
  func keepsAndLetsGo() {
    let pool = ScratchPool<Lists>(maximumElements: 100, maximumSets: 2)
    var lists = pool.take(or: Lists.init)
    #expect(lists.numbers.isEmpty && pool.keptCount == 0)
    lists.numbers.append(contentsOf: 0..<50)
    let storage = lists.numbers.withUnsafeBufferPointer { $0.baseAddress }
    let room = lists.numbers.capacity
    // Handed over as the stages hand their sets over: moved, so that no copy shares the lists.
    pool.give(consume lists, largestCapacity: room)
    #expect(pool.keptCount == 1)
    var again = pool.take(or: Lists.init)
    #expect(pool.keptCount == 0)
    #expect(again.numbers.count == 50 && again.numbers.withUnsafeBufferPointer { $0.baseAddress } == storage)
    // Emptied for reuse: the same storage, with its room.
    var numbers = again.numbers.takeEmptied()
    #expect(numbers.isEmpty && numbers.capacity == room && again.numbers.isEmpty)
    #expect(numbers.withUnsafeBufferPointer { $0.baseAddress } == storage)
    numbers.append(contentsOf: 0..<1000)
    again.numbers = numbers
    let grown = again.numbers.capacity
    pool.give(again, largestCapacity: grown)
    #expect(pool.keptCount == 0)
    for _ in 0..<3 { pool.give(Lists(numbers: [1]), largestCapacity: 1) }
    #expect(pool.keptCount == 2)
  }
}
