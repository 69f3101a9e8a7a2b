import GRDB
import GRDBSQLite

/// A prepared statement the bulk write paths bind and step through SQLite's C API, skipping GRDB's
/// per-execution argument boxing and validation: a roster or an import runs the same few statements
/// hundreds of thousands of times in one transaction. Owned by one `CommandContext`, never shared with
/// GRDB's statement cache, so GRDB never sees it half-bound.
final class BoundStatement {
    private let statement: Statement
    private let db: Database
    private var sqlite: SQLiteStatement { statement.sqliteStatement }

    init(_ db: Database, sql: String) throws {
        self.db = db
        self.statement = try db.makeStatement(sql: sql)
    }

    /// Clears the previous execution and its bindings.
    func reset() {
        sqlite3_reset(sqlite)
        sqlite3_clear_bindings(sqlite)
    }

    func bind(_ text: String, at index: Int32) {
        var text = text
        text.withUTF8 { bytes in
            _ = sqlite3_bind_text(sqlite, index, bytes.baseAddress, Int32(bytes.count), Self.transient)
        }
    }

    func bind(_ text: String?, at index: Int32) {
        if let text { bind(text, at: index) } else { sqlite3_bind_null(sqlite, index) }
    }

    /// Binds UTF-8 bytes as TEXT (audit states and hashes built in byte buffers).
    func bind(utf8 bytes: [UInt8], at index: Int32) {
        bytes.withUnsafeBufferPointer { buffer in
            _ = sqlite3_bind_text(sqlite, index, buffer.baseAddress, Int32(buffer.count), Self.transient)
        }
    }

    /// Binds part of a larger buffer as TEXT.
    func bind(utf8 bytes: UnsafeBufferPointer<UInt8>, at index: Int32) {
        _ = sqlite3_bind_text(sqlite, index, bytes.baseAddress, Int32(bytes.count), Self.transient)
    }

    /// Binds bytes as TEXT without SQLite copying them: it reads them in place when the statement runs, so they
    /// must stay valid and unchanged until `execute()` returns (which then lets go of them). For the bulk paths,
    /// whose rows are already laid out in buffers: a copy per field is a malloc, a memcpy and a free, tens of
    /// millions of times in a large load.
    func bindInPlace(utf8 bytes: UnsafeBufferPointer<UInt8>, at index: Int32) {
        // No destructor (SQLITE_STATIC): SQLite neither copies nor frees the bytes.
        _ = sqlite3_bind_text(sqlite, index, bytes.baseAddress, Int32(bytes.count), nil)
    }

    /// Binds bytes as a BLOB (an audit event's hash digest).
    func bind(blob bytes: [UInt8], at index: Int32) {
        bytes.withUnsafeBufferPointer { buffer in
            _ = sqlite3_bind_blob(sqlite, index, buffer.baseAddress, Int32(buffer.count), Self.transient)
        }
    }

    /// Binds bytes as a BLOB read in place, under the same terms as `bindInPlace(utf8:at:)`.
    func bindInPlace(blob bytes: UnsafeBufferPointer<UInt8>, at index: Int32) {
        _ = sqlite3_bind_blob(sqlite, index, bytes.baseAddress, Int32(bytes.count), nil)
    }

    func bind(_ number: Int64?, at index: Int32) {
        if let number { sqlite3_bind_int64(sqlite, index, number) } else { sqlite3_bind_null(sqlite, index) }
    }

    func bind(_ number: Int?, at index: Int32) {
        bind(number.map(Int64.init), at: index)
    }

    func bind(_ number: Double?, at index: Int32) {
        if let number { sqlite3_bind_double(sqlite, index, number) } else { sqlite3_bind_null(sqlite, index) }
    }

    /// Runs a statement that returns no rows, then clears its bindings, so that none bound in place outlives
    /// the call.
    func execute() throws {
        let code = sqlite3_step(sqlite)
        guard code == SQLITE_DONE else { throw failure(code) }
        reset()
    }

    /// Runs a query and says whether it returned a row (existence checks).
    func hasRow() throws -> Bool {
        let code = sqlite3_step(sqlite)
        // Reset at once so no read stays open on the connection until the statement's next use.
        sqlite3_reset(sqlite)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw failure(code)
        }
    }

    /// Runs a query and hands its first row, if any, to `read` while the statement is on it; then resets.
    func firstRow<T>(_ read: (SQLiteStatement) -> T) throws -> T? {
        let code = sqlite3_step(sqlite)
        defer { reset() }
        switch code {
        case SQLITE_ROW: return read(sqlite)
        case SQLITE_DONE: return nil
        default: throw failure(code)
        }
    }

    private func failure(_ code: Int32) -> DatabaseError {
        // The statement's own error (constraint violations name the constraint), as GRDB would report it.
        let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
        reset()
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }

    /// SQLITE_TRANSIENT: SQLite copies bound text, so Swift buffers may be released right after binding.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
