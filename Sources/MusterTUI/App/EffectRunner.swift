import MusterCore
import Synchronization
import TerminalUI

/// Performs effects with the client, off the input loop, and sends their results back as messages.
@available(macOS 15.0, *)
struct EffectRunner: Sendable {
    let client: MusterClient
    /// What this runner last loaded (the roster, or a snapshot), while the app still shows it: the next
    /// snapshot reuses its index when the officers are the same. Weak, so a load the app dropped is not kept
    /// alive here.
    private let lastLoad = LastLoad()
    /// Whether a read of the database's version is under way: a tick finds one still waiting (behind a long
    /// write on the same connection) and lets it be, rather than queueing one a second.
    private let readingVersion = InFlight()

    init(client: MusterClient) {
        self.client = client
    }

    func run(_ effect: AppEffect, send: @escaping @Sendable (AppMessage) -> Void) async {
        switch effect {
        case .loadRoster:
            // Failures here are not reported: `loadAgency` reads the same database and says what went wrong.
            if let count = client.countOfficers, let headcount = try? await count() { send(.headcountLoaded(headcount)) }
            let officers = try? await client.loadOfficers?()
            let roster = officers.map { LoadedAgency(roster: $0, asOf: client.asOf, agency: client.figuresAgency) }
            lastLoad.set(roster)
            send(.rosterLoaded(roster))
        case .loadAgency:
            await sendDatabaseVersion(send, as: AppMessage.databaseVersionSeen)
            // The index is built (or reused) here, off the input loop, rather than when the message is applied.
            let previous = lastLoad.get()
            let loaded = await result { LoadedAgency(snapshot: try await client.loadAgency(), reusingIndexOf: previous) }
            if case .success(let agency) = loaded { lastLoad.set(agency) }
            send(.agencyLoaded(loaded))
        case .loadOfficer(let badge):
            await sendDatabaseVersion(send, as: AppMessage.databaseVersionSeen)
            send(.officerLoaded(badge: badge, await result { try await client.officerDetail(badge) }))
        case .perform(let command):
            send(.actionFinished(command, await result { try await client.perform(command) }))
        case .previewExport(let request):
            send(.exportPreviewed(request, await result { try await client.previewExport(request) }))
        case .export(let request):
            let outcome = await result { try await client.export(request) { send(.exportProgressed($0)) } }
            send(.exportFinished(outcome))
        case .loadClasses:
            if let load = client.upcomingClasses, let sessions = try? await load() { send(.classesLoaded(sessions)) }
        case .loadEnrolments(let id):
            guard let load = client.classEnrolments else { return }
            send(.enrolmentsLoaded(id, await result { try await load(id) }))
        case .performClass(let commands):
            send(.classActionFinished(commands, await result {
                if let performAll = client.performAll { return try await performAll(commands) }
                var results: [CommandResult] = []
                for command in commands { results.append(try await client.perform(command)) }
                return results
            }))
        case .readDatabaseVersion:
            guard readingVersion.begin() else { return }
            defer { readingVersion.end() }
            await sendDatabaseVersion(send, as: AppMessage.databaseVersionRead)
        }
    }

    /// Sends the database's version when the client can read one. A failed read is not reported: the next
    /// tick tries again, and the loads report a database that cannot be read.
    private func sendDatabaseVersion(_ send: @Sendable (AppMessage) -> Void, as message: (Int64) -> AppMessage) async {
        guard let read = client.databaseVersion, let version = try? await read() else { return }
        send(message(version))
    }

    private func result<Value>(_ body: () async throws -> Value) async -> Result<Value, Failure> {
        do {
            return .success(try await body())
        } catch {
            return .failure(Failure(error))
        }
    }
}

/// A weak, lock-protected reference to the last agency loaded.
@available(macOS 15.0, *)
private final class LastLoad: Sendable {
    private let load = Mutex<WeakLoad>(WeakLoad())

    func set(_ loaded: LoadedAgency?) { load.withLock { $0.value = loaded } }

    /// The last load, if the app still holds it.
    func get() -> LoadedAgency? { load.withLock { $0.value } }
}

private struct WeakLoad {
    weak var value: LoadedAgency?
}

/// Whether one piece of work is under way, for work that should not start again until it ends.
@available(macOS 15.0, *)
private final class InFlight: Sendable {
    private let running = Mutex(false)

    /// Marks the work begun; false if it already was.
    func begin() -> Bool {
        running.withLock { running in
            defer { running = true }
            return !running
        }
    }

    func end() { running.withLock { $0 = false } }
}
