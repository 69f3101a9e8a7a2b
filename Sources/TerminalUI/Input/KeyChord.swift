/// Why a chord string could not be parsed.
public struct KeyChordError: Error, Hashable, Sendable, CustomStringConvertible {
    public var chord: String
    public var reason: String

    public var description: String { "invalid key \"\(chord)\": \(reason)" }
}

extension Key: CustomStringConvertible {
    private static let named: [(name: String, key: Key)] = [
        ("enter", .enter), ("esc", .escape), ("tab", .tab), ("shift+tab", .backTab), ("backspace", .backspace),
        ("delete", .delete), ("insert", .insert), ("up", .up), ("down", .down), ("left", .left), ("right", .right),
        ("home", .home), ("end", .end), ("pgup", .pageUp), ("pgdown", .pageDown), ("space", .character(" ")),
        ("plus", .character("+")),
    ]
    private static let aliases: [String: Key] = [
        "return": .enter, "escape": .escape, "backtab": .backTab, "del": .delete, "ins": .insert,
        "pageup": .pageUp, "pagedown": .pageDown, "pgdn": .pageDown,
    ]

    /// Parses a chord such as `"ctrl+s"`, `"shift+tab"`, `"?"`, `"G"`, `"pgdown"`, `"enter"`, `"f5"`,
    /// `"alt+x"`, `"space"`. Names are case-insensitive; a single character stands for itself.
    /// Returns nil for anything else (use `Key.parse(_:)` for the reason).
    public init?(chord: String) {
        guard let key = try? Key.parse(chord) else { return nil }
        self = key
    }

    /// Parses a chord (see `init?(chord:)`), throwing an error that says what is wrong.
    public static func parse(_ chord: String) throws -> Key {
        if chord.count == 1, let character = chord.first {
            guard displayWidth(of: character) > 0 else { throw KeyChordError(chord: chord, reason: "not a printable character") }
            return .character(character)
        }
        let lower = chord.lowercased()
        if let match = named.first(where: { $0.name == lower }) { return match.key }
        if let alias = aliases[lower] { return alias }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...24).contains(number) { return .function(number) }
        let parts = chord.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, let modifier = parts.first?.lowercased(), let rest = parts.last, !rest.isEmpty else {
            throw KeyChordError(chord: chord, reason: "expected a key name, a single character, or modifier+key")
        }
        let base = try parse(rest)
        guard case .character(let character) = base else {
            throw KeyChordError(chord: chord, reason: "\(modifier)+ works only with a character key")
        }
        switch modifier {
        case "ctrl", "control": return .ctrl(Character(character.lowercased()))
        case "alt", "meta": return .alt(character)
        case "shift": return .character(Character(character.uppercased()))
        default: throw KeyChordError(chord: chord, reason: "unknown modifier \"\(modifier)\" (use ctrl, alt or shift)")
        }
    }

    /// The canonical chord text, which `Key(chord:)` parses back to the same key.
    public var chord: String {
        switch self {
        case .character(let c): Self.named.first { $0.key == self }?.name ?? String(c)
        case .function(let n): "f\(n)"
        case .ctrl(let c): "ctrl+" + Key.character(c).chord
        case .alt(let c): "alt+" + Key.character(c).chord
        default: Self.named.first { $0.key == self }?.name ?? "?"
        }
    }

    public var description: String { chord }

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
