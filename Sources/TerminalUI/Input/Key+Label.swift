extension Key {
    /// A short human label for hint bars and help: `Enter`, `Esc`, `Shift-Tab`, `↑`, `PgDn`, `Ctrl-S`,
    /// `Space`, or the character itself.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .insert: "Ins"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let n): "F\(n)"
        case .ctrl(let c): "Ctrl-" + c.uppercased()
        case .alt(let c): "Alt-" + String(c)
        }
    }
}
