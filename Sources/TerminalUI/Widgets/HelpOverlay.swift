/// Keys grouped under a heading in the help overlay ("Global", "Officers", …).
public struct HelpGroup: Hashable, Sendable {
    public var title: String
    public var entries: [KeyHint]

    public init(title: String, entries: [KeyHint]) {
        self.title = title
        self.entries = entries
    }
}

/// The `?` overlay: a box listing every key of the current screen, grouped, scrollable with `scrollOffset`.
///
/// ```
/// ┌─ Help ──────────────────────┐
/// │ Global                      │
/// │   q        Quit             │
/// │   Tab      Next tab         │
/// └──── ↑↓ PgUp PgDn · Esc close ┘
/// ```
public struct HelpOverlay: Widget {
    public var title: String
    public var groups: [HelpGroup]
    public var scrollOffset: Int

    public init(title: String = "Help", groups: [HelpGroup], scrollOffset: Int = 0) {
        self.title = title
        self.groups = groups
        self.scrollOffset = scrollOffset
    }

    /// Every line of the overlay's content, before scrolling.
    public var contentLines: [(text: String, style: Style)] {
        let keyWidth = groups.flatMap(\.entries).map { displayWidth(of: $0.key) }.max() ?? 0
        var lines: [(String, Style)] = []
        for (index, group) in groups.enumerated() {
            if index > 0 { lines.append(("", .plain)) }
            lines.append((group.title, Style(.header, .bold)))
            for entry in group.entries {
                lines.append(("  " + padded(entry.key, toWidth: keyWidth) + "  " + entry.label, .plain))
            }
        }
        return lines
    }

    /// The largest useful `scrollOffset` for an overlay drawn in `area`.
    public func maxScrollOffset(in area: Rect) -> Int {
        max(0, contentLines.count - Box.inner(area).height)
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        buffer.render(Box(title: title, footer: "↑↓ scroll · Esc close"), in: area)
        let inner = Box.inner(area).inset(horizontal: 1)
        let lines = contentLines
        let offset = min(max(0, scrollOffset), maxScrollOffset(in: area))
        for row in 0..<inner.height where offset + row < lines.count {
            let line = lines[offset + row]
            buffer.write(truncated(line.text, toWidth: inner.width), at: Position(column: inner.x, row: inner.y + row),
                         style: line.style, clippedTo: inner)
        }
        if offset + inner.height < lines.count {
            buffer.write("↓", at: Position(column: area.maxX - 1, row: area.maxY - 2), style: Style(.accent), clippedTo: area)
        }
        if offset > 0 {
            buffer.write("↑", at: Position(column: area.maxX - 1, row: area.y + 1), style: Style(.accent), clippedTo: area)
        }
    }
}
