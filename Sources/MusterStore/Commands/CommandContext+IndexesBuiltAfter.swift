import GRDB

extension CommandContext {
    /// Runs `body`, which fills `table` from empty, with the table's plain indexes dropped, then creates them
    /// again from the rows it wrote: SQLite builds an index from sorted keys faster than it inserts keys one by
    /// one in an order unlike the index's (the `sqlite3` shell imports 100,000 officers in 1.75 s with the
    /// officer indexes in place, and in 0.85 s plus 0.31 s to build them afterwards). It all happens in the
    /// command's transaction, so if `body` throws, rolling the transaction back brings the indexes back as they
    /// were; other connections never see the table without them. Unique indexes stay, so every row is still
    /// checked against them as it goes in.
    func buildingIndexesAfter<T>(on table: String, _ body: () throws -> T) throws -> T {
        let plain = try Row.fetchAll(db, sql: """
            SELECT m.name, m.sql FROM sqlite_master m JOIN pragma_index_list(?) l ON l.name = m.name
            WHERE m.type = 'index' AND m.sql IS NOT NULL AND l."unique" = 0 AND l.origin = 'c'
            ORDER BY m.name
            """, arguments: [table]).map { (name: $0["name"] as String, sql: $0["sql"] as String) }
        for index in plain { try db.execute(sql: "DROP INDEX \(index.name.quotedDatabaseIdentifier)") }
        let result = try body()
        for index in plain { try db.execute(sql: index.sql) }
        return result
    }
}
