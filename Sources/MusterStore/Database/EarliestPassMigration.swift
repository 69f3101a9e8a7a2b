/// The `v16-earliest-pass` migration: `completion_latest` keeps, beside each key's newest counting completion, its
/// earliest one (`CompletionLatestRule.earliestColumns`), so a status run reads the earliest pass of a renewed
/// prerequisite with the officer's rows instead of seeking it among the completions. The table is made again
/// from the completions (`CompletionLatestRule.recomputed`, the rule `audit verify` checks it by), with the
/// triggers that keep it in step. The derived table is no record: no audit event changes. The index of failed
/// attempts gains the columns a status run reads of them (`FailedAttemptIndex.columns`), which spares a seek
/// into the table per attempt.
enum EarliestPassMigration {
    static let name = "v16-earliest-pass"

    static var sql: String {
        let rule = CompletionLatestRule.self
        return """
            DROP TRIGGER IF EXISTS \(rule.insertTrigger);
            DROP TRIGGER IF EXISTS \(rule.voidTrigger);
            DROP TABLE \(rule.table);
            \(rule.createTable);
            INSERT INTO \(rule.table) (\(rule.columns.map(\.name).joined(separator: ", ")))
            \(rule.recomputed);
            \(rule.createInsertTrigger);
            \(rule.createVoidTrigger);
            DROP INDEX \(FailedAttemptIndex.name);
            \(FailedAttemptIndex.sql);
            """
    }
}
