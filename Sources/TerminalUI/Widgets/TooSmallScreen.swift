/// What to show instead of a screen when the terminal is below the minimum size: a centred, plain message
/// such as
///
/// ```
/// Terminal too small: 60×20
/// Need at least 80×24 — please enlarge it.
/// ```
public struct TooSmallScreen: Widget {
    public var minimum: Size
    public var actual: Size

    public init(minimum: Size, actual: Size) {
        self.minimum = minimum
        self.actual = actual
    }

    public var lines: [String] {
        ["Terminal too small: \(actual)", "Need at least \(minimum) — please enlarge it."]
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area)
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let text = truncated(line, toWidth: area.width)
            let x = area.x + max(0, (area.width - displayWidth(of: text)) / 2)
            buffer.write(text, at: Position(column: x, row: top + index), style: index == 0 ? Style(.warning, .bold) : .plain, clippedTo: area)
        }
    }
}
