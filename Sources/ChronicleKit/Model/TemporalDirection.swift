/// Which way an expression that names no year or week ("Wednesday", "June", "5 p.m.") is
/// resolved from its anchor.
public enum TemporalDirection: String, Sendable, Hashable, CaseIterable {
  /// The most recent one not after the anchor (news in the past tense).
  case past
  /// The coming one, not before the anchor (future tense, "will").
  case future
  /// Whichever is closer to the anchor; a tie goes to the future.
  case nearest
}
