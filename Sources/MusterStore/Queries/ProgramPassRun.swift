import GRDB
import GRDBSQLite
import MusterCore

/// Passed, non-voided completions read through `completion_passed` in badge order, decoded straight into
/// `ProgramPass` values: no `Completion`, no String per row. Each distinct (module id, version) pair is looked
/// up in the program engine once (`ProgramEngine.passKey`); a row's badge is compared in place by its bytes.
struct ProgramPassRun {
    /// Read through `completion_passed` (`CountingPassIndex`), which holds every column named here.
    static let columns = "c.id, c.badge, c.module_id, c.module_version, c.completed_on, c.hours"

    /// Stepped through SQLite's C API, as `BoundStatement` does: a GRDB cursor handed out (and retained and
    /// released) a row object per row, millions of times. Owned by this run alone, never by GRDB's cache.
    private let statement: Statement
    private let sqlite: SQLiteStatement
    private let engine: ProgramEngine
    private var keys = PassKeyTable()
    /// Whether the statement stands on a row not yet handed over.
    private var pending = false
    /// Each officer's status cut worked out from their passes, when a status read beside asked for it (`cutting`).
    private var cut: PassCut?

    init(_ statement: Statement, arguments: StatementArguments, engine: ProgramEngine) throws {
        self.statement = statement
        sqlite = statement.sqliteStatement
        self.engine = engine
        try statement.setArguments(arguments)
        try step()
    }

    private mutating func step() throws {
        switch sqlite3_step(sqlite) {
        case SQLITE_ROW: pending = true
        case SQLITE_DONE: pending = false
        case let code:
            pending = false
            throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                message: String(cString: sqlite3_errmsg(sqlite3_db_handle(sqlite))), sql: statement.sql)
        }
    }

    /// Has `take` also work out each officer's `completion_latest` rows from their passes (`PassCut`), compact as
    /// `decoder` makes them.
    mutating func cutting(by decoder: CompactRowDecoder) {
        cut = PassCut(decoder: decoder)
    }

    /// The passes of `badge`, in the index's order, skipping any of badges ordered before it; and, when `cutting`,
    /// the officer's `completion_latest` rows worked out from them.
    mutating func take(_ badge: String) throws -> (passes: [ProgramPass], cut: [CompactLatestRow]?) {
        var passes: [ProgramPass] = []
        var wanted = badge
        try wanted.withUTF8 { wanted in
            while pending {
                let order = Self.compare(Self.bytes(sqlite, 1), wanted)
                if order > 0 { break }
                if order == 0 {
                    if passes.isEmpty { passes.reserveCapacity(32) }
                    let (pass, entry) = decode(sqlite)
                    passes.append(pass)
                    if cut != nil { addToCut(pass, entry: entry, badge: badge) }
                }
                try step()
            }
        }
        return (passes, cut?.take())
    }

    /// Counts the pass in the statement's current row into the cut; its compact key is looked up once per
    /// (module id, version) pair, beside its program key.
    private mutating func addToCut(_ pass: ProgramPass, entry: Int, badge: String) {
        guard let decoder = cut?.decoder else { return }
        var key = keys.cut(at: entry)
        if key == PassKeyTable.unknownCut {
            key = decoder.regularKey(sqlite).map { Int64($0.module) << 32 | Int64($0.version) } ?? PassKeyTable.irregularCut
            keys.setCut(key, at: entry)
        }
        let row = key >= 0
            ? CompactCompletion(id: pass.id, completedOn: pass.completedOn, hours: pass.hours, module: Int32(key >> 32),
                                version: Int32(truncatingIfNeeded: key), passed: true)
            : decoder.compact(sqlite, badge: badge, id: pass.id, completedOn: pass.completedOn, hours: pass.hours, passed: true)
        cut?.add(row, badge: badge)
    }

    /// The pass in the statement's current row, and its pair's entry in `keys`.
    private mutating func decode(_ sqlite: SQLiteStatement) -> (ProgramPass, entry: Int) {
        let (module, version) = (Self.bytes(sqlite, 2), Self.bytes(sqlite, 3))
        // The engine is read only on a miss: copying it out per row retained every text it holds.
        let entry = keys.find(module, version) ?? keys.insert(module, version, engine.passKey(
            moduleID: String(decoding: module, as: UTF8.self),
            version: ModuleVersion(String(decoding: version, as: UTF8.self)) ?? ModuleVersion("0")!))
        let pass = ProgramPass(
            key: keys.key(at: entry), id: sqlite3_column_int64(sqlite, 0),
            completedOn: CalendarDate(isoUTF8: Self.bytes(sqlite, 4)) ?? CalendarDate(dayNumber: 0),
            hours: sqlite3_column_type(sqlite, 5) == SQLITE_NULL ? nil : sqlite3_column_double(sqlite, 5))
        return (pass, entry)
    }

    /// SQLite's BINARY collation: by bytes, then by length.
    private static func compare(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Int {
        for index in 0..<min(lhs.count, rhs.count) where lhs[index] != rhs[index] {
            return Int(lhs[index]) - Int(rhs[index])
        }
        return lhs.count - rhs.count
    }

    /// The column's UTF-8 bytes, valid until the statement moves on; empty for NULL.
    static func bytes(_ statement: SQLiteStatement, _ column: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let text = sqlite3_column_text(statement, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, column)))
    }
}

