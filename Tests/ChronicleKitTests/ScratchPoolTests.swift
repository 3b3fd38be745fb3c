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
    let room = lists.numbers.capacity
    pool.give(lists, largestCapacity: lists.numbers.capacity)
    #expect(pool.keptCount == 1)
    var again = pool.take(or: Lists.init)
    #expect(pool.keptCount == 0)
    #expect(again.numbers.count == 50 && again.numbers.capacity == room)
    // Emptied for reuse: the room stays.
    var numbers = again.numbers.takeEmptied()
    #expect(numbers.isEmpty && numbers.capacity == room && again.numbers.isEmpty)
    numbers.append(contentsOf: 0..<1000)
    again.numbers = numbers
    pool.give(again, largestCapacity: again.numbers.capacity)
    #expect(pool.keptCount == 0)
    for _ in 0..<3 { pool.give(Lists(numbers: [1]), largestCapacity: 1) }
    #expect(pool.keptCount == 2)
  }
}
