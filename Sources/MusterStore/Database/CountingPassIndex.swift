/// The index of passed, non-voided completions that program hours read (`CompletionScope.countingPasses`): it
/// holds every column they need, so a run over 100,000 officers reads this index alone, in badge order, instead
/// of seeking each officer's whole history row by row in the table. Being an index, SQLite keeps it in every write
/// (a recorded completion, a void, a version relabelled by an upgrade) and a bulk load builds it once at the end;
/// `muster audit verify` checks its definition with the rest of the schema.
enum CountingPassIndex {
    static let name = "completion_passed"
    static let migration = "v15-program-pass-index"
    static let condition = condition("")
    /// By officer, then day: an officer's passes come out in date order, and a date bound would cut them.
    static let columns = "badge, completed_on, module_id, module_version, hours"

    /// The index's condition over columns prefixed with `row` (e.g. `c.`), which a query must state to use it.
    static func condition(_ row: String) -> String {
        "\(row)result = 'pass' AND \(row)voided_reason IS NULL"
    }

    /// Frozen with the migration: what it creates, and builds from the existing completions.
    static let sql = "CREATE INDEX completion_passed ON completion(badge, completed_on, module_id, module_version, hours) "
        + "WHERE result = 'pass' AND voided_reason IS NULL"
}
