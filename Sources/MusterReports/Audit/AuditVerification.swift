import MusterStore
import OrderedWork

/// `muster audit verify`'s checks, spread over the cores: the hash chain (every event hashed again), every
/// record against its last event, `completion_latest` and `pass_digest` against the completions, the schema and a
/// published head, and the signatures in spans of the log. Each reads in its own transaction, and the long ones are long at
/// agency scale.
public enum AuditVerification {
    private enum Part: Sendable {
        case chain(BrokenLink?, eventsChecked: Int)
        case drifts([RecordDrift])
        case latest([String])
        case digests([String])
        case schema([String], head: String?)
        case signatures(AuditSignatureCheck)
    }

    /// The audit report, and the lines naming `completion_latest` rows and `pass_digest` blobs that differ from the
    /// completions.
    public static func run(_ store: SQLiteRecordStore) throws -> (AuditReport, [String]) {
        let outcome = try run(store, anchors: AuditAnchors())
        return (outcome.report, outcome.latest)
    }

    /// Every check, with the published head and the public key when given.
    public static func run(_ store: SQLiteRecordStore, anchors: AuditAnchors) throws -> AuditOutcome {
        let newest = try store.newestAuditEventID()
        // Each signature costs a verification of tens of microseconds; a log of millions of transactions is split.
        let spans = signatureSpans(upTo: newest, count: anchors.publicKey == nil ? 1 : OrderedPipeline<Int, Part, any Error>.processorCount)
        var outcome = AuditOutcome(report: AuditReport(eventsChecked: 0), newestEvent: newest)
        try OrderedPipeline.run(pieces: 5 + spans.count, state: {}, work: { _, piece -> Part in
            switch piece {
            case 0:
                let chain = try store.auditChainCheck()
                return .chain(chain.firstBrokenLink, eventsChecked: chain.eventsChecked)
            case 1: return .drifts(try store.auditDrifts())
            case 2: return .latest(try store.completionLatestMismatches())
            case 3: return .schema(try store.schemaProblems(), head: try anchors.head.flatMap(store.publishedHeadProblem))
            case 4: return .digests(try store.passDigestMismatches())
            default: return .signatures(try store.auditSignatures(in: spans[piece - 5], publicKey: anchors.publicKey))
            }
        }) { part in
            switch part {
            case .chain(let broken, let checked):
                outcome.report.firstBrokenLink = broken
                outcome.report.eventsChecked = checked
            case .drifts(let drifts): outcome.report.drifts = drifts
            case .latest(let lines): outcome.latest = lines + outcome.latest
            case .digests(let lines): outcome.latest += lines
            case .schema(let lines, let head):
                outcome.schema = lines
                outcome.anchors += head.map { [$0] } ?? []
            case .signatures(let check): outcome.signatures.merge(check)
            }
        }
        outcome.anchors += outcome.signatures.problems
        if let key = anchors.publicKey, newest > (outcome.signatures.newestGenuine ?? 0) {
            let from = (outcome.signatures.newestGenuine ?? 0) + 1
            outcome.anchors.append(from == 1
                ? "no event carries a genuine signature by key \(key.fingerprint)"
                : "events \(from)…\(newest) carry no genuine signature by key \(key.fingerprint): "
                    + "written without the signing key, or rewritten after event \(from - 1)")
        }
        return outcome
    }

    /// `count` consecutive spans of event ids covering 1…newest (one span, possibly empty, when there are none).
    static func signatureSpans(upTo newest: Int64, count: Int) -> [ClosedRange<Int64>] {
        let pieces = Int64(max(1, min(count, Int(clamping: newest))))
        let size = max(1, (newest + pieces - 1) / pieces)
        return (0..<pieces).map { index in
            let lower = index * size + 1
            // The last span reaches past the newest event, so a signature naming a removed event is still read.
            return index == pieces - 1 ? lower...Int64.max : lower...min(newest, lower + size - 1)
        }
    }
}

/// What `audit verify` is given beyond the file: the head published earlier and the agency's public key.
public struct AuditAnchors: Sendable {
    public var head: PublishedHead?
    public var publicKey: AuditPublicKey?

    public init(head: PublishedHead? = nil, publicKey: AuditPublicKey? = nil) {
        self.head = head
        self.publicKey = publicKey
    }
}

/// Everything `audit verify` found.
public struct AuditOutcome: Sendable {
    public var report: AuditReport
    /// `completion_latest` rows and `pass_digest` blobs that differ from the completions.
    public var latest: [String] = []
    public var schema: [String] = []
    /// The published head missing or changed, and signatures that are not genuine or do not cover the tail.
    public var anchors: [String] = []
    public var signatures = AuditSignatureCheck()
    public var newestEvent: Int64

    public var isIntact: Bool { report.isIntact && latest.isEmpty && schema.isEmpty && anchors.isEmpty }

    /// Every problem, one line each.
    public var problems: [String] {
        (report.isIntact ? [] : report.lines) + latest + schema + anchors
    }
}
