import GRDB

/// Deterministic JSON text (sorted keys, fixed number forms, minimal escaping): what the audit trail
/// stores as before/after states and hashes, so a later re-serialisation of the same row compares equal.
/// The spelling itself lives in `CanonicalJSONWriter`.
///
/// A record's state names only the columns that hold a value: a column left out is NULL.
enum CanonicalJSON {
    static func object(of row: Row) -> String {
        var writer = CanonicalJSONWriter()
        object(of: row, into: &writer)
        return writer.text
    }

    /// The row as an object with its columns in name order.
    static func object(of row: Row, into writer: inout CanonicalJSONWriter) {
        var pairs: [(String, DatabaseValue)] = []
        pairs.reserveCapacity(row.count)
        for (column, value) in row { pairs.append((column, value)) }
        // Column names are ASCII, where String ordering and byte ordering agree.
        pairs.sort { $0.0 < $1.0 }
        object(sortedNames: pairs.map(\.0), values: pairs.map(\.1), into: &writer)
    }

    /// The object of columns `names`, already in name order, holding `values` in the same order.
    static func object(
        sortedNames names: [String], values: [DatabaseValue], into writer: inout CanonicalJSONWriter
    ) {
        writer.byte(UInt8(ascii: "{"))
        var first = true
        for (index, name) in names.enumerated() {
            if values[index].isNull { continue }
            if !first { writer.byte(UInt8(ascii: ",")) }
            first = false
            writer.string(name)
            writer.byte(UInt8(ascii: ":"))
            value(values[index], into: &writer)
        }
        writer.byte(UInt8(ascii: "}"))
    }

    static func value(_ value: DatabaseValue, into writer: inout CanonicalJSONWriter) {
        switch value.storage {
        case .null: writer.null()
        case .int64(let number): writer.integer(number)
        case .double(let number): writer.double(number)
        case .string(let text): writer.string(text)
        case .blob(let data): writer.string(utf8: data.withUnsafeBytes(AuditHashing.hex(bytes:)))
        }
    }

    /// A JSON string literal.
    static func string(_ text: String) -> String {
        var writer = CanonicalJSONWriter(capacity: text.utf8.count + 2)
        writer.string(text)
        return writer.text
    }
}
