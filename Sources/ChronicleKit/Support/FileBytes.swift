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

/// Bytes held in memory for as long as this object lives: a file mapped read-only, or a copy
/// of an array. Reading a compiled table from a mapping copies it once, from the page cache;
/// reading the file first into an array would copy it twice and have the kernel zero the array's
/// pages on top.
final class ByteStore: @unchecked Sendable {
  /// The bytes; valid until this object is released.
  let bytes: UnsafeRawBufferPointer
  private let isMapped: Bool

  /// A copy of `array`.
  init(_ array: [UInt8]) {
    let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(array.count, 1), alignment: 16)
    array.withUnsafeBytes { copy.copyMemory(from: $0) }
    bytes = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(copy)[0..<array.count])
    isMapped = false
  }

  private init(mapping: UnsafeRawBufferPointer) {
    bytes = mapping
    isMapped = true
  }

  /// The file at `path` mapped into memory (its pages loaded up front), or `nil` when it cannot
  /// be opened or mapped, or is empty. The file must not shrink while mapped: the compiled cache
  /// is only ever replaced whole, by renaming a new file over it.
  static func mapping(_ path: String) -> ByteStore? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_size > 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
    let size = Int(info.st_size)
    #if os(Linux)
      let flags = MAP_PRIVATE | MAP_POPULATE
    #else
      let flags = MAP_PRIVATE
    #endif
    guard let start = mmap(nil, size, PROT_READ, flags, descriptor, 0), start != MAP_FAILED else { return nil }
    return ByteStore(mapping: UnsafeRawBufferPointer(start: start, count: size))
  }

  deinit {
    if isMapped {
      munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    } else {
      bytes.baseAddress.map { UnsafeMutableRawPointer(mutating: $0).deallocate() }
    }
  }
}
