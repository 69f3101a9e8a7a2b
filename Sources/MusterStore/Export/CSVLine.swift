import MusterCore

/// One CSV line being built as UTF-8 bytes: a roster of millions of rows must not build a String per
/// line, and a plain value (not a class property) keeps Swift's exclusivity checks out of the hot loop.
struct CSVLine {
    private(set) var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(256)
    }

    mutating func clear() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// The UTF-8 byte-order mark spreadsheet programs look for.
    mutating func bom() {
        bytes.append(contentsOf: [0xEF, 0xBB, 0xBF])
    }

    mutating func separator() {
        bytes.append(UInt8(ascii: ","))
    }

    mutating func end(excel: Bool) {
        if excel { bytes.append(UInt8(ascii: "\r")) }
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Appends `text`, quoted when it holds a comma, quote or line break or starts or ends with a space,
    /// with quotes doubled; text a spreadsheet would run as a formula gets a `'` in front (`opensFormula`).
    mutating func field(_ text: String) {
        var text = text
        text.withUTF8 { field in
            var needsQuotes = false
            // The four bytes that need quotes are all below "-": letters and digits fail the first test alone.
            for byte in field where byte < UInt8(ascii: "-") && (byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"")
                || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")) {
                needsQuotes = true
                break
            }
            if let first = field.first, let last = field.last, first == UInt8(ascii: " ") || last == UInt8(ascii: " ") {
                needsQuotes = true
            }
            let guarded = Self.opensFormula(field)
            guard needsQuotes else {
                if guarded { bytes.append(UInt8(ascii: "'")) }
                return bytes.append(contentsOf: field)
            }
            bytes.append(UInt8(ascii: "\""))
            if guarded { bytes.append(UInt8(ascii: "'")) }
            for byte in field {
                if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                bytes.append(byte)
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// Whether a spreadsheet would take `field` for a formula (CSV injection): it starts with `=`, `+`, `-`, `@`,
    /// tab or CR and is not a number. Numbers such as `-3` or `+1.5e2` stay as they are, so they stay numbers.
    static func opensFormula(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        // One comparison settles most cells: every byte that can open a formula is below "A".
        guard let first = field.first, first < UInt8(ascii: "A") else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"): return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return !isNumber(field)
        default: return false
        }
    }

    /// `[+-]digits[.digits][e[+-]digits]`, or the same with digits only after the point.
    private static func isNumber(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 1
        func digits() -> Int {
            let start = index
            while index < field.count, field[index] >= UInt8(ascii: "0"), field[index] <= UInt8(ascii: "9") { index += 1 }
            return index - start
        }
        var mantissa = digits()
        if index < field.count, field[index] == UInt8(ascii: ".") {
            index += 1
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if index < field.count, field[index] == UInt8(ascii: "e") || field[index] == UInt8(ascii: "E") {
            index += 1
            if index < field.count, field[index] == UInt8(ascii: "+") || field[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return false }
        }
        return index == field.count
    }

    /// Appends bytes already spelled as CSV (fields with their quotes and commas).
    mutating func raw(_ spelled: some Sequence<UInt8>) {
        bytes.append(contentsOf: spelled)
    }

    /// `raw` for an array, copied through its buffer: appending the array itself retained and released it, once
    /// for each of millions of spelled fields.
    mutating func raw(_ spelled: [UInt8]) {
        spelled.withUnsafeBufferPointer { bytes.append(contentsOf: $0) }
    }

    /// Appends `date` as ISO `YYYY-MM-DD`, which never needs quotes.
    mutating func iso(_ date: CalendarDate) {
        date.appendISO(to: &bytes)
    }

    /// Appends the decimal digits of `number`.
    mutating func decimal(_ number: Int) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }
}
