import GRDB
import GRDBSQLite
import MusterCore

/// Each officer's passed, non-voided completions read from their `pass_digest` blob (`PassDigest`) in badge order,
/// decoded straight into `ProgramPass` values: no `Completion`, no String per pass. Each distinct (module id,
/// version) pair is looked up in the program engine once (`ProgramEngine.passKey`); a row's badge is compared in
/// place by its bytes. An officer whose blob is missing, stale or malformed has theirs built from
/// `completion_passed` instead, as the write path would build it.
struct ProgramPassRun {
    /// What the digest query selects, from `pass_digest` aliased `d`.
    static let columns = "d.badge, d.passes"

    /// Stepped through SQLite's C API, as `BoundStatement` does: a GRDB cursor handed out (and retained and
    /// released) a row object per row. Owned by this run alone, never by GRDB's cache.
    private let statement: Statement
    private let sqlite: SQLiteStatement
    /// One officer's passes from the index (`PassDigest.passesOfBadge`), for a blob that cannot serve.
    private let passesOfBadge: Statement
    /// Nil for a run that only works out the status cut (`cutting`) and hands over no passes.
    private let engine: ProgramEngine?
    private var keys = PassKeyTable()
    /// Whether the statement stands on a row not yet handed over.
    private var pending = false
    /// Each officer's status cut worked out from their passes, when a status read beside asked for it (`cutting`),
    /// and its decoder, held apart so that counting a pass copies (and retains) nothing out of the cut.
    private var cut: PassCut?
    private var cutDecoder: CompactRowDecoder?
    /// The officer's pairs, by their number in the blob: their entry in `keys`, and their bytes (for a pair the
    /// status engine cannot rank).
    private var entries: [Int] = []
    private var pairBytes: [(module: UnsafeBufferPointer<UInt8>, version: UnsafeBufferPointer<UInt8>)] = []

    init(_ db: Database, sql: String, arguments: StatementArguments, engine: ProgramEngine?) throws {
        statement = try db.makeStatement(sql: sql)
        sqlite = statement.sqliteStatement
        passesOfBadge = try db.makeStatement(sql: PassDigest.passesOfBadge)
        self.engine = engine
        try statement.setArguments(arguments)
        try step()
    }

    private mutating func step() throws {
        pending = false
        pending = try statement.stepRow()
    }

    /// Has `take` also work out each officer's `completion_latest` rows from their passes (`PassCut`), compact as
    /// `decoder` makes them.
    mutating func cutting(by decoder: CompactRowDecoder) {
        cut = PassCut(decoder: decoder)
        cutDecoder = decoder
    }

    /// The passes of `badge`, in the index's order, skipping any rows of badges ordered before it (empty without
    /// an engine); and, when `cutting`, the officer's `completion_latest` rows worked out from them.
    mutating func take(_ badge: String) throws -> (passes: [ProgramPass], cut: [CompactLatestRow]?) {
        var passes: [ProgramPass] = []
        var found = false
        var wanted = badge
        try wanted.withUTF8 { wanted in
            while pending {
                let order = Self.compare(Self.bytes(sqlite, 0), wanted)
                if order > 0 { break }
                if order == 0 {
                    try read(badge, blob: Self.blob(sqlite, 1), into: &passes)
                    found = true
                }
                try step()
            }
        }
        // No row: the officer has no pass, or a bulk load is inserting theirs (`PassDigest.buildAll` ends it).
        if !found { try read(badge, blob: nil, into: &passes) }
        return (passes, cut?.take())
    }

    /// Decodes `blob`, or the officer's passes from the index when it cannot serve (none, stale or malformed).
    private mutating func read(_ badge: String, blob: UnsafeBufferPointer<UInt8>?, into passes: inout [ProgramPass]) throws {
        if let blob {
            let start = passes.count
            do {
                return try decode(blob, badge: badge, into: &passes)
            } catch is PassDigestCoding.Malformed {
                passes.removeSubrange(start...)
                _ = cut?.take()
            }
        }
        let rebuilt = try PassDigest.encoded(badge, passesOfBadge)
        try rebuilt.withUnsafeBufferPointer { try decode($0, badge: badge, into: &passes) }
    }

    private mutating func decode(_ blob: UnsafeBufferPointer<UInt8>, badge: String, into passes: inout [ProgramPass]) throws {
        var reader = PassDigestCoding.Reader(blob)
        entries.removeAll(keepingCapacity: true)
        pairBytes.removeAll(keepingCapacity: true)
        try reader.pairs { module, version in
            let entry = keys.find(module, version) ?? keys.insert(module, version, engine?.passKey(
                moduleID: String(decoding: module, as: UTF8.self),
                version: ModuleVersion(String(decoding: version, as: UTF8.self)) ?? ModuleVersion("0")!))
            entries.append(entry)
            pairBytes.append((module, version))
        }
        if engine != nil { passes.reserveCapacity(passes.count + reader.remaining) }
        while reader.remaining > 0 {
            let (pair, day, id, hours) = try reader.next()
            guard pair < entries.count else { throw PassDigestCoding.Malformed() }
            let entry = entries[pair]
            if let key = keys.key(at: entry) { passes.append(ProgramPass(key: key, id: id, completedOn: day, hours: hours)) }
            if let decoder = cutDecoder { addToCut(entry: entry, pair: pair, badge: badge, id: id, day: day, hours: hours, decoder) }
        }
    }

    /// Counts a pass into the cut; its compact key is looked up once per (module id, version) pair, beside its
    /// program key.
    private mutating func addToCut(
        entry: Int, pair: Int, badge: String, id: Int64, day: CalendarDate, hours: Double?, _ decoder: CompactRowDecoder
    ) {
        var key = keys.cut(at: entry)
        if key == PassKeyTable.unknownCut {
            key = decoder.regularKey(module: pairBytes[pair].module, version: pairBytes[pair].version)
                .map { Int64($0.module) << 32 | Int64($0.version) } ?? PassKeyTable.irregularCut
            keys.setCut(key, at: entry)
        }
        let row = key >= 0
            ? CompactCompletion(id: id, completedOn: day, hours: hours, module: Int32(key >> 32),
                                version: Int32(truncatingIfNeeded: key), passed: true)
            : decoder.compact(module: pairBytes[pair].module, version: pairBytes[pair].version, badge: badge, id: id,
                              completedOn: day, hours: hours, passed: true)
        cut?.add(row, badge: badge)
    }

    /// SQLite's BINARY collation: by bytes, then by length.
    static func compare(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Int {
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

    /// The column's blob bytes, valid until the statement moves on; nil for NULL.
    static func blob(_ statement: SQLiteStatement, _ column: Int32) -> UnsafeBufferPointer<UInt8>? {
        guard sqlite3_column_type(statement, column) != SQLITE_NULL else { return nil }
        guard let start = sqlite3_column_blob(statement, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self),
                                   count: Int(sqlite3_column_bytes(statement, column)))
    }
}
