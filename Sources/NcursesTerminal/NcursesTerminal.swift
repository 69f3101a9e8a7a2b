import CNcurses
import Glibc
import Synchronization
import TerminalUI

/// The signal that asked the program to stop (0: none). Set from signal handlers, which may only do
/// async-signal-safe work, and polled by `nextEvent`.
private let stopSignal = Atomic<Int32>(0)

/// The real terminal: ncursesw behind the `Terminal` protocol. The only code in the package that calls ncurses.
///
/// Start-up (in this order, each step for a reason):
/// 1. `setlocale(LC_ALL, "")`, falling back to C.UTF-8, or wide characters break;
/// 2. refuse non-tty stdin/stdout and `TERM` unset or `dumb` with `NcursesTerminalError`;
/// 3. SIGINT/SIGTERM/SIGHUP handlers *before* `newterm`, so ncurses leaves them to us: they only set a flag,
///    and `nextEvent` turns it into `.interrupt(signal:)`, so the normal restore path runs;
/// 4. crash-signal cleanup (`cn_install_crash_cleanup`) so a trap still leaves a usable shell;
/// 5. `newterm` (not `initscr`, which exits on an unknown `TERM`), then a check that the terminal can
///    address the cursor;
/// 6. cbreak, noecho, keypad, hidden cursor, `set_escdelay(25)` unless `ESCDELAY` is set;
/// 7. colours only when `has_colors()` and `NO_COLOR` is unset or empty, else monochrome attributes.
///
/// Always call `restore()` (it is idempotent), or use `NcursesTerminal.run(_:)`, which does it on every exit.
public final class NcursesTerminal: Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    public let colorScheme: ColorScheme
    private var restored = false
    private var cursorVisible = false

    /// Opens the terminal. Throws `NcursesTerminalError` when there is no usable interactive terminal.
    /// - Parameter mouse: report clicks and the wheel (off by default: it breaks native text selection).
    public init(mouse: Bool = false) throws {
        Self.configureLocale()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw NcursesTerminalError.notATerminal }
        let term = Self.environment("TERM")
        guard let term, !term.isEmpty, term != "dumb" else { throw NcursesTerminalError.unsupportedTerminal(term: term) }

        stopSignal.store(0, ordering: .relaxed)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in stopSignal.store(received, ordering: .relaxed) }
        }
        cn_install_crash_cleanup()

        guard let screen = cn_newterm(nil) else {
            Self.resetStopSignals()
            throw NcursesTerminalError.cannotInitialize(term: term)
        }
        guard let window = cn_stdscr() else {
            endwin()
            delscreen(screen)
            Self.resetStopSignals()
            throw NcursesTerminalError.cannotInitialize(term: term)
        }
        // TERM=dumb-like entries "succeed" in newterm but cannot move the cursor: refuse them.
        let cursorAddress = tigetstr("cup")
        if cursorAddress == nil || Int(bitPattern: cursorAddress) == -1 {
            endwin()
            delscreen(screen)
            Self.resetStopSignals()
            throw NcursesTerminalError.unsupportedTerminal(term: term)
        }
        self.screen = screen
        self.window = window

        cbreak()
        noecho()
        Self.disableFlowControl()
        keypad(window, true)
        Self.defineHomeAndEnd()
        curs_set(0)
        if Self.environment("ESCDELAY") == nil { set_escdelay(25) }

        let noColor = Self.environment("NO_COLOR").map { !$0.isEmpty } ?? false
        let usesColor = has_colors() && !noColor
        if usesColor {
            start_color()
            use_default_colors()
        }
        colorScheme = ColorScheme(usesColor: usesColor)
        colorScheme.installPairs()
        if mouse {
            mousemask(CN_BUTTON1_CLICKED | CN_BUTTON1_PRESSED | CN_BUTTON4_PRESSED | CN_BUTTON5_PRESSED, nil)
            mouseinterval(0)
        }
    }

    deinit {
        restore()
    }

    /// Terminals send Home and End in several spellings whatever TERM's entry says (tmux sends `ESC [4~` under
    /// TERM=xterm-256color, whose entry says `ESC OF`). ncurses knows only the entry's, and an unknown
    /// sequence reached the app as Escape, "[", "4", "~": the "4" switched tabs. Spellings the entry
    /// leaves free are taught to ncurses here.
    private static func defineHomeAndEnd() {
        let spellings: [(String, Int32)] = [
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
            ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
        ]
        for (sequence, key) in spellings where key_defined(sequence) == 0 {
            define_key(sequence, key)
        }
    }

    /// Opens the terminal, runs `body`, and restores the terminal however `body` ends (return or throw).
    nonisolated(nonsending) public static func run<Result>(mouse: Bool = false, _ body: (NcursesTerminal) async throws -> Result) async throws -> Result {
        let terminal = try NcursesTerminal(mouse: mouse)
        defer { terminal.restore() }
        return try await body(terminal)
    }

    public var size: Size {
        Size(columns: Int(getmaxx(window)), rows: Int(getmaxy(window)))
    }

    public func draw(_ changes: [CellChange], cursor: Position?, fullRedraw: Bool) throws {
        if fullRedraw {
            werase(window)
            clearok(window, true)  // repaint everything even if ncurses thinks the screen is current
        }
        for change in changes where !change.cell.isContinuation {
            put(change.cell, at: change.position)
        }
        if let cursor {
            wmove(window, Int32(cursor.row), Int32(cursor.column))
            if !cursorVisible { curs_set(1) }
            cursorVisible = true
        } else if cursorVisible {
            curs_set(0)
            cursorVisible = false
        }
        wrefresh(window)
    }

    /// Writes one cell with `setcchar` + `mvwadd_wch`.
    private func put(_ cell: Cell, at position: Position) {
        let y = Int32(position.row), x = Int32(position.column)
        let attributes = colorScheme.attr(for: cell.style)
        let pair = colorScheme.pair(for: cell.style.role)
        let plan = NcursesGlyph.plan(for: cell.grapheme, libraryWidth: { Int(cn_wcwidth(wchar_t(bitPattern: $0.value))) })
        var character = cchar_t()
        var wide = plan.scalars.map { wchar_t(bitPattern: $0.value) } + [0]
        if setcchar(&character, &wide, attributes, pair, nil) != OK {
            var fallback: [wchar_t] = [wchar_t(bitPattern: 0x3F), 0]  // "?"
            setcchar(&character, &fallback, attributes, pair, nil)
        }
        // The bottom-right cell returns ERR because the cursor cannot advance; the cell is still drawn.
        _ = mvwadd_wch(window, y, x, &character)
        if plan.padWithSpace {
            var space = cchar_t()
            var blank: [wchar_t] = [0x20, 0]
            setcchar(&space, &blank, attributes, pair, nil)
            _ = mvwadd_wch(window, y, x + 1, &space)
        }
    }

    nonisolated(nonsending) public func nextEvent(timeout: Duration) async throws -> TerminalEvent? {
        if let interrupt = pendingInterrupt() { return interrupt }
        let milliseconds = max(0, Int32(timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000))
        wtimeout(window, milliseconds)
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        if let interrupt = pendingInterrupt() { return interrupt }
        switch NcursesInput.decode(status: status, code: code) {
        // Esc is never combined with a following key into Alt+key: scripted input (tmux send-keys) and fast
        // typists send Esc then a key within the escape delay, and Esc must stay Esc.
        case .key(let key): return .key(key)
        case .resize: return .resize(size)
        case .mouse: return readMouse()
        case .none: return nil
        }
    }

    private func readMouse() -> TerminalEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let position = Position(column: Int(event.x), row: Int(event.y))
        if event.bstate & (CN_BUTTON1_CLICKED | CN_BUTTON1_PRESSED) != 0 { return .mouse(MouseEvent(.click, at: position)) }
        if event.bstate & CN_BUTTON4_PRESSED != 0 { return .mouse(MouseEvent(.scrollUp, at: position)) }
        if event.bstate & CN_BUTTON5_PRESSED != 0 { return .mouse(MouseEvent(.scrollDown, at: position)) }
        return nil
    }

    private func pendingInterrupt() -> TerminalEvent? {
        let received = stopSignal.exchange(0, ordering: .relaxed)
        return received == 0 ? nil : .interrupt(signal: received)
    }

    /// Leaves curses: cursor visible, cooked mode, normal screen. Safe to call more than once.
    /// Ctrl-S and Ctrl-Q are XOFF/XON in cooked and cbreak mode: the terminal would freeze on Ctrl-S
    /// instead of passing it to the program, so input flow control is switched off for the session.
    /// `def_prog_mode` records the change so ncurses keeps it across refreshes; `endwin` restores the
    /// shell's own settings on exit.
    private static func disableFlowControl() {
        var attributes = termios()
        guard tcgetattr(STDIN_FILENO, &attributes) == 0 else { return }
        attributes.c_iflag &= ~tcflag_t(IXON)
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &attributes)
        def_prog_mode()
    }

    public func restore() {
        guard !restored else { return }
        restored = true
        curs_set(1)
        endwin()
        delscreen(screen)
        Self.resetStopSignals()
    }

    /// Gives SIGINT/SIGTERM/SIGHUP their default behaviour back (so Ctrl-C works again after the UI).
    private static func resetStopSignals() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] { signal(signalNumber, SIG_DFL) }
    }

    private static func configureLocale() {
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
