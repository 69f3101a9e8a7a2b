import MusterCore

extension CalendarDate {
    /// Appends `"YYYY-MM-DD"` (quoted, as a JSON string) to the writer: `iso` is plain ASCII digits and
    /// dashes, so it needs no escaping.
    func writeJSON(into writer: inout CanonicalJSONWriter) {
        writer.byte(UInt8(ascii: "\""))
        appendISO(to: &writer.bytes)
        writer.byte(UInt8(ascii: "\""))
    }
}
