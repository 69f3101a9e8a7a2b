/// A full-width line in the `.statusBar` role with text at the left and the right; the left text is cut
/// first when both do not fit.
public struct StatusLine: Widget {
    public var left: String
    public var right: String
    public var role: ColorRole

    public init(left: String, right: String = "", role: ColorRole = .statusBar) {
        self.left = left
        self.right = right
        self.role = role
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let style = Style(role)
        let line = area.row(0)
        buffer.fill(line, with: Cell(" ", style: style))
        let rightText = truncated(right, toWidth: line.width)
        let rightWidth = displayWidth(of: rightText)
        let leftRoom = line.width - rightWidth - (rightWidth > 0 ? 1 : 0)
        buffer.write(truncated(" " + left, toWidth: leftRoom), at: Position(column: line.x, row: line.y), style: style, clippedTo: line)
        buffer.write(rightText, at: Position(column: line.maxX - rightWidth, row: line.y), style: style, clippedTo: line)
    }
}
