import TerminalUI

extension Buffer {
    /// Writes `spans` on row `row` of `rect`, cut with "…" at the right edge; returns the next column.
    @discardableResult
    mutating func line(_ spans: [Span], in rect: Rect, row: Int) -> Int {
        guard row >= 0, row < rect.height else { return rect.x }
        var x = rect.x
        let y = rect.y + row
        let total = spans.reduce(0) { $0 + displayWidth(of: $1.text) }
        var budget = rect.width
        let cutting = total > rect.width
        for span in spans {
            guard budget > 0 else { break }
            let text = cutting ? truncated(span.text, toWidth: budget, ellipsis: displayWidth(of: span.text) > budget ? "…" : "") : span.text
            x = write(text, at: Position(column: x, row: y), style: span.style, clippedTo: rect)
            budget = rect.maxX - x
        }
        return x
    }

    /// Writes one plain or styled string on row `row` of `rect`, cut with "…".
    @discardableResult
    mutating func line(_ text: String, in rect: Rect, row: Int, style: Style = .plain) -> Int {
        line([Span(text, style)], in: rect, row: row)
    }

    /// A section heading: bold text in the header role.
    mutating func heading(_ text: String, in rect: Rect, row: Int) {
        line(text, in: rect, row: row, style: Style(.header, .bold))
    }
}
