import GRDB

extension CommandContext {
    /// Runs `body`, which fills `table` from empty, with the table's indexes dropped, then creates them again
    /// from their definitions (`StoreSchema.indexes`) over the rows it wrote: SQLite builds an index from sorted
    /// keys faster than it inserts keys one by one in an order unlike the index's (Benchmarks/README.md has the
    /// figures). It all happens in the command's transaction, so if `body` throws, rolling the transaction back
    /// brings the indexes back as they were; other connections never see the table without them. The primary
    /// key is not among them, so every row is still checked against it as it goes in.
    func buildingIndexesAfter<T>(on table: String, _ body: () throws -> T) throws -> T {
        let indexes = StoreSchema.indexes.filter { $0.table == table }
        for index in indexes { try db.execute(sql: "DROP INDEX \(index.name.quotedDatabaseIdentifier)") }
        let result = try body()
        for index in indexes { try db.execute(sql: index.sql) }
        return result
    }
}
