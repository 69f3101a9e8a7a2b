/// A labelled one-line input with its validation message under it (2 rows):
///
/// ```
/// Badge  [A-1042______________]
///        ✗ No officer has badge A-1042
/// ```
///
/// The value scrolls horizontally to keep the cursor visible. A focused field draws its box in `.accent`
/// with underline and reports where the terminal cursor belongs (`cursorPosition(in:)`).
public struct TextField: Widget {
    public var label: String
    public var input: TextInput
    public var isFocused: Bool
    /// Shown under the value in `.danger` with a "✗ " prefix; nil when the value is valid.
    public var validationMessage: String?
    /// Shown (muted) when the value is empty.
    public var placeholder: String
    /// Columns reserved for the label (0: the label's own width).
    public var labelWidth: Int

    public init(label: String, input: TextInput, isFocused: Bool = false, validationMessage: String? = nil,
                placeholder: String = "", labelWidth: Int = 0) {
        self.label = label
        self.input = input
        self.isFocused = isFocused
        self.validationMessage = validationMessage
        self.placeholder = placeholder
        self.labelWidth = labelWidth
    }

    private var resolvedLabelWidth: Int { labelWidth > 0 ? labelWidth : displayWidth(of: label) }

    /// Columns of the value box between the brackets.
    private func boxWidth(in area: Rect) -> Int { max(0, area.width - resolvedLabelWidth - 3) }

    /// The graphemes of the value scrolled so the cursor stays inside the box, and the cursor's column in it.
    private func visibleValue(width: Int) -> (text: String, cursorColumn: Int) {
        let characters = Array(input.value)
        var start = 0
        func columns(from: Int, to: Int) -> Int { characters[from..<to].reduce(0) { $0 + displayWidth(of: $1) } }
        // Leave one column for the cursor after the last character.
        while start < input.cursor && columns(from: start, to: input.cursor) + 1 > width { start += 1 }
        let text = truncated(String(characters[start...]), toWidth: width, ellipsis: "")
        return (text, columns(from: start, to: input.cursor))
    }

    /// Where the terminal cursor belongs when this field is focused, nil otherwise.
    public func cursorPosition(in area: Rect) -> Position? {
        guard isFocused, !area.isEmpty else { return nil }
        let column = visibleValue(width: boxWidth(in: area)).cursorColumn
        return Position(column: area.x + resolvedLabelWidth + 2 + column, row: area.y)
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area)
        let labelStyle = isFocused ? Style(.accent, .bold) : Style(.normal)
        buffer.write(fitted(label, toWidth: resolvedLabelWidth), at: Position(column: area.x, row: area.y), style: labelStyle, clippedTo: area)
        let boxX = area.x + resolvedLabelWidth + 1
        let width = boxWidth(in: area)
        let boxStyle = isFocused ? Style(.accent, .underline) : Style(.normal, .underline)
        buffer.write("[", at: Position(column: boxX, row: area.y), style: Style(.border), clippedTo: area)
        if input.value.isEmpty && !placeholder.isEmpty {
            buffer.write(fitted(placeholder, toWidth: width), at: Position(column: boxX + 1, row: area.y), style: Style(.muted, .underline), clippedTo: area)
        } else {
            let text = padded(visibleValue(width: width).text, toWidth: width)
            buffer.write(text, at: Position(column: boxX + 1, row: area.y), style: boxStyle, clippedTo: area)
        }
        buffer.write("]", at: Position(column: boxX + 1 + width, row: area.y), style: Style(.border), clippedTo: area)
        if let message = validationMessage, area.height > 1 {
            buffer.write(truncated("✗ " + message, toWidth: area.width - resolvedLabelWidth - 1),
                         at: Position(column: boxX, row: area.y + 1), style: Style(.danger), clippedTo: area)
        }
    }
}
