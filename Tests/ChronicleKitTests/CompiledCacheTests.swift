@testable import ChronicleKit
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Compiled cache")
struct CompiledCacheTests {
  typealias TemporaryDirectory = DocumentReaderTests.TemporaryDirectory

  /// Sets a file's modification time (its last use, to the cache) to `seconds` after the epoch.
  static func setUsed(_ path: String, _ seconds: Int) {
    var times = [timeval(tv_sec: seconds, tv_usec: 0), timeval(tv_sec: seconds, tv_usec: 0)]
    _ = utimes(path, &times)
  }

  @Test("storing keeps the most recently used entries of the kind and leaves other files alone")
  func prune() throws {
    let directory = try TemporaryDirectory()
    // Six entries of one kind, used at different times (the newest last).
    for (i, hash) in ["0a1", "0b2", "0c3", "0d4", "0e5", "0f6"].enumerated() {
      Self.setUsed(try directory.write("gazetteers-\(hash).bin", "x"), 1_000 + i)
    }
    // Entries of other kinds, one whose name starts the same way, and an unrelated file.
    Self.setUsed(try directory.write("gazetteers-lexicon-0a1.bin", "x"), 10)
    Self.setUsed(try directory.write("name-lexicon-0a1.bin", "x"), 10)
    Self.setUsed(try directory.write("notes.txt", "x"), 10)
    CompiledCache.prune(kind: "gazetteers", in: directory.path)
    let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(
      left == [
        "gazetteers-0c3.bin", "gazetteers-0d4.bin", "gazetteers-0e5.bin", "gazetteers-0f6.bin",
        "gazetteers-lexicon-0a1.bin", "name-lexicon-0a1.bin", "notes.txt",
      ])
    // At or under the limit nothing goes.
    CompiledCache.prune(kind: "gazetteers", in: directory.path)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).count == 7)
  }

  @Test("whole files are read exactly: empty, large, size-0 special files; missing files and directories give nil")
  func fileBytes() throws {
    let directory = try TemporaryDirectory()
    let large = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    #expect(FileBytes.contents(of: try directory.write("large.bin", large)) == large)
    #expect(FileBytes.contents(of: try directory.write("empty.bin", [])) == [])
    // /proc files report size 0 but have contents: they are read to their end.
    let status = FileBytes.contents(of: "/proc/self/status")
    #expect(status.map { String(decoding: $0, as: UTF8.self).contains("VmRSS") } == true)
    #expect(FileBytes.contents(of: directory.path + "/missing.bin") == nil)
    #expect(FileBytes.contents(of: directory.path) == nil)
  }

  @Test("mapped files: exact bytes; empty, special and missing files and directories give nil")
  func mappedFiles() throws {
    let directory = try TemporaryDirectory()
    let large = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    let store = try #require(ByteStore.mapping(try directory.write("large.bin", large)))
    #expect(Array(store.bytes) == large)
    #expect(ByteStore.mapping(try directory.write("empty.bin", [])) == nil)
    #expect(ByteStore.mapping("/proc/self/status") == nil)
    #expect(ByteStore.mapping(directory.path + "/missing.bin") == nil)
    #expect(ByteStore.mapping(directory.path) == nil)
  }

  @Test("compiled tables read back from a mapped file, at any alignment; a cut-short file is an error")
  func readingMappedTables() throws {
    let directory = try TemporaryDirectory()
    var table = KeyTable(capacity: 100)
    for i in 0..<100 { table.update(UInt64(i) &* 0x9E37_79B9_7F4A_7C15 | 1, UInt64(i)) { $1 } }
    // A leading byte array of odd length leaves the table's arrays unaligned in the file.
    var writer = BinaryWriter()
    writer.string("odd")
    table.write(to: &writer)
    writer.array([UInt32(7), 8, 9])
    let path = try directory.write("tables.bin", writer.bytes)

    var reader = BinaryReader(try #require(ByteStore.mapping(path)))
    #expect(try reader.string() == "odd")
    let restored = try KeyTable(from: &reader)
    #expect(try reader.array(UInt32.self) == [7, 8, 9])
    #expect(reader.isAtEnd)
    #expect(restored.count == 100)
    for i in 0..<100 { #expect(restored[UInt64(i) &* 0x9E37_79B9_7F4A_7C15 | 1] == UInt64(i)) }
    #expect(restored[12345] == nil)

    for cut in [1, 9, 200, writer.bytes.count - 13] {
      let short = try directory.write("short\(cut).bin", Array(writer.bytes.prefix(cut)))
      var shortReader = BinaryReader(try #require(ByteStore.mapping(short)))
      #expect(throws: BinaryReader.Truncated.self) {
        _ = try shortReader.string()
        _ = try KeyTable(from: &shortReader)
        _ = try shortReader.array(UInt32.self)
      }
    }
  }

  @Test("a compiled phrase set damaged in any byte is refused or read back usable, never a crash")
  func damagedPhraseSet() throws {
    var phrases = PhraseSet()
    phrases.insert([1, 2, 3])
    phrases.insert([1, 2])
    phrases.insert([7, 8])
    var writer = BinaryWriter()
    phrases.write(to: &writer)
    let bytes = writer.bytes
    var reader = BinaryReader(bytes)
    let restored = try PhraseSet(from: &reader)
    #expect(restored.longestMatch([0, 1, 2, 3], at: 1, limit: 4) == 3)
    #expect(restored.longestMatch([7, 8], at: 0, limit: 2) == 2)
    let keys: [UInt64] = [1, 2, 3, 7, 8, 0]
    let refused = Damage.readEach(bytes, { try PhraseSet(from: &$0) }) { set in
      for start in keys.indices { _ = set.longestMatch(keys, at: start, limit: keys.count) }
    }
    #expect(refused > 0)
  }
}
