import MusterCore
import MusterTestSupport
import TerminalUI
@testable import MusterTUI

/// Drives the app's `update` directly, running effects against a `FakeStore` synchronously, so a test reads
/// like a user's session: press keys, then look at the state and the screen.
struct Harness {
    var state: AppState
    let store: FakeStore
    let client: MusterClient
    /// One runner for the session, as the app has.
    let runner: EffectRunner
    /// Every effect `update` asked for, in order.
    var effects: [AppEffect] = []
    var quit = false
    /// Effects not run yet: with `holding`, those of that kind wait here until `release()`.
    var held: [AppEffect] = []
    /// Which effects wait in `held` instead of running (a slow agency snapshot still being computed).
    var holding: [AppEffect]

    init(access: AccessPolicy = FixtureAgency.coordinator, previewBadge: String? = nil, size: Size = Size(columns: 80, rows: 24),
         store: FakeStore = FakeStore(), holding: [AppEffect] = [], followsChanges: Bool = false) async {
        self.store = store
        self.holding = holding
        client = store.client(access: access, previewBadge: previewBadge, followsChanges: followsChanges)
        runner = EffectRunner(client: client)
        state = AppState(context: AppContext(client: client), size: size)
        await run(state.initialEffects)
    }

    /// Sends a message and runs whatever effects follow, until the app is idle.
    mutating func send(_ message: AppMessage) async {
        let next = AppUpdate.update(&state, message)
        if next.quit { quit = true }
        effects += next.effects
        await run(next.effects)
    }

    mutating func press(_ keys: Key...) async {
        for key in keys { await send(.key(key)) }
    }

    mutating func type(_ text: String) async {
        for character in text { await send(.key(.character(character))) }
    }

    /// Applies a message without running the effects it returns; returns them.
    mutating func sendHoldingEffects(_ message: AppMessage) -> Next<AppEffect> {
        let next = AppUpdate.update(&state, message)
        if next.quit { quit = true }
        return next
    }

    /// Runs the held effects, as if the slow load finished now.
    mutating func release() async {
        let effects = held
        held = []
        holding = []
        await run(effects)
    }

    private mutating func run(_ effects: [AppEffect]) async {
        for effect in effects {
            if holding.contains(effect) {
                held.append(effect)
                continue
            }
            let collected = Collected()
            await runner.run(effect) { collected.append($0) }
            for message in collected.messages { await send(message) }
        }
    }

    var screen: [String] { AppView.render(state, size: state.size).buffer.lines }
    var frame: Frame { AppView.render(state, size: state.size) }
}

/// Messages an effect sent, gathered in order.
final class Collected: @unchecked Sendable {
    private(set) var messages: [AppMessage] = []
    func append(_ message: AppMessage) { messages.append(message) }
}
