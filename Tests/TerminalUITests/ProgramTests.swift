import Testing
import TerminalUI

/// A tiny app: a list of names, a selection moved with arrows, a count loaded by an effect.
struct ListApp {
    struct State: Equatable {
        var names: [String]
        var table = TableState()
        var loaded: String = "loading…"
    }

    enum Message: Sendable {
        case key(Key)
        case resized(Size)
        case loaded(String)
    }

    enum Effect: Sendable, Equatable {
        case load
    }

    static let visibleRows = 3

    static func message(_ event: TerminalEvent, _ state: State) -> Message? {
        switch event {
        case .key(let key): .key(key)
        case .resize(let size): .resized(size)
        default: nil
        }
    }

    static func update(_ state: inout State, _ message: Message) -> Next<Effect> {
        switch message {
        case .key(.character("q")): return .quit
        case .key(.down): state.table.moveSelection(by: 1, rowCount: state.names.count, visibleRows: visibleRows)
        case .key(.up): state.table.moveSelection(by: -1, rowCount: state.names.count, visibleRows: visibleRows)
        case .key(.character("r")):
            state.loaded = "loading…"
            return .run(.load)
        case .key, .resized: break
        case .loaded(let text): state.loaded = text
        }
        return .none
    }

    static func view(_ state: State, _ size: Size) -> Frame {
        var frame = Frame(size: size)
        guard size.fits(Size(columns: 12, rows: 5)) else {
            frame.render(TooSmallScreen(minimum: Size(columns: 12, rows: 5), actual: size), in: frame.area)
            return frame
        }
        let parts = frame.area.splitRows([.fixed(4), .fill])
        frame.render(Table(columns: [TableColumn("Name", width: .fill(1))], rowCount: state.names.count,
                           state: state.table) { [TableCell(state.names[$0])] }, in: parts[0])
        frame.render(StatusLine(left: state.loaded), in: parts[1])
        return frame
    }
}

@Suite("Program runtime")
struct ProgramTests {
    func program(_ names: [String]) -> Program<ListApp.State, ListApp.Message, ListApp.Effect> {
        Program(state: ListApp.State(names: names), initialEffects: [.load], pollInterval: .milliseconds(5),
                message: ListApp.message, update: ListApp.update, view: ListApp.view,
                runEffect: { effect, send in
                    switch effect {
                    case .load:
                        try? await Task.sleep(for: .milliseconds(20))
                        send(.loaded("5 names"))
                    }
                })
    }

