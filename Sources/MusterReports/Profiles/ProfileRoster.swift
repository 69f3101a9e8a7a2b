import MusterCore
import MusterStore

/// A roster in a receiver's shape (`muster export roster --profile NAME`): the header and every row, or every
/// row that lacks what the profile needs, in which case nothing may be written.
public struct ProfileRoster: Sendable {
    public var header: [String]
    public var rows: [[ExportValue]]
    public var problems: [ProfileRosterProblem]

    /// Reads the completions `filter` matches and spells each as `profile` says. A profile without a `result`
    /// column lists passes only: a receiver reads every row it is sent as credit.
    public static func build(_ profile: RosterProfile, filter: RosterExportFilter, from store: SQLiteRecordStore) throws
        -> ProfileRoster {
        var modules: [String: [String: Module]] = [:]
        for module in try store.curriculum().moduleVersions {
            modules[module.id, default: [:]][module.version.description] = module
        }
        let listsFailures = profile.columns.contains { $0.value == .field(.result) }
        var roster = ProfileRoster(header: profile.columns.map(\.name), rows: [], problems: [])
        try store.forEachRosterRow(filter) { row in
            guard listsFailures || row.result == .pass else { return }
            let cells = ProfileRosterCells(profile: profile, row: row, module: modules[row.moduleID]?[row.moduleVersion])
            var values: [ExportValue] = []
            var missing: [ProfileRosterProblem.Missing] = []
            for column in profile.columns {
                let value = cells.value(column.value)
                if column.required, value == .null { missing.append(cells.missing(column)) }
                values.append(value)
            }
            if missing.isEmpty {
                roster.rows.append(values)
            } else {
                roster.problems.append(ProfileRosterProblem(
                    badge: row.badge, name: "\(row.lastName), \(row.firstName)", moduleID: row.moduleID,
                    moduleVersion: row.moduleVersion, completedOn: row.completedOn, missing: missing))
            }
        }
        return roster
    }
}

/// One completion a profile cannot report: whose, of what, and what it lacks.
public struct ProfileRosterProblem: Sendable, Equatable, CustomStringConvertible {
    public struct Missing: Sendable, Equatable {
        /// The profile's column.
        public var column: String
        /// What to do about it.
        public var remedy: String
    }

    public var badge: String
    public var name: String
    public var moduleID: String
    public var moduleVersion: String
    public var completedOn: CalendarDate
    public var missing: [Missing]

    public var description: String {
        "officer \(badge) (\(name)), module \(moduleID) \(moduleVersion) completed \(completedOn): "
            + missing.map { "no \($0.column) (\($0.remedy))" }.joined(separator: "; ")
    }
}
