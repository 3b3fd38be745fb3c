#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whole files read straight into a byte array: one allocation of the file's size and one
/// `read` loop, with no intermediate `Data` to copy from (the compiled cache is tens of MB and
/// is read at every start).
enum FileBytes {
  /// The bytes of the file at `path`, or `nil` when it cannot be opened or read.
  static func contents(of path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return nil }
    var bytes = [UInt8](unsafeUninitializedCapacity: max(Int(info.st_size), 0)) { buffer, count in
      count = 0
      while count < buffer.count {
        let got = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
        if got > 0 {
          count += got
        } else if got < 0 && errno == EINTR {
          continue
        } else {
          break  // end of file (it shrank) or an error, told apart below
        }
      }
    }
    // A file that grew since `fstat` (or a special file of size 0): read the rest in chunks.
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if got > 0 {
        bytes.append(contentsOf: chunk[..<got])
      } else if got < 0 && errno == EINTR {
        continue
      } else if got < 0 {
        return nil
      } else {
        return bytes
      }
    }
  }
}
