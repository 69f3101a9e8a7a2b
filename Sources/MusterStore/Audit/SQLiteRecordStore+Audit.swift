import GRDB

extension SQLiteRecordStore {
    public func verifyAudit() throws -> AuditReport {
        try read { db in
            var report = AuditReport(eventsChecked: 0)
            report.firstBrokenLink = try Self.firstBrokenLink(db, checked: &report.eventsChecked)
            for entity in AuditEntity.allCases {
                report.drifts += try Self.drifts(of: entity, db)
            }
            return report
        }
    }

    /// The row as Muster before 2026-11-23 wrote completions' after-states: read back with `INSERT … RETURNING`,
    /// where SQLite hands a whole REAL (hours 4.0) back as the integer 4. Such an event still matches its row.
    static func legacyNumbers(_ columns: [String: DatabaseValue]) -> [String: DatabaseValue] {
        columns.mapValues { value in
            if case .double(let number) = value.storage, number.rounded() == number, abs(number) < 9_007_199_254_740_992 {
                return Int64(number).databaseValue
            }
            return value
        }
    }

    /// Walks the chain in id order, each event's hash recomputed over its content and the hash before it, and
    /// names the first event that does not add up.
    static func firstBrokenLink(_ db: Database, checked: inout Int) throws -> BrokenLink? {
        var previousHash = AuditEvent.genesisHash
        var expectedID: Int64 = 1
        let events = try Row.fetchCursor(db, sql: "SELECT * FROM audit_event ORDER BY id")
        while let row = try events.next() {
            let event = RowDecoding.auditEvent(row, prevHash: previousHash)
            checked += 1
            if event.id != expectedID {
                return BrokenLink(eventID: event.id, problem: .missingEvents(expectedID: expectedID))
            }
            if event.recomputedHash != event.hash {
                return BrokenLink(eventID: event.id, problem: .doesNotAddUp)
            }
            previousHash = event.hash
            expectedID += 1
        }
        return nil
    }

    /// Merges the table's rows with the last audit event per key, both in key order, and reports every
    /// difference: changed rows, rows no event mentions, and rows gone that the audit says exist.
    static func drifts(of entity: AuditEntity, _ db: Database) throws -> [RecordDrift] {
        var drifts: [RecordDrift] = []
        let rows = try Row.fetchCursor(
            db, sql: "SELECT \(entity.keyExpression) AS audit_key, * FROM \(entity.table) ORDER BY \(entity.keyExpression)")
        let events = try Row.fetchCursor(db, sql: """
            SELECT e.entity_key, e.after_state FROM audit_event e
            WHERE e.entity = ? AND e.id = (SELECT MAX(l.id) FROM audit_event l WHERE l.entity = e.entity AND l.entity_key = e.entity_key)
            ORDER BY e.entity_key
            """, arguments: [entity.rawValue])

        func nextRow() throws -> (key: String, json: String, legacy: () -> String)? {
            guard let row = try rows.next() else { return nil }
            let key: String = row["audit_key"]
            var columns: [String: DatabaseValue] = [:]
            for (column, value) in row where column != "audit_key" { columns[column] = value }
            return (key, CanonicalJSON.object(of: Row(columns)), { CanonicalJSON.object(of: Row(Self.legacyNumbers(columns))) })
        }
        func nextEvent() throws -> (key: String, after: String?)? {
            guard let row = try events.next() else { return nil }
            return (row[0], row[1])
        }

        var row = try nextRow()
        var event = try nextEvent()
        while row != nil || event != nil {
            if let current = row, event == nil || precedesInBinaryCollation(current.key, event!.key) {
                drifts.append(RecordDrift(entity: entity, key: current.key, problem: .unaudited(actual: current.json)))
                row = try nextRow()
            } else if let last = event, row == nil || precedesInBinaryCollation(last.key, row!.key) {
                if let expected = last.after {
                    drifts.append(RecordDrift(entity: entity, key: last.key, problem: .missing(expected: expected)))
                }
                event = try nextEvent()
            } else if let current = row, let last = event {
                if last.after != current.json, last.after != current.legacy() {
                    drifts.append(RecordDrift(
                        entity: entity, key: current.key,
                        problem: .changed(expected: last.after ?? "nothing", actual: current.json)))
                }
                row = try nextRow()
                event = try nextEvent()
            }
        }
        return drifts
    }
}
