import MusterStore

/// `muster audit verify`'s three checks, one per core: the hash chain (every event hashed again), every
/// record against its last event, and `completion_latest` against the completions. Each reads in its own
/// transaction; at 100,000 officers, one after the other they took about 100 s.
enum AuditVerification {
    private enum Part: Sendable {
        case chain(BrokenLink?, eventsChecked: Int)
        case drifts([RecordDrift])
        case latest([String])
    }

    /// The audit report, and the lines naming `completion_latest` rows that differ from the completions.
    static func run(_ store: SQLiteRecordStore) throws -> (AuditReport, [String]) {
        var report = AuditReport(eventsChecked: 0)
        var latest: [String] = []
        try OrderedParallelWork.run(pieces: 3, state: {}, work: { _, piece -> Part in
            switch piece {
            case 0:
                let chain = try store.auditChainCheck()
                return .chain(chain.firstBrokenLink, eventsChecked: chain.eventsChecked)
            case 1: return .drifts(try store.auditDrifts())
            default: return .latest(try store.completionLatestMismatches())
            }
        }) { part in
            switch part {
            case .chain(let broken, let checked):
                report.firstBrokenLink = broken
                report.eventsChecked = checked
            case .drifts(let drifts): report.drifts = drifts
            case .latest(let lines): latest = lines
            }
        }
        return (report, latest)
    }
}
