import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A progress line on standard error for long runs on a terminal: documents, megabytes read,
/// throughput, and the time left when the input's size is known. Silent when standard error is
/// not a terminal.
final class Progress {
  private let total: Int?
  private let start = DispatchTime.now().uptimeNanoseconds
  private var lastDraw: UInt64 = 0
  private var drawn = false
  let isEnabled: Bool

  init(total: Int?, enabled: Bool) {
    self.total = total
    isEnabled = enabled && isatty(2) == 1
  }

  /// Redraws the line, at most four times a second.
  func update(documents: Int, bytes: Int) {
    guard isEnabled else { return }
    let now = DispatchTime.now().uptimeNanoseconds
    guard now - lastDraw >= 250_000_000 else { return }
    lastDraw = now
    let seconds = Double(now - start) / 1e9
    let megabytes = Double(bytes) / 1_000_000
    let rate = seconds > 0 ? megabytes / seconds : 0
    var line = String(format: "chronicle: %d documents, %.1f MB, %.1f MB/s", documents, megabytes, rate)
    if let total, total > 0, rate > 0 {
      let left = max(0, Double(total - bytes) / 1_000_000 / rate)
      line += String(format: ", %.0f%%, %d:%02d left", 100 * Double(bytes) / Double(total), Int(left) / 60, Int(left) % 60)
    }
    Console.write("\r\u{1B}[K" + line)
    drawn = true
  }

  /// Clears the line.
  func finish() {
    guard drawn else { return }
    Console.write("\r\u{1B}[K")
  }
}
