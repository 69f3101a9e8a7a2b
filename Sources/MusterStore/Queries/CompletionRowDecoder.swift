import GRDB
import GRDBSQLite
import MusterCore

/// Decodes completion rows by position straight from the SQLite statement, on the streaming hot path
/// (millions of rows): boxing each column as a database value, re-parsing the same few version strings,
/// and allocating a fresh copy of the same few module ids dominated otherwise.
struct CompletionRowDecoder {
    /// The SELECT list this decoder reads, for a completion table aliased `c`.
    static let columns = "c.id, c.badge, c.module_id, c.module_version, c.completed_on, c.result, c.score, c.hours, c.instructor, c.session_id, c.voided_reason"

    /// What `decodeLatest` reads from `completion_latest` aliased `l`, whose rows all count (`CompletionLatestRule`):
    /// passed and not voided. What no status reads (score, instructor, session) is left out; hours decide
    /// whether a pass counts.
    static let latestColumns = """
        l.completion_id, l.badge, l.module_id, l.module_version, l.completed_on, l.hours, \
        l.earliest_id, l.earliest_on, l.earliest_hours
        """

    /// The list for passes read from `completion` aliased `c` through `completion_passed`, which holds every
    /// column named here: what program hours read of them.
    static let passColumns = "c.id, c.badge, c.module_id, c.module_version, c.completed_on, 'pass', NULL, c.hours, NULL, NULL, NULL"

    /// The list for failed attempts read from `completion` aliased `c` through `completion_failed`: what
    /// statuses read of them.
    static let failedColumns = "c.id, c.badge, c.module_id, c.module_version, c.completed_on, c.result, NULL, NULL, NULL, NULL, NULL"

    /// Module ids and version texts seen so far, matched by their bytes: an agency has a few dozen, and
    /// every completion shares one of them instead of holding its own copy.
    private var moduleIDs = InternedTexts<String>()
    private var versions = InternedTexts<ModuleVersion>()
    /// The badge of the row before: rows come by badge, so most rows reuse it rather than decode their own.
    private var badge = InternedTexts<String>(capacity: 1)
    /// The engine that will judge the completions, whose own copy of each module id they then hold.
    private let engine: StatusEngine?

    init(judgedBy engine: StatusEngine? = nil) {
        self.engine = engine
    }

    /// The completion in the statement's current row, selected with `columns` or `latestColumns`.
    mutating func decode(_ statement: SQLiteStatement) -> Completion {
        let moduleID = moduleIDs.value(statement, 2) { engine?.sharedModuleID($0) ?? $0 }
        let version = versions.value(statement, 3) { ModuleVersion($0) ?? ModuleVersion("0")! }
        let completedOn = Self.bytes(statement, 4).flatMap(CalendarDate.init(isoUTF8:)) ?? CalendarDate(dayNumber: 0)
        let result = Self.bytes(statement, 5)?.first == UInt8(ascii: "p") ? Completion.Result.pass : .fail
        return Completion(
            id: sqlite3_column_int64(statement, 0), badge: badge.value(statement, 1) { $0 }, moduleID: moduleID,
            moduleVersion: version, completedOn: completedOn, result: result,
            score: Self.isNull(statement, 6) ? nil : Int(sqlite3_column_int64(statement, 6)),
            hours: Self.isNull(statement, 7) ? nil : sqlite3_column_double(statement, 7),
            instructor: Self.text(statement, 8),
            sessionID: Self.isNull(statement, 9) ? nil : sqlite3_column_int64(statement, 9),
            voidReason: Self.text(statement, 10))
    }

    /// The `completion_latest` row in the statement's current row, selected with `latestColumns`: passes, not
    /// voided, without score, instructor or session. Nine columns read instead of eleven and a seek: a status run
    /// reads one such row per officer, module and version.
    mutating func decodeLatest(_ statement: SQLiteStatement) -> LatestRow {
        let moduleID = moduleIDs.value(statement, 2) { engine?.sharedModuleID($0) ?? $0 }
        let version = versions.value(statement, 3) { ModuleVersion($0) ?? ModuleVersion("0")! }
        let newest = Completion(
            id: sqlite3_column_int64(statement, 0), badge: badge.value(statement, 1) { $0 }, moduleID: moduleID,
            moduleVersion: version, completedOn: Self.date(statement, 4), result: CompletionLatestRule.countingResult,
            hours: Self.isNull(statement, 5) ? nil : sqlite3_column_double(statement, 5))
        return LatestRow(
            newest: newest, earliestID: sqlite3_column_int64(statement, 6), earliestOn: Self.date(statement, 7),
            earliestHours: Self.isNull(statement, 8) ? nil : sqlite3_column_double(statement, 8))
    }

