import TerminalUI

/// A run of text in one style, for lines mixing styles ("✓ certified" in green, then plain numbers).
struct Span: Sendable {
    var text: String
    var style: Style

    init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }

    init(_ text: String, _ role: ColorRole, _ attributes: TextAttributes = []) {
        self.init(text, Style(role, attributes))
    }
}
