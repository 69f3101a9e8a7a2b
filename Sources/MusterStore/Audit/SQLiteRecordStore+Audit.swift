import GRDB

extension SQLiteRecordStore {
    /// The hash chain and every record against its last event, both read in one transaction.
    public func verifyAudit() throws -> AuditReport {
        try read { db in
            var report = AuditReport(eventsChecked: 0)
            report.firstBrokenLink = try Self.firstBrokenLink(db, checked: &report.eventsChecked)
            report.drifts = try Self.drifts(db)
            return report
        }
    }

    /// The first half of `verifyAudit`, on its own read transaction, so that another thread can do the second
    /// (`auditDrifts`) at the same time: each then holds for the database as its own transaction saw it.
    public func auditChainCheck() throws -> (firstBrokenLink: BrokenLink?, eventsChecked: Int) {
        try read { db in
            var checked = 0
            let broken = try Self.firstBrokenLink(db, checked: &checked)
            return (broken, checked)
        }
    }

    /// The second half of `verifyAudit`: every record whose content differs from its last audit event.
    public func auditDrifts() throws -> [RecordDrift] {
        try read { db in try Self.drifts(db) }
    }

    static func drifts(_ db: Database) throws -> [RecordDrift] {
        // A file not yet upgraded lacks the newer tables (`curriculum_review`), and so has nothing in them to check.
        try AuditEntity.allCases.filter { try db.tableExists($0.table) }.flatMap { try drifts(of: $0, db) }
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
        // The columns in name order, as canonical JSON writes them, so each row is written as it is read.
        let columns = try db.columns(in: entity.table).map(\.name).sorted()
        let selected = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        let rows = try Row.fetchCursor(
            db, sql: "SELECT \(entity.keyExpression) AS audit_key, \(selected) FROM \(entity.table) ORDER BY \(entity.keyExpression)")
        let events = try Row.fetchCursor(db, sql: """
            SELECT e.entity_key, e.after_state FROM audit_event e
            WHERE e.entity = ? AND e.id = (SELECT MAX(l.id) FROM audit_event l WHERE l.entity = e.entity AND l.entity_key = e.entity_key)
            ORDER BY e.entity_key
            """, arguments: [entity.rawValue])

        var writer = CanonicalJSONWriter()
        func nextRow() throws -> (key: String, json: String)? {
            guard let row = try rows.next() else { return nil }
            let key: String = row[0]
            writer.removeAll()
            let values = (1...columns.count).map { row[$0] as DatabaseValue }
            CanonicalJSON.object(sortedNames: columns, values: values, into: &writer)
            return (key, writer.text)
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
                if last.after != current.json {
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