    @Test("scripted keys drive update and the screen; effect results arrive as messages")
    func scriptedRun() async throws {
        let terminal = TestTerminal(size: Size(columns: 12, rows: 5), script: [
            .waitUntil("the load effect's result") { $0.lines[4].contains("5 names") },
            .key(.down), .key(.down), .key(.down),
            .waitUntil("the fourth name selected") { $0.lines[3] == "▶ 東京      " },
            .key(.character("q")),
        ])
        let result = try await program(["Ann", "Bob", "山田", "東京", "Zoë"]).run(on: terminal)
        #expect(result.signal == nil)
        #expect(result.state.table == TableState(selected: 3, offset: 1))
        #expect(terminal.lines == [
            "  Name      ",
            "  Bob       ",
            "  山田      ",
            "▶ 東京      ",
            " 5 names    ",
        ])
    }

    @Test("after the first full frame only changed cells are written")
    func onlyChangedCells() async throws {
        let terminal = TestTerminal(size: Size(columns: 12, rows: 5), script: [
            .waitUntil("loaded") { $0.lines[4].contains("5 names") },
            .key(.character("x")),   // no state change: no frame at all
            .key(.down),
            .waitUntil("second row selected") { $0.lines[2].hasPrefix("▶") },
            .key(.character("q")),
        ])
        _ = try await program(["Ann", "Bob", "Cy"]).run(on: terminal)
        #expect(terminal.fullRedrawCount == 1)
        #expect(terminal.cellsWrittenPerFrame.first == 60)
        // The move redraws rows 1 and 2 only: their marker and style change (12 cells each).
        #expect(terminal.cellsWrittenPerFrame.last == 24)
        #expect(terminal.cellsWrittenPerFrame.count == 3)
    }

    @Test("a resize redraws the whole screen at the new size, small sizes included")
    func resize() async throws {
        let terminal = TestTerminal(size: Size(columns: 12, rows: 5), script: [
            .resize(Size(columns: 40, rows: 3)),
            .waitUntil("too-small message") { $0.lines[0] == "        Terminal too small: 40×3        " },
            .resize(Size(columns: 14, rows: 5)),
            .waitUntil("the list again") { $0.lines[0] == "  Name        " },
            .key(.character("q")),
        ])
        _ = try await program(["Ann"]).run(on: terminal)
        #expect(terminal.fullRedrawCount == 3)
        #expect(terminal.screen.size == Size(columns: 14, rows: 5))
    }

    @Test("an interrupt ends the run and reports the signal")
    func interrupt() async throws {
        let terminal = TestTerminal(size: Size(columns: 12, rows: 5), script: [.event(.interrupt(signal: 15))])
        let result = try await program(["Ann"]).run(on: terminal)
        #expect(result.signal == 15)
    }

    @Test("a program that never quits fails the test instead of hanging")
    func exhaustedScript() async throws {
        let terminal = TestTerminal(size: Size(columns: 12, rows: 5), script: [.key(.down)])
        await #expect(throws: TestTerminalError.self) { _ = try await program(["Ann"]).run(on: terminal) }
    }
}

@Suite("Program on the main actor")
struct MainActorProgramTests {
    @MainActor
    @Test("the program runs from the main actor, as a command-line tool's top-level code does")
    func runsOnMainActor() async throws {
        let terminal = TestTerminal(size: Size(columns: 12, rows: 5), script: [
            .waitUntil("loaded") { $0.lines[4].contains("5 names") },
            .key(.character("q")),
        ])
        let program = Program<ListApp.State, ListApp.Message, ListApp.Effect>(
            state: ListApp.State(names: ["Ann"]), initialEffects: [.load], pollInterval: .milliseconds(5),
            message: ListApp.message, update: ListApp.update, view: ListApp.view,
            runEffect: { _, send in send(.loaded("5 names")) })
        let result = try await program.run(on: terminal)
        #expect(result.state.loaded == "5 names")
        #expect(terminal.cursor == nil)
    }

    @Test("an effect may send several messages, applied in order")
    func severalMessages() async throws {
        let terminal = TestTerminal(size: Size(columns: 12, rows: 5), script: [
            .key(.character("r")),
            .waitUntil("the last progress message") { $0.lines[4].contains("done") },
            .key(.character("q")),
        ])
        let program = Program<ListApp.State, ListApp.Message, ListApp.Effect>(
            state: ListApp.State(names: ["Ann"]), pollInterval: .milliseconds(5),
            message: ListApp.message, update: ListApp.update, view: ListApp.view,
            runEffect: { _, send in
                for step in ["1/3", "2/3", "3/3", "done"] { send(.loaded(step)) }
            })
        let result = try await program.run(on: terminal)
        #expect(result.state.loaded == "done")
    }

    @Test("a tick's message is applied on its interval with no input at all")
    func tick() async throws {
        let terminal = TestTerminal(size: Size(columns: 12, rows: 5), script: [
            .waitUntil("the tick's message") { $0.lines[4].contains("ticked") },
            .key(.character("q")),
        ])
        let program = Program<ListApp.State, ListApp.Message, ListApp.Effect>(
            state: ListApp.State(names: ["Ann"]), pollInterval: .milliseconds(5),
            message: ListApp.message, update: ListApp.update, view: ListApp.view,
            runEffect: { _, _ in }, tick: (every: .milliseconds(20), message: .loaded("ticked")))
        let result = try await program.run(on: terminal)
        #expect(result.state.loaded == "ticked")
    }
}
