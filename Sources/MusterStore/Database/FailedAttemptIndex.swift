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

    static var sql: String { StoreSchema.object(named: name)?.sql ?? "" }
}
