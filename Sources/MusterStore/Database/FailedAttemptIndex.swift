/// The index of failed, non-voided attempts, which status runs read beside `completion_latest`: a failed
/// re-qualification can decide a status (`failed`), and the table of newest passes does not hold it.
enum FailedAttemptIndex {
    static let name = "completion_failed"
    static let condition = condition("")

    /// The index's condition over columns prefixed with `row` (e.g. `c.`), which a query must state to use it.
    static func condition(_ row: String) -> String {
        "\(row)result = 'fail' AND \(row)voided_reason IS NULL"
    }
    static let migration = "v4-failed-attempt-index"

    /// The index as `v4-failed-attempt-index` made it, frozen: it left the version and result to a seek into
    /// the table for each attempt.
    static let v4SQL = """
        CREATE INDEX completion_failed ON completion(badge, module_id, completed_on) WHERE result = 'fail' AND voided_reason IS NULL
        """

    /// The columns since `v16-earliest-pass`: every one a status run selects of an attempt (its id is the table's
    /// rowid), the result and void too, so SQLite reads the index alone instead of seeking each attempt's row.
    static let columns = "badge, module_id, completed_on, module_version, result, voided_reason"

    static var sql: String { StoreSchema.object(named: name)?.sql ?? "" }
}
