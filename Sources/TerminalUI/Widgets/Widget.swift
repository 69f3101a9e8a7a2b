/// A small pure view: given a buffer and a rectangle, draw yourself inside the rectangle and nowhere else.
///
/// Widgets are short-lived values built from app state every frame. State that must survive between
/// frames (a table's selection and scroll offset, a text field's cursor) lives in value types such as
/// `TableState` and `TextInput`, stored in the app state and passed in.
public protocol Widget {
    func render(into buffer: inout Buffer, area: Rect)
}

extension Buffer {
    /// Renders `widget` into `area` of this buffer.
    public mutating func render(_ widget: some Widget, in area: Rect) {
        widget.render(into: &self, area: area)
    }
}
