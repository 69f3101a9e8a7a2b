/// A bordered box with an optional title in the top border and an optional footer in the bottom border:
///
/// ```
/// ┌─ Record completion ─┐
/// │                     │
/// └──────── Esc cancel ─┘
/// ```
///
/// Rendering clears the inside, so a box drawn over a screen works as a dialog. Draw the content into
/// `inner(_:)`.
public struct Box: Widget {
    public var title: String
    public var footer: String
    public var borderStyle: Style

    public init(title: String = "", footer: String = "", borderStyle: Style = Style(.border)) {
        self.title = title
        self.footer = footer
        self.borderStyle = borderStyle
    }

    /// The area inside the border.
    public static func inner(_ area: Rect) -> Rect { area.inset(horizontal: 1, vertical: 1) }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.width >= 2, area.height >= 2 else { return }
        buffer.fill(area)
        let right = area.maxX - 1, bottom = area.maxY - 1
        for x in (area.x + 1)..<right {
            buffer.set("─", at: Position(column: x, row: area.y), style: borderStyle)
            buffer.set("─", at: Position(column: x, row: bottom), style: borderStyle)
        }
        for y in (area.y + 1)..<bottom {
            buffer.set("│", at: Position(column: area.x, row: y), style: borderStyle)
            buffer.set("│", at: Position(column: right, row: y), style: borderStyle)
        }
        buffer.set("┌", at: Position(column: area.x, row: area.y), style: borderStyle)
        buffer.set("┐", at: Position(column: right, row: area.y), style: borderStyle)
        buffer.set("└", at: Position(column: area.x, row: bottom), style: borderStyle)
        buffer.set("┘", at: Position(column: right, row: bottom), style: borderStyle)
        let room = area.width - 6
        if !title.isEmpty && room > 0 {
            buffer.write(" " + truncated(title, toWidth: room) + " ", at: Position(column: area.x + 2, row: area.y),
                         style: Style(.title, .bold), clippedTo: area)
        }
        if !footer.isEmpty && room > 0 {
            let text = " " + truncated(footer, toWidth: room) + " "
            buffer.write(text, at: Position(column: right - 1 - displayWidth(of: text), row: bottom),
                         style: Style(.muted), clippedTo: area)
        }
    }
}
