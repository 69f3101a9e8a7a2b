/// A modal message: a `Box` centred in the area with wrapped-by-line message text and a footer of choices.
///
/// ```swift
/// buffer.render(Dialog(title: "Quit?", lines: ["The form holds unsaved input."], footer: "y quit · n stay"),
///               in: buffer.area)
/// ```
public struct Dialog: Widget {
    public var title: String
    public var lines: [String]
    public var footer: String
    public var lineStyle: Style

    public init(title: String, lines: [String], footer: String = "", lineStyle: Style = .plain) {
        self.title = title
        self.lines = lines
        self.footer = footer
        self.lineStyle = lineStyle
    }

    /// The rectangle the dialog occupies when centred in `area`.
    public func frame(in area: Rect) -> Rect {
        let content = ([displayWidth(of: title) + 4, displayWidth(of: footer) + 4] + lines.map { displayWidth(of: $0) }).max() ?? 0
        return area.centered(width: content + 4, height: lines.count + 2)
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let box = frame(in: area)
        buffer.render(Box(title: title, footer: footer), in: box)
        let inner = Box.inner(box).inset(horizontal: 1)
        for (index, line) in lines.enumerated() where index < inner.height {
            buffer.write(truncated(line, toWidth: inner.width), at: Position(column: inner.x, row: inner.y + index),
                         style: lineStyle, clippedTo: inner)
        }
    }
}
