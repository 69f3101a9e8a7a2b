import Dispatch
import Foundation
import MusterCore

/// Checks a large roster's entries on a second thread, in order, a few chunks ahead of the writing thread.
///
/// Most of what `CommandContext.resolve` and the duplicate check do needs no database: trimming, the date,
/// score and hours rules, the module's newest version (looked up for every module beforehand), and whether the
/// roster named the same completion earlier. That is done here. What needs SQLite is left to the writer, once
/// per officer and class session rather than per entry: whether the badge exists and has completions already,
/// and whether the session exists. The writer asks in roster order before it uses an entry, so the first
/// broken rule it throws is the one the one-at-a-time path would throw.
final class RosterResolver: @unchecked Sendable {
    // Soundness of the unchecked Sendable: `repeats` and `sessionsSeen` are touched only on `queue`;
    // `chunks` and `cancelled` only under `lock`; `chunksTaken` only by the writer; the rest is immutable.

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

    private let entries: [CompletionRequest]
    private let defaultSession: Int64?
    private let modules: [String: NewestModule]
    private let today: CalendarDate
    private let queue = DispatchQueue(label: "muster.roster-resolver")
    private let lock = NSLock()
    private let ready = DispatchSemaphore(value: 0)
    private let room = DispatchSemaphore(value: chunksAhead)
    private var chunks: [[Entry]] = []
    private var cancelled = false
    private var repeats: RosterRepeats
    private var sessionsSeen = Set<Int64>()
    private var chunksTaken = 0

    /// Starts resolving at once. `modules` holds the newest version of every module the entries may name (a
    /// module missing from it is unknown); `defaultSession` is the session of entries that name none.
    init(_ entries: [CompletionRequest], defaultSession: Int64?, modules: [String: NewestModule], today: CalendarDate) {
        self.entries = entries
        self.defaultSession = defaultSession
        self.modules = modules
        self.today = today
        self.repeats = RosterRepeats(capacity: entries.count)
        if let defaultSession { sessionsSeen.insert(defaultSession) }
        queue.async { self.resolveAll() }
    }

    /// The next chunk in order, waiting for it if need be; nil after the last.
    func next() -> [Entry]? {
        guard chunksTaken * Self.chunkSize < entries.count else { return nil }
        ready.wait()
        chunksTaken += 1
        let chunk = lock.withLock { chunks.removeFirst() }
        room.signal()
        return chunk
    }

    /// Stops resolving (the writer threw, or is done) and waits for the thread to let go of the roster.
    func cancel() {
        lock.withLock { cancelled = true }
        room.signal()
        queue.sync {}
    }

    private func resolveAll() {
        for start in stride(from: 0, to: entries.count, by: Self.chunkSize) {
            room.wait()
            if lock.withLock({ cancelled }) { return }
            let chunk = entries[start..<min(start + Self.chunkSize, entries.count)].map(resolve)
            lock.withLock { chunks.append(chunk) }
            ready.signal()
        }
    }

    /// Runs on `queue`, in roster order.
    private func resolve(_ request: CompletionRequest) -> Entry {
        var entry = Entry(outcome: .failure(RuleViolation.emptyField("badge")), newBadge: nil, officer: -1,
                          newSession: nil, repeated: false)
        do {
            let badge = try RecordRules.nonEmpty(request.badge, field: "badge")
            let officer = repeats.officer(badge)
            entry.officer = officer.number
            if officer.first { entry.newBadge = badge }
            guard let module = modules[request.moduleID] else { throw StoreError.unknownModule(request.moduleID) }
            var request = request
            if request.sessionID == nil { request.sessionID = defaultSession }
            let resolved = try ResolvedCompletion(settling: request, badge: badge, module: module, today: today)
            if let session = resolved.sessionID, sessionsSeen.insert(session).inserted { entry.newSession = session }
            entry.repeated = repeats.repeats(resolved, officer: officer.number)
            entry.outcome = .success(resolved)
        } catch {
            entry.outcome = .failure(error)
        }
        return entry
    }
}