/// Pass keys by (module id, version) text pair, found by one hash of both texts' bytes: an agency has a few
/// dozen pairs, and rows read by day change pair on almost every row. The known pairs' bytes sit in one buffer.
private struct PassKeyTable {
    /// `cut(at:)` of a pair not yet looked up, and of a pair the status engine cannot rank.
    static let unknownCut: Int64 = -2
    static let irregularCut: Int64 = -1

    private var keys: [ProgramPass.Key] = []
    /// Each pair's compact key for a status cut (`ProgramPassRun.addToCut`): rank << 32 | version ordinal.
    private var cuts: [Int64] = []
    /// Where each known pair's bytes start in `bytes`, and the module id's and version's lengths.
    private var spans: [(start: Int, module: Int, version: Int)] = []
    private var bytes: [UInt8] = []
    /// Positions in `keys` by hash (open addressing, -1 for an empty slot): twice the most pairs kept.
    private var slots = [Int](repeating: -1, count: 2 * capacity)
    /// Past this many pairs (data the curriculum does not describe) the table starts again empty.
    private static let capacity = 2_048

    /// The entry of a known pair.
    func find(_ module: UnsafeBufferPointer<UInt8>, _ version: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = Self.hash(module, version) & mask
        while slots[slot] >= 0 {
            let index = slots[slot]
            if same(spans[index], module, version) { return index }
            slot = (slot + 1) & mask
        }
        return nil
    }

    func key(at entry: Int) -> ProgramPass.Key { keys[entry] }

    func cut(at entry: Int) -> Int64 { cuts[entry] }

    mutating func setCut(_ cut: Int64, at entry: Int) { cuts[entry] = cut }

    /// Keeps `key` for a pair `find` does not know, and returns its entry.
    mutating func insert(
        _ module: UnsafeBufferPointer<UInt8>, _ version: UnsafeBufferPointer<UInt8>, _ key: ProgramPass.Key
    ) -> Int {
        if keys.count >= Self.capacity {
            keys.removeAll(keepingCapacity: true)
            cuts.removeAll(keepingCapacity: true)
            spans.removeAll(keepingCapacity: true)
            bytes.removeAll(keepingCapacity: true)
            for index in slots.indices { slots[index] = -1 }
        }
        let mask = slots.count - 1
        var slot = Self.hash(module, version) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = keys.count
        spans.append((bytes.count, module.count, version.count))
        bytes.append(contentsOf: module)
        bytes.append(contentsOf: version)
        keys.append(key)
        cuts.append(Self.unknownCut)
        return keys.count - 1
    }

    private static func hash(_ module: UnsafeBufferPointer<UInt8>, _ version: UnsafeBufferPointer<UInt8>) -> Int {
        var hash = (tail(module) &* 0x9E37_79B9_7F4A_7C15 ^ tail(version) ^ UInt64(module.count << 8 | version.count))
            &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 31
        return Int(truncatingIfNeeded: hash)
    }

    /// The last eight bytes (ids share their beginnings, "uof-…"); shorter texts whole.
    private static func tail(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = text.baseAddress else { return 0 }
        if text.count >= 8 { return UnsafeRawPointer(base + text.count - 8).loadUnaligned(as: UInt64.self) }
        var tail: UInt64 = 0
        for byte in text { tail = tail << 8 | UInt64(byte) }
        return tail
    }

    /// Whether `count` bytes at `lhs` and `rhs` are the same, eight at a time.
    private static func equal(_ lhs: UnsafePointer<UInt8>, _ rhs: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var offset = 0
        while offset + 8 <= count {
            if UnsafeRawPointer(lhs + offset).loadUnaligned(as: UInt64.self)
                != UnsafeRawPointer(rhs + offset).loadUnaligned(as: UInt64.self) { return false }
            offset += 8
        }
        while offset < count {
            if lhs[offset] != rhs[offset] { return false }
            offset += 1
        }
        return true
    }

    private func same(
        _ span: (start: Int, module: Int, version: Int), _ module: UnsafeBufferPointer<UInt8>,
        _ version: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard span.module == module.count, span.version == version.count else { return false }
        return bytes.withUnsafeBufferPointer { known in
            guard let base = known.baseAddress else { return module.isEmpty && version.isEmpty }
            return (module.isEmpty || Self.equal(base + span.start, module.baseAddress!, module.count))
                && (version.isEmpty || Self.equal(base + span.start + module.count, version.baseAddress!, version.count))
        }
    }
}
