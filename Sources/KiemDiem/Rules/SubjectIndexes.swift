/// The indexes of `WardFacts` that depend only on who the subjects are: the positions, units
/// and collectives. The shell keeps one between commands while the people tables and positions
/// stay as they were, so that `cap`, `report` and `check` on a large roster do not each index
/// them again (at 1M members a summary after `cap` took 765 ms, now 575 ms).
/// Not the subject order: it holds every subject, and kept through the next command it raised
/// that command's peak (30 MB at 1M members) for a list that command may not need.
/// Whoever shares one must hand it only to facts on workspaces whose members, units,
/// collectives and positions are the same.
public final class SubjectIndexes: @unchecked Sendable {
    // Written by `WardFacts.Indexes` on one thread only (its `shared` flag stops writes while
    // two threads read the facts).
    var positions: (byMember: [String: [Position]], byBody: [String: [Position]])?
    var childUnits: [String: [String]]?
    var partyCollectivesByUnit: [String: [String]]?

    public init() {}
}
