import CHeap

#if canImport(Glibc)
  import Glibc
#endif

/// Huge pages for the process's memory on Linux.
///
/// The compiled gazetteers and lexicons are tens of megabytes of hash tables read at random,
/// one probe per capitalised word or trigger. With the default 4 KB pages nearly every probe
/// also misses the processor's TLB, and loading the tables touches thousands of fresh pages.
/// Where the kernel's transparent huge pages are in `madvise` mode (the usual default), memory
/// gets 2 MB pages only when asked, so before anything is loaded the command:
/// - makes `malloc` take blocks of up to 32 MB from its heap rather than from mappings of their
///   own, grow the heap 64 MB past a request, and keep up to 128 MB free at its top rather than
///   give it back (`mallopt`, through `CHeap`);
/// - grows the heap once, so that it holds room for the tables;
/// - and asks for huge pages for the whole heap as it is then (`madvise`). Pages are made when
///   first touched, so the tables lie in whole, aligned 2 MB pages (about 43 MB of them); the
///   room is only reserved, and resident memory grows by a few megabytes.
///
/// (Earlier builds set glibc's `glibc.malloc.hugetlb` tunable instead, which glibc reads only
/// when a process starts, and so ran themselves a second time: 10 ms more for every run.)
///
/// Nothing happens when `CHRONICLE_HUGE_PAGES=0` is set, when the kernel's transparent huge
/// pages are not in `madvise` mode (`always` gives them already, `never` cannot), or where the
/// C library is not glibc.
enum HugePages {
  /// The most a block may be and still come from the heap: more than any table.
  static let largestHeapBlock: Int32 = 32 << 20
  /// How far the heap grows past a request (and stays).
  static let heapGrowth: Int32 = 64 << 20

  static func enableIfUseful() {
    #if os(Linux)
      if let setting = getenv("CHRONICLE_HUGE_PAGES"), String(cString: setting) == "0" { return }
      guard let mode = readFile("/sys/kernel/mm/transparent_hugepage/enabled"), mode.contains("[madvise]") else {
        return
      }
      guard chronicle_heap_settings(largestHeapBlock, heapGrowth) == 1 else { return }
      // A block larger than what is left at the heap's top makes it grow by `heapGrowth`.
      free(malloc(1 << 20))
      guard let heap = heapRange() else { return }
      _ = madvise(UnsafeMutableRawPointer(bitPattern: heap.lowerBound), heap.count, MADV_HUGEPAGE)
    #endif
  }

  #if os(Linux)
    /// The addresses of the heap's mapping, from `/proc/self/maps` (the `[heap]` line).
    private static func heapRange() -> Range<Int>? {
      guard let maps = readFile("/proc/self/maps", limit: 1 << 20) else { return nil }
      for line in maps.split(separator: "\n") where line.hasSuffix("[heap]") {
        let bounds = line.prefix { $0 != " " }.split(separator: "-")
        guard bounds.count == 2, let start = Int(bounds[0], radix: 16), let end = Int(bounds[1], radix: 16),
          start < end
        else { return nil }
        return start..<end
      }
      return nil
    }

    /// A small file's text (a sysfs setting, the process's maps), or `nil` when it cannot be read.
    private static func readFile(_ path: String, limit: Int = 256) -> String? {
      let fd = open(path, O_RDONLY)
      guard fd >= 0 else { return nil }
      defer { close(fd) }
      var buffer = [UInt8](repeating: 0, count: limit)
      var total = 0
      while total < limit {
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + total, limit - total) }
        if count <= 0 { break }
        total += count
      }
      guard total > 0 else { return nil }
      return String(decoding: buffer[..<total], as: UTF8.self)
    }
  #endif
}
