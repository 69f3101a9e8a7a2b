import GRDB
import MusterCore

extension SQLiteRecordStore {
    public func liaisonAgency(login: String) throws -> String? {
        try read { db in
            try String.fetchOne(
                db, sql: "SELECT agency FROM liaison_grant WHERE login = ? AND revoked_at IS NULL ORDER BY id LIMIT 1",
                arguments: [login])
        }
    }

    /// The partner agencies, by id, each with its number of officers.
    public func agencies() throws -> [(agency: Agency, officers: Int)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.name, (SELECT COUNT(*) FROM officer o WHERE o.agency = a.id) AS officers
                FROM agency a ORDER BY a.id
                """).map { (Agency(id: $0["id"], name: $0["name"]), $0["officers"]) }
        }
    }

    /// Officers of the home agency (an empty stored agency).
    public func homeOfficerCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM officer WHERE agency IS NULL") ?? 0 }
    }

    /// Incidents of the officers `filter` keeps, by date then id. Notes are read only for a login that may read
    /// incidents (coordinators, auditors); for anyone else they stay in the database.
    public func incidents(_ filter: OfficerFilter, as access: AccessPolicy) throws -> [Incident] {
        let withNotes = access.allows(.readIncidents)
        let condition = filter.condition()
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT i.id, i.badge, i.occurred_on, i.kind, \(withNotes ? "i.note" : "NULL AS note"), i.recorded_by, i.recorded_at
                FROM incident i JOIN officer o ON o.badge = i.badge
                WHERE \(condition.sql) ORDER BY i.occurred_on, i.id
                """, arguments: condition.arguments).compactMap { row in
                guard let kind = IncidentKind(rawValue: row["kind"]), let on = CalendarDate(iso: row["occurred_on"]) else { return nil }
                return Incident(id: row["id"], badge: row["badge"], occurredOn: on, kind: kind,
                                note: row["note"], recordedBy: row["recorded_by"], recordedAt: row["recorded_at"])
            }
        }
    }
}
