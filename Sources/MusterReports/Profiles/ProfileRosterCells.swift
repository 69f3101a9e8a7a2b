import MusterCore
import MusterStore

/// One completion's values as a profile spells them: dates in its format, its officer id and course number.
struct ProfileRosterCells {
    let profile: RosterProfile
    let row: RosterExportRow
    /// The version the completion was recorded against; nil only for a version no longer loaded.
    let module: Module?

    func value(_ value: RosterProfileColumn.Value) -> ExportValue {
        switch value {
        case .text(let text): .text(text)
        case .field(let field): self.field(field)
        }
    }

    private func field(_ field: RosterField) -> ExportValue {
        switch field {
        case .officerID: profile.officerID == .postID ? text(row.postID) : .text(row.badge)
        case .badge: .text(row.badge)
        case .postID: text(row.postID)
        case .lastName: .text(row.lastName)
        case .firstName: .text(row.firstName)
        case .unit: text(row.unit)
        case .courseNumber: text(module?.courseNumbers[profile.jurisdiction])
        case .moduleID: .text(row.moduleID)
        case .moduleTitle: .text(row.moduleTitle)
        case .moduleSummary: text(module?.summary)
        case .moduleVersion: .text(row.moduleVersion)
        case .area: text(module?.area.title)
        case .startDate, .endDate, .completedOn: .text(profile.dateFormat.string(row.completedOn))
        case .hours: (row.hours ?? module?.hours).map { .number($0) } ?? .null
        case .result: .text(row.result.rawValue)
        case .score: row.score.map { .integer($0) } ?? .null
        case .instructor: text(row.instructor)
        }
    }

    private func text(_ value: String?) -> ExportValue {
        guard let value, !value.isEmpty else { return .null }
        return .text(value)
    }

    /// What a required column lacks on this row, and how to supply it.
    func missing(_ column: RosterProfileColumn) -> ProfileRosterProblem.Missing {
        let remedy: String
        switch column.value {
        case .field(.postID), .field(.officerID):
            remedy = "officer has no post_id: muster officers edit \(row.badge) --post-id ID"
        case .field(.courseNumber):
            remedy = "module \(row.moduleID) \(row.moduleVersion) has no course_numbers \(profile.jurisdiction)"
        case .field(let field):
            remedy = "the completion has no \(field.rawValue)"
        case .text:
            remedy = "the profile's text is empty"
        }
        return ProfileRosterProblem.Missing(column: column.name, remedy: remedy)
    }
}
