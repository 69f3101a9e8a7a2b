/// What a piece of text *means*; the terminal backend maps each role to a colour pair.
///
/// Widgets and screens only ever name roles, so a theme or a monochrome terminal can change every colour in
/// one place. Meaning must never depend on colour alone: `monochromeAttributes` gives each role an attribute
/// that still shows on a terminal without colour (or with `NO_COLOR` set).
public enum ColorRole: String, CaseIterable, Hashable, Sendable {
    /// Ordinary text on the terminal's default background.
    case normal
    /// Something to draw the eye to (key names, active values).
    case accent
    /// Secondary text (hints, units, placeholders).
    case muted
    /// A good state (certified, done).
    case good
    /// Needs attention soon (expiring).
    case warning
    /// Wrong or overdue (lapsed, validation errors).
    case danger
    /// The selected row or tab.
    case selection
    /// Table and group headers.
    case header
    /// Screen and dialog titles.
    case title
    /// Box and dialog borders.
    case border
    /// The status line and key-hint bar background.
    case statusBar

    /// Attributes a monochrome backend adds for this role, so selection and emphasis still show.
    public var monochromeAttributes: TextAttributes {
        switch self {
        case .normal, .good, .border: []
        case .accent, .title, .warning: .bold
        case .danger: [.bold, .underline]
        case .muted: .dim
        case .selection, .statusBar: .reverse
        case .header: [.bold, .underline]
        }
    }
}
