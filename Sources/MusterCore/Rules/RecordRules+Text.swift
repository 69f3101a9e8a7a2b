/// Typed and imported text: printable characters only.
extension RecordRules {
    /// Refuses a control character (Unicode category Cc: C0, DEL, C1) anywhere in `text`, tab and line breaks
    /// included. A NUL cut names short in C code and the audit trail's canonical form, and escape sequences
    /// stored in a name would drive the terminal of whoever later lists it, so neither is ever stored.
    /// `lineBreaks` lets LF through, for the curricula's multi-line YAML text (a summary in a block scalar).
    public static func checkText(_ text: String, field: String, lineBreaks: Bool = false) throws(RuleViolation) {
        if let (scalar, position) = firstControlCharacter(in: text, lineBreaks: lineBreaks) {
            throw .controlCharacter(field: field, scalar: scalar, position: position)
        }
    }

    /// The first control character in `text` and its 1-based position in Unicode scalars; nil when there is
    /// none. Bulk imports ask this of every cell, so the common answer comes from one pass over the bytes.
    public static func firstControlCharacter(in text: String, lineBreaks: Bool = false) -> (scalar: UInt32, position: Int)? {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return nil }
        for (offset, scalar) in text.unicodeScalars.enumerated()
        where isControl(scalar.value) && !(lineBreaks && scalar == "\n") {
            return (scalar.value, offset + 1)
        }
        return nil
    }

    /// C0 controls, DEL and C1 controls: exactly the scalars of general category Cc.
    public static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }
}
