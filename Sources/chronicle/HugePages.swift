#if canImport(Glibc)
  import Glibc
#endif

/// Huge pages for the process's memory on Linux.
///
/// The compiled gazetteers and lexicons are tens of megabytes of hash tables read at random,
/// one probe per capitalised word or trigger. With the default 4 KB pages nearly every probe
/// also misses the processor's TLB, and loading the tables touches thousands of fresh pages.
/// glibc's `glibc.malloc.hugetlb=1` tunable makes `malloc` ask the kernel for transparent huge
/// pages (2 MB) instead. With it, `glibc.malloc.top_pad` grows the heap 64 MB at a time, so that
/// the tables loaded at start lie in whole, aligned 2 MB pages rather than straddling the heap's
/// small growth steps (43–45 MB of them instead of 27; the pages are only reserved, and the
/// resident memory grows by 1–3 MB). Tunables are read only when a process starts, so the
/// command sets them and runs itself again, once, before it reads any input.
///
/// Nothing happens when:
/// - `CHRONICLE_HUGE_PAGES=0` is set;
/// - `GLIBC_TUNABLES` already names the tunable (the user chose a setting);
/// - the kernel's transparent huge pages are not in `madvise` mode (`always` gives them
///   already, `never` cannot), or glibc is older than 2.35 (it has no such tunable);
/// - the executable cannot be run again (`execv` fails): the command then goes on as it is.
enum HugePages {
  static let tunable = "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=67108864"

  static func rerunIfUseful() {
    #if os(Linux)
      guard shouldRerun() else { return }
      let existing = getenv("GLIBC_TUNABLES").map { String(cString: $0) } ?? ""
      let setting = getenv("CHRONICLE_HUGE_PAGES").map { String(cString: $0) }
      setenv("GLIBC_TUNABLES", existing.isEmpty ? tunable : existing + ":" + tunable, 1)
      // The re-run must not run itself again, even where glibc drops GLIBC_TUNABLES from the
      // environment (a set-user-ID executable): it starts with the switch off.
      setenv("CHRONICLE_HUGE_PAGES", "0", 1)
      execv("/proc/self/exe", CommandLine.unsafeArgv)
      // Still here: the re-run failed. Go on without huge pages, and leave the environment as it was.
      if existing.isEmpty { unsetenv("GLIBC_TUNABLES") } else { setenv("GLIBC_TUNABLES", existing, 1) }
      if let setting { setenv("CHRONICLE_HUGE_PAGES", setting, 1) } else { unsetenv("CHRONICLE_HUGE_PAGES") }
    #endif
  }

  #if os(Linux)
    private static func shouldRerun() -> Bool {
      if let setting = getenv("CHRONICLE_HUGE_PAGES"), String(cString: setting) == "0" { return false }
      if let tunables = getenv("GLIBC_TUNABLES"), String(cString: tunables).contains("glibc.malloc.hugetlb") {
        return false
      }
      guard glibcHasTunable(), let mode = readFile("/sys/kernel/mm/transparent_hugepage/enabled") else {
        return false
      }
      return mode.contains("[madvise]")
    }

    /// Whether the running glibc knows `glibc.malloc.hugetlb` (added in 2.35).
    private static func glibcHasTunable() -> Bool {
      // "glibc 2.36"
      var buffer = [UInt8](repeating: 0, count: 64)
      let length = buffer.withUnsafeMutableBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { confstr(Int32(_CS_GNU_LIBC_VERSION), $0.baseAddress, $0.count) }
      }
      guard length > 1, length <= buffer.count else { return false }
      let text = String(decoding: buffer[..<(length - 1)], as: UTF8.self)
      let parts = (text.split(separator: " ").last ?? "").split(separator: ".").compactMap { Int($0) }
      guard parts.count >= 2 else { return false }
      return parts[0] > 2 || (parts[0] == 2 && parts[1] >= 35)
    }

    /// A small file's text (a sysfs setting), or `nil` when it cannot be read.
    private static func readFile(_ path: String) -> String? {
      let fd = open(path, O_RDONLY)
      guard fd >= 0 else { return nil }
      defer { close(fd) }
      var buffer = [UInt8](repeating: 0, count: 256)
      let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      guard count > 0 else { return nil }
      return String(decoding: buffer[..<count], as: UTF8.self)
    }
  #endif
}
