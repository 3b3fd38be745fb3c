import Synchronization

/// A process-wide request to stop early (set by the command-line tool on SIGINT): readers stop
/// at the next document boundary so that output ends with complete records.
public enum Interruption {
  private static let flag = Atomic<Bool>(false)

  /// Whether a stop was requested.
  public static var isRequested: Bool { flag.load(ordering: .relaxed) }

  /// Requests a stop. Safe to call from a signal handler (a single atomic store).
  public static func request() { flag.store(true, ordering: .relaxed) }
}
