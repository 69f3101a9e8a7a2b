/// Text from the records made safe to draw on a terminal: a control character (C0, DEL, C1) in a name
/// imported from a file would otherwise move the cursor, recolour the screen or retitle the window, so each
/// one is drawn as a visible escape instead — caret notation for C0 and DEL (`ESC` → `^[`, `DEL` → `^?`) and
/// `\x80`…`\x9f` for C1. The one place terminal output is escaped: the CLI's tables and messages and the
/// TUI's cells all go through it. Files (CSV, JSON) keep the data as it is.
public enum VisibleControls {
    /// `text` with every control character but those in `keeping` made visible.
    public static func escape(_ text: String, keeping: Set<Unicode.Scalar> = []) -> String {
        // Most text has no byte below space, no DEL and no 0xC2 (the lead byte of every C1 control): one pass says so.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }),
              text.unicodeScalars.contains(where: { isControl($0) && !keeping.contains($0) }) else { return text }
        var escaped = ""
        escaped.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 8)
        for scalar in text.unicodeScalars {
            if isControl(scalar), !keeping.contains(scalar) {
                escaped += visible(scalar)
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Line breaks and tabs kept: for messages and documents printed line by line.
    public static func escapeKeepingLines(_ text: String) -> String {
        escape(text, keeping: ["\n", "\t"])
    }

    /// Whether `scalar` is a C0 or C1 control character or DEL.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    /// How a control character is drawn: `^@`…`^_`, `^?`, `\x80`…`\x9f`.
    public static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0..<0x20: "^" + String(Unicode.Scalar(UInt8(scalar.value) + 0x40))
        case 0x7F: "^?"
        default: "\\x" + String(scalar.value, radix: 16)
        }
    }
}
