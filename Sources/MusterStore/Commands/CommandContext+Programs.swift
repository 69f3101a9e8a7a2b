import GRDB
import MusterCore

extension CommandContext {
    func assignProgram(_ request: ProgramAssignmentRequest) throws -> CommandResult {
        try requireProgram(request.programID)
        var badge: String?
        var unit: String?
        switch request.assignee {
        case .officer(let given):
            badge = try requireOfficer(given).badge
        case .unit(let given):
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM officer WHERE unit = ? LIMIT 1", arguments: [given]) == true
            else { throw StoreError.unknownUnit(given) }
            unit = given
        }
        let assignedOn = request.assignedOn ?? today
        try notInFuture(assignedOn, field: "assigned_on")
        let from = request.from ?? assignedOn
        try db.execute(
            sql: """
                INSERT INTO program_assignment (program_id, badge, unit, assigned_on, from_on) VALUES (?, ?, ?, ?, ?)
                """,
            arguments: [request.programID, badge, unit, assignedOn.iso, from.iso])
        let id = db.lastInsertedRowID
        try audit(action: "assignProgram", entity: .programAssignment, key: String(id), before: nil)
        return .programAssigned(id: id)
    }

    /// Ends a program assignment on `on` (today when nil), its first day no longer in force: dated, never a
    /// delete, so `status --programs` for an earlier day answers as before.
    func endProgramAssignment(id: Int64, on: CalendarDate?) throws -> CommandResult {
        let name = AssignmentEnding.programName(id)
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM program_assignment WHERE id = ?", arguments: [id]) else {
            throw StoreError.invalidField(field: "assignment", problem: "no program assignment has id \(name)")
        }
        let endedOn = on ?? today
        let from = CalendarDate(iso: row["from_on"]) ?? .earliest
        let ended = (row["ended_on"] as String?).flatMap(CalendarDate.init(iso:))
        if let refusal = AssignmentEnding.refusal(name, from: from, endedOn: ended, endingOn: endedOn) {
            throw StoreError.invalidField(field: refusal.field, problem: refusal.problem)
        }
        let before = CanonicalJSON.object(of: row)
        try db.execute(sql: "UPDATE program_assignment SET ended_on = ? WHERE id = ?", arguments: [endedOn.iso, id])
        try audit(action: "endProgramAssignment", entity: .programAssignment, key: String(id), before: before)
        return .programAssignmentEnded(id: id)
    }

    func waiveProgram(_ request: ProgramWaiverRequest) throws -> CommandResult {
        let badge = try requireOfficer(request.badge).badge
        try requireProgram(request.programID)
        let reason = try RecordRules.nonEmpty(request.reason, field: "reason")
        try RecordRules.checkPeriod(from: request.from, until: request.until)
        try db.execute(
            sql: "INSERT INTO program_waiver (badge, program_id, reason, valid_from, valid_until) VALUES (?, ?, ?, ?, ?)",
            arguments: [badge, request.programID, reason, request.from.iso, request.until.iso])
        let id = db.lastInsertedRowID
        try audit(action: "waiveProgram", entity: .programWaiver, key: String(id), before: nil)
        return .programWaived(id: id)
    }

    private func requireProgram(_ id: String) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM program_version WHERE program_id = ? LIMIT 1", arguments: [id]) == true
        else {
            throw StoreError.invalidField(
                field: "program", problem: "no program has id '\(id)' (load the curricula that define it: `muster curricula load`)")
        }
    }

    /// Adds each program version not stored yet; a stored version is never replaced (a change needs a new
    /// version), and different content under a stored one is reported as a kept conflict.
    func addProgramVersions(_ programs: [Program], summary: inout CurriculumLoadSummary) throws {
        guard !programs.isEmpty else { return }
        let stored = try db.cachedStatement(sql: "SELECT content FROM program_version WHERE program_id = ? AND version = ?")
        for program in programs {
            let content = try CurriculumCoding.encode(program)
            if let existing = try String.fetchOne(stored, arguments: [program.id, program.version.description]) {
                if existing != content { summary.keptConflictingVersions.append("\(program.id)@\(program.version)") }
                continue
            }
            try db.execute(
                sql: "INSERT INTO program_version (program_id, version, content, loaded_at) VALUES (?, ?, ?, ?)",
                arguments: [program.id, program.version.description, content, occurredAt])
            try audit(action: "loadCurriculum", entity: .programVersion, key: String(db.lastInsertedRowID), before: nil)
            summary.addedEntries.append("program:\(program.id)@\(program.version)")
        }
    }
}

extension SQLiteRecordStore {
    /// Every program version ever loaded; none while an upgrade's earlier steps read the curriculum before
    /// `v11-programs` has made the table.
    static func programVersions(_ db: Database) throws -> [Program] {
        guard try db.tableExists("program_version") else { return [] }
        return try String.fetchAll(db, sql: "SELECT content FROM program_version ORDER BY program_id, id")
            .compactMap { CurriculumCoding.decode(Program.self, $0) }
    }

    /// Every program assignment and program waiver: small tables, read whole and grouped in memory by a run.
    public func programRecords() throws -> (assignments: [ProgramAssignment], waivers: [ProgramWaiver]) {
        try read { db in
            let assignments = try Row.fetchAll(db, sql: "SELECT * FROM program_assignment ORDER BY id").map { row in
                let badge: String? = row["badge"]
                return ProgramAssignment(
                    id: row["id"], programID: row["program_id"],
                    assignee: badge.map { .officer(badge: $0) } ?? .unit(row["unit"]),
                    assignedOn: CalendarDate(iso: row["assigned_on"]) ?? .earliest,
                    from: CalendarDate(iso: row["from_on"]), endedOn: (row["ended_on"] as String?).flatMap(CalendarDate.init(iso:)))
            }
            let waivers = try Row.fetchAll(db, sql: "SELECT * FROM program_waiver ORDER BY id").map { row in
                ProgramWaiver(id: row["id"], badge: row["badge"], programID: row["program_id"], reason: row["reason"],
                              from: CalendarDate(iso: row["valid_from"]) ?? .earliest,
                              until: CalendarDate(iso: row["valid_until"]) ?? .latest)
            }
            return (assignments, waivers)
        }
    }
}
