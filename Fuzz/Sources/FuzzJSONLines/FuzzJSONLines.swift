import ChronicleKit
import FuzzSupport
import Foundation

/// The JSON Lines document reader (line splitting, the JSON parser, `{"id","text","date"}`
/// records) through its public API: the fuzzer's bytes are written to a file in memory-backed
/// /dev/shm (else the temporary directory) and read back as `.jsonl`; each record then becomes a
/// document, which parses its `date`.
let path: String = {
  let directory = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
  return directory + "/chronicle-fuzz-\(getpid()).jsonl"
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = Fuzz.bytes(data, size)
  Fuzz.expect(FileManager.default.createFile(atPath: path, contents: Data(buffer: bytes)), "cannot write \(path)")
  defer { unlink(path) }
  let lineCount = bytes.count(where: { $0 == 0x0A }) + 1
  var records = 0
  for item in DocumentReader(paths: [path], format: .jsonl).readAll() {
    records += 1
    switch item {
    case .success(let input):
      Fuzz.expect(input.location.hasPrefix(path + ":"), "record location \(input.location)")
      let document = Document(input: input)
      Fuzz.expect(document.text == input.text, "document text differs from the record's")
    case .failure(let failure):
      Fuzz.expect(failure.location.hasPrefix(path), "failure location \(failure.location)")
    }
  }
  Fuzz.expect(records <= lineCount, "\(records) records from \(lineCount) lines")
  return 0
}
