import MusterCore
import OrderedWork

/// Checks a large roster's entries on a second thread, in order, a few chunks ahead of the writing thread.
///
/// Most of what `CommandContext.resolve` and the duplicate check do needs no database: trimming, the date,
/// score and hours rules, the version in force on the entry's date (every module's versions looked up beforehand), and whether the
/// roster named the same completion earlier. That is done here. What needs SQLite is left to the writer, once
/// per officer and class session rather than per entry: whether the badge exists and has completions already,
/// and whether the session exists. The writer asks in roster order before it uses an entry, so the first
/// broken rule it throws is the one the one-at-a-time path would throw.
final class RosterResolver {
    /// One entry as settled here, with what is left for the writer to ask the database.
    struct Entry: Sendable {
        /// The resolved completion, or the first rule the entry breaks that needs no database.
        var outcome: Result<ResolvedCompletion, any Error>
        /// Set on the officer's first entry: the writer checks the badge exists (before any error of the entry
        /// counts) and whether the officer has completions already.
        var newBadge: String?
        /// The entry's officer, numbered in the roster's order of first appearance.
        var officer: Int32
        /// Set on the first entry naming a class session: the writer checks it exists.
        var newSession: Int64?
        /// The roster named the same officer, module, day and result before: a duplicate.
        var repeated: Bool
    }

    /// Entries per chunk handed to the writer.
    static let chunkSize = 4_096
    /// Chunks resolved ahead of the writer at most, so a fast resolver does not hold a whole roster twice.
    private static let chunksAhead = 8

    private let pipeline: OrderedPipeline<Range<Int>, [Entry], Never>

    /// Starts resolving at once. `modules` holds every version of every module the entries may name (a
    /// module missing from it is unknown); `defaultSession` is the session of entries that name none.
    init(_ entries: [CompletionRequest], defaultSession: Int64?, modules: [String: LoadedVersions], today: CalendarDate) {
        // One worker, so the entries are seen in roster order and each repeat is known.
        pipeline = OrderedPipeline(workers: 1, lookAhead: Self.chunksAhead, state: {
            Resolution(defaultSession: defaultSession, modules: modules, today: today, capacity: entries.count)
        }) { resolution, chunk in
            entries[chunk].map { resolution.resolve($0) }
        }
        pipeline.submit(contentsOf: stride(from: 0, to: entries.count, by: Self.chunkSize).map {
            $0..<min($0 + Self.chunkSize, entries.count)
        })
        pipeline.close()
    }

    /// The next chunk in order, waiting for it if need be; nil after the last.
    func next() -> [Entry]? {
        pipeline.next()
    }

    /// Stops resolving (the writer threw, or is done) and waits for the worker to let go of the roster.
    func cancel() {
        pipeline.cancel()
    }
}

/// What resolving remembers from entry to entry, on the resolver's worker.
private struct Resolution {
    let defaultSession: Int64?
    let modules: [String: LoadedVersions]
    let today: CalendarDate
    var repeats: RosterRepeats
    var sessionsSeen = Set<Int64>()

    init(defaultSession: Int64?, modules: [String: LoadedVersions], today: CalendarDate, capacity: Int) {
        self.defaultSession = defaultSession
        self.modules = modules
        self.today = today
        repeats = RosterRepeats(capacity: capacity)
        if let defaultSession { sessionsSeen.insert(defaultSession) }
    }

    mutating func resolve(_ request: CompletionRequest) -> RosterResolver.Entry {
        var entry = RosterResolver.Entry(outcome: .failure(RuleViolation.emptyField("badge")), newBadge: nil, officer: -1,
                                         newSession: nil, repeated: false)
        do {
            let badge = try RecordRules.nonEmpty(request.badge, field: "badge")
            let officer = repeats.officer(badge)
            entry.officer = officer.number
            if officer.first { entry.newBadge = badge }
            guard let versions = modules[request.moduleID] else { throw StoreError.unknownModule(request.moduleID) }
            var request = request
            if request.sessionID == nil { request.sessionID = defaultSession }
            let resolved = try ResolvedCompletion(settling: request, badge: badge, versions: versions, today: today)
            if let session = resolved.sessionID, sessionsSeen.insert(session).inserted { entry.newSession = session }
            entry.repeated = repeats.repeats(resolved, officer: officer.number)
            entry.outcome = .success(resolved)
        } catch {
            entry.outcome = .failure(error)
        }
        return entry
    }
}
