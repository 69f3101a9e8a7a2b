/// What a view produces for one screen: the cells, and where (if anywhere) the hardware cursor should be.
///
/// Placing the cursor on the focused text field or row helps screen readers and terminal magnifiers,
/// which follow the cursor.
public struct Frame: Hashable, Sendable {
    public var buffer: Buffer
    /// Where to show the cursor; nil hides it.
    public var cursor: Position?

    public init(buffer: Buffer, cursor: Position? = nil) {
        self.buffer = buffer
        self.cursor = cursor
    }

    /// A blank frame of `size` with the cursor hidden.
    public init(size: Size) {
        self.init(buffer: Buffer(size: size))
    }

    public var size: Size { buffer.size }
    public var area: Rect { buffer.area }

    /// Renders `widget` into `area` of this frame's buffer.
    public mutating func render(_ widget: some Widget, in area: Rect) {
        widget.render(into: &buffer, area: area)
    }
}
