import Foundation
import GRDB
@testable import MusterStore
import Testing

/// The schema a new database gets, compared with `Tests/Snapshots/schema.sql`, so that every change to it is
/// made on purpose and seen in review. Set `RECORD_SCHEMA=1` to write the file instead; recording always fails
/// the test, so a recorded schema is never accepted without being looked at.
@Suite("The schema of a new database")
struct SchemaSnapshotTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Snapshots/schema.sql")

    /// Every object `sqlite_master` lists, tables first, then indexes, then triggers, each by name.
    static func schema(_ store: SQLiteRecordStore) throws -> String {
        let objects = try store.read { db in
            try Row.fetchAll(db, sql: """
                SELECT type, name, tbl_name, sql FROM sqlite_master
                ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name
                """)
        }
        return objects.map { object in
            let header = "-- \(object["type"] as String) \(object["name"] as String) on \(object["tbl_name"] as String)"
            let sql: String? = object["sql"]
            return header + "\n" + (sql.map { $0 + ";" } ?? "-- (made by SQLite for a key; no SQL)") + "\n"
        }.joined(separator: "\n")
    }

    @Test("a new database's schema is the one recorded in Tests/Snapshots/schema.sql")
    func matchesSnapshot() throws {
        let store = try MusterDatabase.openInMemory()
        let actual = try Self.schema(store)
        if ProcessInfo.processInfo.environment["RECORD_SCHEMA"] == "1" {
            try FileManager.default.createDirectory(at: Self.file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: Self.file)
            Issue.record("Recorded \(Self.file.path); review it, then run again without RECORD_SCHEMA")
            return
        }
        let expected = try String(contentsOf: Self.file, encoding: .utf8)
        #expect(actual == expected, "the schema differs from \(Self.file.path):\n\(actual)")
    }

    @Test("a file database gets the same schema as an in-memory one")
    func fileMatchesMemory() throws {
        let fixture = try StoreFixture(curriculum: nil, officers: [])
        defer { fixture.directory.remove() }
        #expect(try Self.schema(fixture.store) == Self.schema(MusterDatabase.openInMemory()))
    }

    @Test("every index and trigger that a bulk load defers has its definition in StoreSchema, as SQLite holds it")
    func deferredObjectsDefined() throws {
        let store = try MusterDatabase.openInMemory()
        for name in SQLiteRecordStore.indexesDeferredInBulkLoad + SQLiteRecordStore.triggersDeferredInBulkLoad {
            let stored = try store.read { db in
                try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [name])
            }
            #expect(stored != nil && stored == StoreSchema.object(named: name)?.sql, "\(name)")
        }
    }
}
