import MusterStore
import OrderedWork

/// `muster audit verify`'s three checks, one per core: the hash chain (every event hashed again), every
/// record against its last event, and `completion_latest` against the completions. Each reads in its own
/// transaction, and each is long at agency scale.
public enum AuditVerification {
    private enum Part: Sendable {
        case chain(BrokenLink?, eventsChecked: Int)
        case drifts([RecordDrift])
        case latest([String])
    }

    /// The audit report, and the lines naming `completion_latest` rows that differ from the completions.
    public static func run(_ store: SQLiteRecordStore) throws -> (AuditReport, [String]) {
        var report = AuditReport(eventsChecked: 0)
        var latest: [String] = []
        try OrderedPipeline.run(pieces: 3, state: {}, work: { _, piece -> Part in
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
