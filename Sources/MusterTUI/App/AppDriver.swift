import MusterCore
import Synchronization
import TerminalUI

/// The app without a terminal or run loop, for the in-process benchmarks: the real `AppUpdate.update` and
/// `AppView.render`, one message at a time, with effects run to completion in between. Not product API.
@available(macOS 15.0, *)
@_spi(Benchmarks) public struct AppDriver: Sendable {
    private var state: AppState
    private let runner: EffectRunner

    /// Opens the app at `size` and runs its start-up loads (roster, then snapshot) to completion.
    public init(client: MusterClient, size: Size) async {
        state = AppState(context: AppContext(client: client), size: size)
        runner = EffectRunner(client: client)
        await run(state.initialEffects)
    }

    /// One key press as the input loop applies it: `update` alone; effects it asks for are not started.
    public mutating func update(_ key: Key) {
        _ = AppUpdate.update(&state, .key(key))
    }

    /// One key press, then every effect it starts, run to completion.
    public mutating func press(_ key: Key) async {
        let next = AppUpdate.update(&state, .key(key))
        await run(next.effects)
    }

    /// One frame of `view` for the current state at the driver's size.
    public func render() -> Frame {
        AppView.render(state, size: state.size)
    }

    /// The rows the officers table shows after its search and filters.
    public var visibleOfficerCount: Int { state.officers.visible.count }

    /// The work done off the input loop when a snapshot arrives (the officer index), returned so it is kept.
    public static func prepare(_ snapshot: AgencySnapshot) -> any Sendable {
        LoadedAgency(snapshot: snapshot)
    }

    private mutating func run(_ effects: [AppEffect]) async {
        for effect in effects {
            let inbox = Inbox()
            await runner.run(effect) { message in inbox.messages.withLock { $0.append(message) } }
            for message in inbox.messages.withLock({ $0 }) {
                let next = AppUpdate.update(&state, message)
                await run(next.effects)
            }
        }
    }
}

/// Messages an effect sent, in order.
@available(macOS 15.0, *)
private final class Inbox: Sendable {
    let messages = Mutex<[AppMessage]>([])
}