    static func date(_ statement: SQLiteStatement, _ column: Int32) -> CalendarDate {
        bytes(statement, column).flatMap(CalendarDate.init(isoUTF8:)) ?? CalendarDate(dayNumber: 0)
    }

    static func isNull(_ statement: SQLiteStatement, _ column: Int32) -> Bool {
        sqlite3_column_type(statement, column) == SQLITE_NULL
    }

    /// The column's UTF-8 bytes, valid until the statement moves on; nil for NULL.
    static func bytes(_ statement: SQLiteStatement, _ column: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard let text = sqlite3_column_text(statement, column) else { return nil }
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, column)))
    }

    private static func text(_ statement: SQLiteStatement, _ column: Int32) -> String? {
        bytes(statement, column).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// A `completion_latest` row: its key's newest counting completion and the earliest one's id, day and hours.
struct LatestRow {
    var newest: Completion
    var earliestID: Int64
    var earliestOn: CalendarDate
    var earliestHours: Double?

    /// The key's earliest counting completion, as `completion` holds it but for score, instructor and session.
    var earliest: Completion {
        Completion(id: earliestID, badge: newest.badge, moduleID: newest.moduleID, moduleVersion: newest.moduleVersion,
                   completedOn: earliestOn, result: newest.result, hours: earliestHours)
    }
}

/// Values made once per distinct text of a column, found again by the text's bytes without building a String.
/// Found by a hash of the bytes, not by trying each known text in turn: rows read by day (`completion_passed`)
/// change module on almost every row. The known texts' bytes sit in one buffer, so matching one retains nothing.
struct InternedTexts<Value> {
    private var values: [Value] = []
    /// Where each known text's bytes start in `bytes`, and how many there are.
    private var spans: [(start: Int, count: Int)] = []
    private var bytes: [UInt8] = []
    /// Positions in `values` by hash (open addressing, -1 for an empty slot): twice the most texts kept.
    private var slots: [Int]
    /// How many texts are kept: past it, the table starts again empty (a badge column keeps only the current badge).
    private let capacity: Int

    /// Past a few hundred texts the table would cost more than decoding.
    init(capacity: Int = 256) {
        self.capacity = capacity
        var size = 2
        while size < capacity * 2 { size *= 2 }
        slots = [Int](repeating: -1, count: size)
    }

    mutating func value(_ statement: SQLiteStatement, _ column: Int32, make: (String) -> Value) -> Value {
        value(CompletionRowDecoder.bytes(statement, column) ?? UnsafeBufferPointer(start: nil, count: 0), make: make)
    }

    mutating func value(_ text: UnsafeBufferPointer<UInt8>, make: (String) -> Value) -> Value {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(text)) & mask
        while slots[slot] >= 0 {
            let index = slots[slot]
            if same(spans[index], text) { return values[index] }
            slot = (slot + 1) & mask
        }
        let value = make(String(decoding: text, as: UTF8.self))
        // A column with thousands of distinct texts would fill the table: past the capacity it starts again empty.
        if values.count >= capacity {
            values.removeAll(keepingCapacity: true)
            spans.removeAll(keepingCapacity: true)
            bytes.removeAll(keepingCapacity: true)
            for index in slots.indices { slots[index] = -1 }
            slot = Int(truncatingIfNeeded: Self.hash(text)) & mask
        }
        slots[slot] = values.count
        spans.append((bytes.count, text.count))
        bytes.append(contentsOf: text)
        values.append(value)
        return value
    }

    /// The length and the last eight bytes (ids share their beginnings, "uof-…"), mixed; shorter texts whole.
    private static func hash(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var tail: UInt64 = 0
        if text.count >= 8, let base = text.baseAddress {
            tail = UnsafeRawPointer(base + text.count - 8).loadUnaligned(as: UInt64.self)
        } else {
            for byte in text { tail = tail << 8 | UInt64(byte) }
        }
        var hash = (tail ^ UInt64(text.count) &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 31
        return hash
    }

    private func same(_ span: (start: Int, count: Int), _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard span.count == text.count else { return false }
        return bytes.withUnsafeBufferPointer { known in
            for index in 0..<text.count where known[span.start + index] != text[index] { return false }
            return true
        }
    }
}
