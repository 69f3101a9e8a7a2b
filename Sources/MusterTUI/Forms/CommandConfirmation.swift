import MusterCore

/// The sentence the status line shows when a form's command has been stored.
enum CommandConfirmation {
    static func sentence(for command: RecordCommand, result: CommandResult) -> String {
        switch (command, result) {
        case (.recordCompletion(let request), .completionRecorded(let id, let version, let outcome)):
            let day = request.completedOn.map { " on \($0)" } ?? ""
            return "Recorded completion #\(id): \(request.moduleID) \(version) for \(request.badge)\(day), \(outcome.rawValue)."
        case (.recordCompletion, .completionAlreadyOnRecord(let id)):
            return "Already on record #\(id): nothing was recorded."
        case (.assign(let request), .assigned(let id)):
            return "Assignment #\(id): \(request.target.id) to \(who(request.assignee))" + (request.dueOn.map { ", due \($0)." } ?? ".")
        case (.assignProgram(let request), .programAssigned(let id)):
            return "Program assignment \(AssignmentEnding.programName(id)): \(request.programID) to \(who(request.assignee))"
                + (request.from.map { ", from \($0)." } ?? ".")
        case (.assign, .alreadyAssigned(let id)):
            return "Already assigned: assignment #\(id) is in force with the same due date; nothing was written."
        case (.waive(let request), .waived(let id)):
            return "Waiver #\(id): \(request.moduleID) for \(request.badge)."
        case (.endWaiver, .waiverEnded(let id, let lastDay)):
            return "Ended waiver #\(id): its last day is \(lastDay)."
        case (.recordIncident(let request), .incidentRecorded(let outcome)):
            let triggered = outcome.assignments.map { "\($0.moduleID) (\($0.origin.rawValue)) due \($0.dueOn)" }
            return "Recorded incident #\(outcome.id) (\(request.kind.rawValue)): "
                + (triggered.isEmpty ? "it triggers no training." : "assigned " + triggered.joined(separator: ", ") + ".")
        case (.voidCompletion(let id, _), _):
            return "Voided completion #\(id)."
        case (.recordRoster, .rosterRecorded(let summary)):
            return "Recorded class \(summary.sessionID.map { "#\($0)" } ?? ""): \(summary.newIDs.count) completion(s), "
                + "\(summary.duplicates) already on record."
        default:
            return "Saved."
        }
    }

    private static func who(_ assignee: Assignment.Assignee) -> String {
        switch assignee {
        case .officer(let badge): "officer \(badge)"
        case .unit(let unit): "unit \(unit)"
        }
    }
}
