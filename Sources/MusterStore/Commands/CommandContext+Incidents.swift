import GRDB
import MusterCore

extension CommandContext {
    /// Records the incident and, in the same transaction, assigns the officer every module its kind triggers
    /// (`incident_trigger`, loaded from `Curricula/triggers.yaml`), due that many days after the incident.
    func recordIncident(_ request: IncidentRequest) throws -> CommandResult {
        let badge = try requireOfficer(request.badge).badge
        try notInFuture(request.occurredOn, field: "on")
        let note = request.note?.trimmedWhitespace()
        try db.execute(
            sql: "INSERT INTO incident (badge, occurred_on, kind, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [badge, request.occurredOn.iso, request.kind.rawValue, note?.isEmpty == false ? note : nil, actor, occurredAt])
        let id = db.lastInsertedRowID
        try audit(action: "recordIncident", entity: .incident, key: String(id), before: nil)
        var assignments: [TriggeredAssignment] = []
        for trigger in try triggers(for: request.kind) {
            guard try newestModule(trigger.moduleID) != nil else { throw StoreError.unknownModule(trigger.moduleID) }
            let due = trigger.dueOn(after: request.occurredOn)
            try db.execute(
                sql: """
                    INSERT INTO assignment (module_id, badge, due_on, assigned_on, from_on, origin, incident_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [trigger.moduleID, badge, due.iso, request.occurredOn.iso, request.occurredOn.iso,
                            trigger.origin.rawValue, id])
            let assignmentID = db.lastInsertedRowID
            try audit(action: "assign", entity: .assignment, key: String(assignmentID), before: nil)
            assignments.append(TriggeredAssignment(
                assignmentID: assignmentID, trigger: trigger.id, moduleID: trigger.moduleID, dueOn: due, origin: trigger.origin))
        }
        return .incidentRecorded(IncidentOutcome(id: id, assignments: assignments))
    }

    private func triggers(for kind: IncidentKind) throws -> [IncidentTrigger] {
        try Row.fetchAll(db, sql: "SELECT * FROM incident_trigger WHERE event = ? ORDER BY id", arguments: [kind.rawValue])
            .compactMap(IncidentTriggerRow.trigger)
    }

    /// Stores each trigger that is new or changed. A trigger the folder no longer lists stays: a load of part of
    /// the curricula must not silently stop what events assign.
    func loadTriggers(_ triggers: [IncidentTrigger], summary: inout CurriculumLoadSummary) throws {
        for trigger in triggers {
            let stored = try Row.fetchOne(db, sql: "SELECT * FROM incident_trigger WHERE id = ?", arguments: [trigger.id])
            if let stored, IncidentTriggerRow.trigger(stored) == trigger { continue }
            let before = try stored.map { _ in try AuditEntity.incidentTrigger.snapshot(db, key: trigger.id) } ?? nil
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO incident_trigger (id, event, module_id, within_days, origin, loaded_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [trigger.id, trigger.event.rawValue, trigger.moduleID, trigger.withinDays, trigger.origin.rawValue, occurredAt])
            try audit(action: "loadCurriculum", entity: .incidentTrigger, key: trigger.id, before: before)
            summary.addedEntries.append("trigger:\(trigger.id)")
        }
    }
}

/// A stored `incident_trigger` row as the model it was loaded from.
enum IncidentTriggerRow {
    static func trigger(_ row: Row) -> IncidentTrigger? {
        guard let event = IncidentKind(rawValue: row["event"]), let origin = AssignmentOrigin(rawValue: row["origin"]) else { return nil }
        return IncidentTrigger(id: row["id"], event: event, moduleID: row["module_id"], withinDays: row["within_days"], origin: origin)
    }
}
