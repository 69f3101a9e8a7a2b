import GRDB
import MusterCore

/// Row → domain value conversions shared by the command layer and the queries. Columns are read by
/// name so the SELECT lists may vary. (Officers are read by position, from `OfficerColumn`'s list.)
enum RowDecoding {
    static func date(_ text: String?) -> CalendarDate? {
        text.flatMap(CalendarDate.init(iso:))
    }

    static func completion(_ row: Row) -> Completion {
        Completion(
            id: row["id"], badge: row["badge"], moduleID: row["module_id"],
            moduleVersion: ModuleVersion(row["module_version"] as String) ?? ModuleVersion("0")!,
            completedOn: date(row["completed_on"]) ?? CalendarDate(dayNumber: 0),
            result: Completion.Result(rawValue: row["result"] as String) ?? .fail,
            score: row["score"], hours: row["hours"], instructor: row["instructor"],
            sessionID: row["session_id"], voidReason: row["voided_reason"])
    }

    static func assignment(_ row: Row) -> Assignment {
        let target: Assignment.Target
        if let module: String = row["module_id"] {
            target = .module(module)
        } else {
            target = .certification(row["certification_id"])
        }
        let assignee: Assignment.Assignee
        if let badge: String = row["badge"] {
            assignee = .officer(badge: badge)
        } else {
            assignee = .unit(row["unit"])
        }
        var assignment = Assignment(
            id: row["id"], target: target, assignee: assignee, dueOn: date(row["due_on"]),
            assignedOn: date(row["assigned_on"]) ?? CalendarDate(dayNumber: 0), from: date(row["from_on"]),
            endedOn: date(row["ended_on"]),
            newMembersWithinDays: row["new_members_within_days"] ?? Assignment.defaultNewMembersWithinDays)
        if let origin: String = row["origin"] { assignment.origin = AssignmentOrigin(rawValue: origin) ?? .routine }
        assignment.incidentID = row["incident_id"]
        return assignment
    }

    static func waiver(_ row: Row) -> Waiver {
        Waiver(
            id: row["id"], badge: row["badge"], moduleID: row["module_id"], reason: row["reason"],
            from: date(row["valid_from"]) ?? CalendarDate(dayNumber: 0), until: date(row["valid_until"]))
    }

    static func session(_ row: Row) -> ClassSession {
        ClassSession(
            id: row["id"], moduleID: row["module_id"],
            heldOn: date(row["held_on"]) ?? CalendarDate(dayNumber: 0),
            instructor: row["instructor"], location: row["location"])
    }

    static func roleGrant(_ row: Row) -> RoleGrant {
        RoleGrant(
            id: row["id"], login: row["login"], role: Role(rawValue: row["role"] as String) ?? .officer,
            grantedAt: row["granted_at"], grantedBy: row["granted_by"],
            revokedAt: row["revoked_at"], revokedBy: row["revoked_by"], agency: row["agency"])
    }

    /// An event as stored, and the hash it follows: the one of the event before it, which is not stored.
    static func auditEvent(_ row: Row, prevHash: String) -> AuditEvent {
        AuditEvent(
            id: row["id"], occurredAt: row["occurred_at"], actor: row["actor"], action: row["action"],
            entity: row["entity"], entityKey: row["entity_key"], before: row["before_state"],
            after: row["after_state"], prevHash: prevHash, hash: auditHash(row["hash"]))
    }

    /// A stored hash (the digest's 32 bytes) as the lowercase hex the chain is spelled in. Anything else stored
    /// there is no hash, and reads as one that matches nothing.
    static func auditHash(_ value: DatabaseValue) -> String {
        guard case .blob(let digest) = value.storage else { return "" }
        return String(decoding: digest.withUnsafeBytes(AuditHashing.hex(bytes:)), as: UTF8.self)
    }
}
