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
/// Hints are kept in order while they fit; the rest are dropped. It always ends with `? help`, so the full
/// list is one key away. Keys are bold in `.accent`, labels plain, on the `.statusBar` background.
public struct KeyHintBar: Widget {
    public var hints: [KeyHint]

    public init(hints: [KeyHint]) {
        self.hints = hints.filter { $0.key != "?" }
    }

    /// The hints that fit in `width` columns, `? help` last.
    public func fittingHints(width: Int) -> [KeyHint] {
        let help = KeyHint(key: "?", label: "help")
        var used = hintWidth(help) + 1
        var kept: [KeyHint] = []
        for hint in hints {
            let w = hintWidth(hint) + 2
            if used + w > width { break }
            kept.append(hint)
            used += w
        }
        return kept + [help]
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
