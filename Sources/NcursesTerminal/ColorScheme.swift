import CNcurses
import TerminalUI

/// How `ColorRole`s become ncurses colour pairs and attributes.
///
/// Each role gets its own pair (role index + 1). Without colour (no `has_colors()`, or `NO_COLOR` set) every
/// role is drawn with its `monochromeAttributes` instead, so selection and emphasis still show.
public struct ColorScheme: Sendable {
    /// A role's colours: ncurses colour numbers, -1 for the terminal's default.
    public struct Entry: Sendable, Hashable {
        public var foreground: Int16
        public var background: Int16
        public var attributes: TextAttributes

        public init(foreground: Int16, background: Int16, attributes: TextAttributes = []) {
            self.foreground = foreground
            self.background = background
            self.attributes = attributes
        }
    }

    public var usesColor: Bool
    public var entries: [ColorRole: Entry]

    public init(usesColor: Bool, entries: [ColorRole: Entry] = ColorScheme.standard) {
        self.usesColor = usesColor
        self.entries = entries
    }

    /// Eight-colour defaults on the terminal's own background (`use_default_colors`).
    public static let standard: [ColorRole: Entry] = [
        .normal: Entry(foreground: -1, background: -1),
        .accent: Entry(foreground: Int16(COLOR_CYAN), background: -1),
        .muted: Entry(foreground: -1, background: -1, attributes: .dim),
        .good: Entry(foreground: Int16(COLOR_GREEN), background: -1),
        .warning: Entry(foreground: Int16(COLOR_YELLOW), background: -1, attributes: .bold),
        .danger: Entry(foreground: Int16(COLOR_RED), background: -1, attributes: .bold),
        .selection: Entry(foreground: Int16(COLOR_BLACK), background: Int16(COLOR_CYAN)),
        .header: Entry(foreground: -1, background: -1, attributes: .bold),
        .title: Entry(foreground: Int16(COLOR_YELLOW), background: -1, attributes: .bold),
        .border: Entry(foreground: Int16(COLOR_BLUE), background: -1),
        .statusBar: Entry(foreground: Int16(COLOR_WHITE), background: Int16(COLOR_BLUE)),
    ]

    /// The colour pair number used for `role` (0, the terminal default, when colour is off).
    public func pair(for role: ColorRole) -> Int16 {
        guard usesColor, let index = ColorRole.allCases.firstIndex(of: role) else { return 0 }
        return Int16(index + 1)
    }

    /// The attributes (without colour bits) for a style: the style's own, plus the role's extra attributes
    /// in colour or its monochrome attributes without.
    public func textAttributes(for style: Style) -> TextAttributes {
        let extra = usesColor ? (entries[style.role]?.attributes ?? []) : style.role.monochromeAttributes
        return style.attributes.union(extra)
    }

    /// `textAttributes(for:)` as an ncurses `attr_t`.
    public func attr(for style: Style) -> attr_t {
        let attributes = textAttributes(for: style)
        var result = CN_A_NORMAL
        if attributes.contains(.bold) { result |= CN_A_BOLD }
        if attributes.contains(.dim) { result |= CN_A_DIM }
        if attributes.contains(.reverse) { result |= CN_A_REVERSE }
        if attributes.contains(.underline) { result |= CN_A_UNDERLINE }
        return result
    }

    /// Defines every pair with `init_pair`; call once after `start_color` and `use_default_colors`.
    func installPairs() {
        guard usesColor else { return }
        for role in ColorRole.allCases {
            let entry = entries[role] ?? Entry(foreground: -1, background: -1)
            init_pair(pair(for: role), entry.foreground, entry.background)
        }
    }
}
