/// Horizontal bars, one per row: label, bar, value text.
///
/// ```
/// Patrol      ████████████▌        82%
/// Traffic     ██████▏              41%
/// ```
///
/// Bar lengths are proportional to `value / maxValue` and drawn in eighths of a cell with
/// `▏▎▍▌▋▊▉█`, so small differences still show.
public struct BarChart: Widget {
    public struct Bar: Hashable, Sendable {
        public var label: String
        public var value: Double
        /// Text after the bar; defaults to the value formatted as an integer.
        public var valueText: String
        public var role: ColorRole

        public init(label: String, value: Double, valueText: String? = nil, role: ColorRole = .accent) {
            self.label = label
            self.value = value
            self.valueText = valueText ?? String(Int(value.rounded()))
            self.role = role
        }
    }

    public var bars: [Bar]
    /// The value of a full-length bar; defaults to the largest value.
    public var maxValue: Double?
    /// Columns for labels (0: the widest label, at most a third of the area).
    public var labelWidth: Int

    public init(bars: [Bar], maxValue: Double? = nil, labelWidth: Int = 0) {
        self.bars = bars
        self.maxValue = maxValue
        self.labelWidth = labelWidth
    }

    /// A bar of `fraction` (0...1) of `width` cells, in eighths, padded with spaces to `width`.
    public static func barText(fraction: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let eighths = Int((min(max(fraction, 0), 1) * Double(width * 8)).rounded())
        let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var text = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { text.append(partials[eighths % 8 - 1]) }
        return padded(text, toWidth: width)
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area)
        let labels = labelWidth > 0 ? labelWidth : min(bars.map { displayWidth(of: $0.label) }.max() ?? 0, area.width / 3)
        let valueWidth = bars.map { displayWidth(of: $0.valueText) }.max() ?? 0
        let barWidth = max(0, area.width - labels - valueWidth - 2)
        let top = maxValue ?? bars.map(\.value).max() ?? 0
        for (index, bar) in bars.enumerated() where index < area.height {
            let y = area.y + index
            buffer.write(fitted(bar.label, toWidth: labels), at: Position(column: area.x, row: y), clippedTo: area)
            let fraction = top > 0 ? bar.value / top : 0
            buffer.write(Self.barText(fraction: fraction, width: barWidth), at: Position(column: area.x + labels + 1, row: y),
                         style: Style(bar.role), clippedTo: area)
            buffer.write(padded(bar.valueText, toWidth: valueWidth, alignment: .right),
                         at: Position(column: area.x + labels + barWidth + 2, row: y), clippedTo: area)
        }
    }
}
