import GRDB
import MusterCore

/// Program assignments for `assignments list`: every one, or those an officer's records name (their badge, or
/// a unit they were ever in), chosen as `assignments(badge:)` chooses the module and certification ones.
extension SQLiteRecordStore {
    public func allProgramAssignments() throws -> [ProgramAssignment] {
        try read { db in
            guard try db.tableExists("program_assignment") else { return [] }
            return try Row.fetchAll(db, sql: "SELECT * FROM program_assignment ORDER BY id").map(Self.programAssignment)
        }
    }

    public func programAssignments(badge: String) throws -> [ProgramAssignment] {
        try read { db in
            guard try db.tableExists("program_assignment") else { return [] }
            return try Row.fetchAll(db, sql: """
                SELECT a.* FROM program_assignment a WHERE a.badge = ?
                UNION ALL
                SELECT a.* FROM program_assignment a WHERE a.unit IN (
                    SELECT unit FROM officer WHERE badge = ?
                    UNION SELECT from_unit FROM officer_fact WHERE badge = ?
                    UNION SELECT to_unit FROM officer_fact WHERE badge = ?)
                ORDER BY 1
                """, arguments: [badge, badge, badge, badge]
            ).map(Self.programAssignment)
        }
    }

    static func programAssignment(_ row: Row) -> ProgramAssignment {
        let badge: String? = row["badge"]
        return ProgramAssignment(
            id: row["id"], programID: row["program_id"], assignee: badge.map { .officer(badge: $0) } ?? .unit(row["unit"]),
            assignedOn: CalendarDate(iso: row["assigned_on"]) ?? .earliest, from: CalendarDate(iso: row["from_on"]),
            endedOn: (row["ended_on"] as String?).flatMap(CalendarDate.init(iso:)))
    }
}
