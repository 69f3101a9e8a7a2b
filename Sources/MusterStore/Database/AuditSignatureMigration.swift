/// Migration v5: where the audit trail's signatures are kept. A writer with a signing key signs the last event of
/// each of its transactions (`CommandContext.signHead`), so the table has a row per signed transaction, not per
/// event. Each row keeps the public key that made it, so that `audit verify --public-key` can tell a signature by
/// another key from one that does not add up.
enum AuditSignatureMigration {
    static let name = "v5-audit-signatures"

    static let createTable = """
        CREATE TABLE audit_signature (
            event_id INTEGER NOT NULL PRIMARY KEY,
            public_key BLOB NOT NULL,
            signature BLOB NOT NULL
        )
        """

    static var sql: String { createTable }
}
