/// A one-row trend drawn with `▁▂▃▄▅▆▇█`, one value per column; the most recent values are kept when
/// there are more values than columns.
public struct Sparkline: Widget {
    public var values: [Double]
    /// The value drawn as `█`; defaults to the largest value.
    public var maxValue: Double?
    public var role: ColorRole

    public init(values: [Double], maxValue: Double? = nil, role: ColorRole = .accent) {
        self.values = values
        self.maxValue = maxValue
        self.role = role
    }

    /// The sparkline text for `values` at most `width` columns wide.
    public static func text(_ values: [Double], maxValue: Double? = nil, width: Int) -> String {
        let shown = values.suffix(max(0, width))
        let top = maxValue ?? shown.max() ?? 0
        let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        return String(shown.map { value in
            guard top > 0 else { return levels[0] }
            let level = Int((min(max(value / top, 0), 1) * 7).rounded())
            return levels[level]
        })
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area.row(0))
        buffer.write(Self.text(values, maxValue: maxValue, width: area.width), at: Position(column: area.x, row: area.y),
                     style: Style(role), clippedTo: area)
    }
}
