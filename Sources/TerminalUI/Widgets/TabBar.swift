/// A row of tab titles, numbered from 1 so digits can switch tabs: ` 1 Dashboard │ 2 Officers │ …`.
///
/// The selected tab is wrapped in `[ ]` and drawn in the `.selection` role with bold, so it shows without
/// colour too. Titles that do not fit are cut; the selected one is always kept visible.
public struct TabBar: Widget {
    public var titles: [String]
    public var selected: Int
    public var numbered: Bool

    public init(titles: [String], selected: Int, numbered: Bool = true) {
        self.titles = titles
        self.selected = selected
        self.numbered = numbered
    }

    /// The label drawn for tab `index`, brackets included.
    func label(_ index: Int) -> String {
        let text = numbered ? "\(index + 1) \(titles[index])" : titles[index]
        return index == selected ? "[\(text)]" : " \(text) "
    }

    /// The column range each tab occupies, relative to the area's left edge.
    public func tabRanges() -> [Range<Int>] {
        var x = 0
        return titles.indices.map { index in
            let width = displayWidth(of: label(index))
            defer { x += width + 1 }
            return x..<(x + width)
        }
    }

    /// The tab under `position` (for mouse clicks), or nil.
    public func tabIndex(at position: Position, in area: Rect) -> Int? {
        guard area.contains(position) else { return nil }
        return tabRanges().firstIndex { $0.contains(position.column - area.x) }
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area.row(0))
        let ranges = tabRanges()
        for index in titles.indices {
            let x = area.x + ranges[index].lowerBound
            if index > 0 { buffer.write("│", at: Position(column: x - 1, row: area.y), style: Style(.border), clippedTo: area) }
            let style = index == selected ? Style(.selection, .bold) : Style(.normal)
            buffer.write(label(index), at: Position(column: x, row: area.y), style: style, clippedTo: area)
        }
    }
}
