/// The index of passed, non-voided completions that program hours read (`CompletionScope.countingPasses`, and
/// `pass_digest`'s blobs, built from it): it holds every column they need, so a read over 100,000 officers reads
/// this index alone, in badge order, instead of seeking each officer's whole history row by row in the table. Being an index, SQLite keeps it in every write
/// (a recorded completion, a void, a version relabelled by an upgrade) and a bulk load builds it once at the end;
/// `muster audit verify` checks its definition with the rest of the schema.
enum CountingPassIndex {
    static let name = "completion_passed"
    static let migration = "v15-program-pass-index"
    /// Makes the index covering (`coveringSQL`).
    static let coveringMigration = "v17-covering-pass-index"
    static let condition = condition("")
    /// By officer, then day: an officer's passes come out in date order, and a date bound would cut them. The
    /// result and the void close the list: SQLite checks a query's condition on every row it reads, even the one
    /// the index's own condition implies, and without them it sought each of millions of rows in the table.
    static let columns = "badge, completed_on, module_id, module_version, hours, result, voided_reason"

    /// The index's condition over columns prefixed with `row` (e.g. `c.`), which a query must state to use it.
    static func condition(_ row: String) -> String {
        "\(row)result = 'pass' AND \(row)voided_reason IS NULL"
    }

    /// Frozen with the `v15` migration: what it created, and built from the existing completions.
    static let sql = "CREATE INDEX completion_passed ON completion(badge, completed_on, module_id, module_version, hours) "
        + "WHERE result = 'pass' AND voided_reason IS NULL"

    /// Frozen with the `v17` migration: the index made again with every column a query of it reads.
    static let coveringSQL = """
        DROP INDEX completion_passed;
        CREATE INDEX completion_passed ON completion(badge, completed_on, module_id, module_version, hours, result, \
        voided_reason) WHERE result = 'pass' AND voided_reason IS NULL;
        """
}
