import MusterCore

extension CalendarDate {
    /// `iso`, spelled byte by byte: the bulk write paths bind and audit a date per row, and `iso`'s
    /// string interpolation costs more than the insert it feeds.
    var isoText: String {
        guard (0...9999).contains(year) else { return iso }
        return String(unsafeUninitializedCapacity: 10) { buffer in
            writeISO(into: buffer)
            return 10
        }
    }

    /// Appends `"YYYY-MM-DD"` (quoted, as a JSON string) to the writer.
    func writeJSON(into writer: inout CanonicalJSONWriter) {
        guard (0...9999).contains(year) else { return writer.string(iso) }
        writer.byte(UInt8(ascii: "\""))
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { buffer in
            writeISO(into: buffer)
            writer.bytes.append(contentsOf: buffer)
        }
        writer.byte(UInt8(ascii: "\""))
    }

    private func writeISO(into buffer: UnsafeMutableBufferPointer<UInt8>) {
        func digit(_ value: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(value % 10) }
        buffer[0] = digit(year / 1000)
        buffer[1] = digit(year / 100)
        buffer[2] = digit(year / 10)
        buffer[3] = digit(year)
        buffer[4] = UInt8(ascii: "-")
        buffer[5] = digit(month / 10)
        buffer[6] = digit(month)
        buffer[7] = UInt8(ascii: "-")
        buffer[8] = digit(day / 10)
        buffer[9] = digit(day)
    }
}
