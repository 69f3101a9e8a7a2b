import Foundation
import MusterCore

/// What an officers import did, or would do (dry run), or why it did nothing.
public struct OfficerImportOutcome: Sendable, Equatable {
    /// Every problem in the file; when non-empty nothing was written.
    public var problems: [ImportProblem]
    /// The counts written (or that would be written on a dry run); nil when there were problems.
    public var summary: OfficerImportSummary?
    /// True only when the import was written.
    public var applied: Bool
}

/// What a roster import did, or would do, or why it did nothing.
public struct RosterImportOutcome: Sendable, Equatable {
    public var problems: [ImportProblem]
    /// New completion ids and the duplicate count; nil when there were problems.
    public var summary: RosterSummary?
    public var applied: Bool
}

extension RecordStore {
    /// `importOfficersCSV` of the file at `path`, read only once the login is known to be allowed to import,
    /// so a login without the right learns that rather than anything about the file.
    public func importOfficersCSV(
        path: String, sync: Bool, effective: CalendarDate? = nil, dryRun: Bool, map: ColumnMap = ColumnMap(),
        dateFormat: ImportDateFormat = .iso, saving mapping: ImportMapping? = nil, as access: AccessPolicy
    ) throws -> OfficerImportOutcome {
        try access.authorize([.importOfficers(rows: [], sync: sync)])
        return try importOfficersCSV(SQLiteRecordStore.readImportFile(path), file: path, sync: sync, effective: effective,
                                     dryRun: dryRun, map: map, dateFormat: dateFormat, saving: mapping, as: access)
    }

    /// `importRosterCSV` of the file at `path`, read only once the login is known to be allowed to record.
    public func importRosterCSV(path: String, dryRun: Bool, as access: AccessPolicy) throws -> RosterImportOutcome {
        try access.authorize([.recordRoster(RosterRequest(entries: []))])
        return try importRosterCSV(SQLiteRecordStore.readImportFile(path), file: path, dryRun: dryRun, as: access)
    }

    /// Reads, checks and (unless `dryRun`, or any row is bad) applies an officers CSV in one transaction; the
    /// unit moves, status changes and `sync` separations it makes hold from `effective` (nil: today).
    public func importOfficersCSV(
        _ bytes: [UInt8], file: String, sync: Bool, effective: CalendarDate? = nil, dryRun: Bool,
        map: ColumnMap = ColumnMap(), dateFormat: ImportDateFormat = .iso, saving mapping: ImportMapping? = nil,
        as access: AccessPolicy
    ) throws -> OfficerImportOutcome {
        // Refused before the file is read, so a login without the right learns that rather than the file's problems.
        try access.authorize([.importOfficers(rows: [], sync: sync)])
        var parsed = OfficerCSV.parse(bytes, file: file, today: clock.today(), map: map, dateFormat: dateFormat)
        var problems = parsed.problems
        problems += try resolveStoredBadges(&parsed, file: file)
        // Logins already held by an officer not in this file would make one login two people.
        let fileBadges = Set(parsed.rows.map(\.row.badge))
        let holderOf = try loginHolders(parsed.rows.compactMap { if case .some(.some(let login)) = $0.row.login { login } else { nil } })
        for (line, row) in parsed.rows {
            guard case .some(.some(let login)) = row.login,
                  let holder = try holderOf(login), holder != row.badge, !fileBadges.contains(holder)
            else { continue }
            problems.append(ImportProblem(file: file, line: line, field: "login",
                                          problem: "'\(login)' already belongs to officer '\(holder)'"))
        }
        guard problems.isEmpty else {
            return OfficerImportOutcome(problems: problems.sorted(by: Self.byLine), summary: nil, applied: false)
        }
        // A mapping to save is saved with the import it read, in its transaction: only once it has worked.
        var commands = [RecordCommand.importOfficers(rows: parsed.rows.map(\.row), sync: sync, effective: effective)]
        if let mapping { commands.append(.saveImportMapping(mapping)) }
        let results = dryRun ? try self.dryRun(commands, as: access) : try apply(commands, as: access)
        guard case .officersImported(let summary)? = results.first else {
            throw StoreError.storage("officers import returned no summary")
        }
        return OfficerImportOutcome(problems: [], summary: summary, applied: !dryRun)
    }

