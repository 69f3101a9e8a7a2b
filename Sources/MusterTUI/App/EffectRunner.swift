import TerminalUI

/// Performs effects with the client, off the input loop, and sends their results back as messages.
struct EffectRunner: Sendable {
    let client: MusterClient

    func run(_ effect: AppEffect, send: @escaping @Sendable (AppMessage) -> Void) async {
        switch effect {
        case .loadRoster:
            // Failures here are not reported: `loadAgency` reads the same database and says what went wrong.
            if let count = client.countOfficers, let headcount = try? await count() { send(.headcountLoaded(headcount)) }
            let officers = try? await client.loadOfficers?()
            send(.rosterLoaded(officers.map { LoadedAgency(roster: $0, asOf: client.asOf) }))
        case .loadAgency:
            // The index is built here, off the input loop, rather than when the message is applied.
            send(.agencyLoaded(await result { LoadedAgency(snapshot: try await client.loadAgency()) }))
        case .loadOfficer(let badge):
            send(.officerLoaded(badge: badge, await result { try await client.officerDetail(badge) }))
        case .perform(let action):
            send(.actionFinished(action, await result { try await client.perform(action) }))
        case .previewExport(let request):
            send(.exportPreviewed(request, await result { try await client.previewExport(request) }))
        case .export(let request):
            let outcome = await result { try await client.export(request) { send(.exportProgressed($0)) } }
            send(.exportFinished(outcome))
        }
    }

    private func result<Value>(_ body: () async throws -> Value) async -> Result<Value, Failure> {
        do {
            return .success(try await body())
        } catch {
            return .failure(Failure(error))
        }
    }
}
