/// A key and what it does, as shown in the hint bar and the help overlay.
public struct KeyHint: Hashable, Sendable {
    public var key: String
    public var label: String

    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }
}

/// The bottom line of key hints: `q quit  / search  ↵ open  ? help`.
///
/// Hints are kept in order while they fit; the rest are dropped. It ends with the help hint (`? help` unless
/// the screen names another, such as `F1` where `?` is text), so the full list is one key away. Keys are bold
/// in `.accent`, labels plain, on the `.statusBar` background.
public struct KeyHintBar: Widget {
    public var hints: [KeyHint]
    /// Always shown, last; nil where no key opens help (a field where every key is text).
    public var help: KeyHint?

    public init(hints: [KeyHint], help: KeyHint? = KeyHint(key: "?", label: "help")) {
        self.help = help
        self.hints = hints.filter { $0.key != help?.key }
    }

    /// The hints that fit in `width` columns, the help hint last.
    public func fittingHints(width: Int) -> [KeyHint] {
        var used = help.map { hintWidth($0) + 1 } ?? 0
        var kept: [KeyHint] = []
        for hint in hints {
            let w = hintWidth(hint) + 2
            if used + w > width { break }
            kept.append(hint)
            used += w
        }
        return kept + (help.map { [$0] } ?? [])
    }

    private func hintWidth(_ hint: KeyHint) -> Int { displayWidth(of: hint.key) + 1 + displayWidth(of: hint.label) }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let line = area.row(0)
        buffer.fill(line, with: Cell(" ", style: Style(.statusBar)))
        var x = line.x + 1
        for (index, hint) in fittingHints(width: line.width).enumerated() {
            if index > 0 { x += 2 }
            x = buffer.write(hint.key, at: Position(column: x, row: line.y), style: Style(.statusBar, .bold), clippedTo: line)
            x = buffer.write(" " + hint.label, at: Position(column: x, row: line.y), style: Style(.statusBar), clippedTo: line)
        }
    }
}