    /// Reads, checks every row against the records (badges, modules, sessions, pass marks) and, unless
    /// `dryRun` or any row is bad, applies the roster in one transaction. Re-importing adds nothing.
    public func importRosterCSV(
        _ bytes: [UInt8], file: String, session: SessionRequest? = nil, dryRun: Bool, as access: AccessPolicy
    ) throws -> RosterImportOutcome {
        try access.authorize([.recordRoster(RosterRequest(entries: []))])
        var parsed = RosterCSV.parse(bytes, file: file, today: clock.today())
        var problems = parsed.problems
        // A sheet's badges, typed or exported without their leading zeros, name the stored officers (`BadgeMatch`).
        let resolutions = try parsed.entries.isEmpty ? [:] : badgeResolutions(parsed.entries.map(\.entry.badge))
        var ambiguousLines = Set<Int>()
        for index in parsed.entries.indices {
            let given = parsed.entries[index].entry.badge
            switch resolutions[given] {
            case .found(let stored)?: parsed.entries[index].entry.badge = stored
            case .ambiguous(let matches)?:
                ambiguousLines.insert(parsed.entries[index].line)
                problems.append(ImportProblem(file: file, line: parsed.entries[index].line, field: "badge",
                                              problem: StoreError.ambiguousBadge(given, matches: matches).description))
            case .unknown?, nil: break
            }
        }
        let known = try knownBadges(among: Set(parsed.entries.map(\.entry.badge)))
        let curriculum = try curriculum()
        var sessionExists: [Int64: Bool] = [:]
        for (line, entry) in parsed.entries {
            func report(_ field: String, _ problem: String) {
                problems.append(ImportProblem(file: file, line: line, field: field, problem: problem))
            }
            if !known.contains(entry.badge), !ambiguousLines.contains(line) { report("badge", "unknown badge '\(entry.badge)'") }
            let versions = curriculum.versions(of: entry.moduleID)
            if !versions.isEmpty, let completedOn = entry.completedOn {
                // The version the store will choose for the row, and its pass mark (`ResolvedCompletion`).
                do {
                    let module = try RecordRules.completionVersion(
                        named: entry.version, completedOn: completedOn, among: versions)
                    _ = try RecordRules.decideResult(
                        given: entry.result, score: entry.score, passMark: module.assessment.passMark)
                } catch {
                    report(error.field, error.problem)
                }
            } else if versions.isEmpty {
                report("module_id", "unknown module '\(entry.moduleID)'")
            }
            if let id = entry.sessionID {
                if sessionExists[id] == nil { sessionExists[id] = try classSession(id: id) != nil }
                if sessionExists[id] == false { report("session", "unknown class session \(id)") }
            }
        }
        guard problems.isEmpty else {
            return RosterImportOutcome(problems: problems.sorted(by: Self.byLine), summary: nil, applied: false)
        }
        let command = RecordCommand.recordRoster(RosterRequest(entries: parsed.entries.map(\.entry), session: session))
        let results = dryRun ? try self.dryRun([command], as: access) : try apply([command], as: access)
        guard case .rosterRecorded(let summary)? = results.first else {
            throw StoreError.storage("roster import returned no summary")
        }
        return RosterImportOutcome(problems: [], summary: summary, applied: !dryRun)
    }

    /// Gives each row the stored badge it names with or without leading zeros (`BadgeMatch`: a spreadsheet
    /// drops them), so `4007` updates officer `04007` rather than adding a second one; a badge several
    /// stored officers would match is a problem naming them.
    private func resolveStoredBadges(_ parsed: inout OfficerCSV.Parsed, file: String) throws -> [ImportProblem] {
        guard !parsed.rows.isEmpty, try officerCount(.all) > 0 else { return [] }
        let resolutions = try badgeResolutions(parsed.rows.map(\.row.badge))
        var problems: [ImportProblem] = []
        for index in parsed.rows.indices {
            switch resolutions[parsed.rows[index].row.badge] {
            case .found(let stored)?: parsed.rows[index].row.badge = stored
            case .ambiguous(let matches)?:
                problems.append(ImportProblem(
                    file: file, line: parsed.rows[index].line, field: "badge",
                    problem: StoreError.ambiguousBadge(parsed.rows[index].row.badge, matches: matches).description))
            case .unknown?, nil: break
            }
        }
        return problems
    }

    /// A lookup of the badge holding a login (the first by badge, as `officer(login:)` answers), for the
    /// `logins` of an import file: nothing to ask of an empty roster, one query per login for a few, and
    /// one pass over the officers for a file full of them rather than a read per row.
    private func loginHolders(_ logins: [String]) throws -> (String) throws -> String? {
        if try logins.isEmpty || officerCount(.all) == 0 { return { _ in nil } }
        if logins.count < 200 { return { login in try self.officer(login: login)?.badge } }
        var holders: [String: String] = [:]
        for officer in try officers(OfficerQuery(filter: .all, sort: .badge, limit: Int.max)) {
            if let login = officer.login, holders[login] == nil { holders[login] = officer.badge }
        }
        return { login in holders[login] }
    }

    /// Reads a whole import file, naming it in the error when it cannot be read.
    public static func readImportFile(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError.storage("cannot read '\(path)'")
        }
        return [UInt8](data)
    }

    static func byLine(_ lhs: ImportProblem, _ rhs: ImportProblem) -> Bool {
        lhs.line < rhs.line
    }
}
