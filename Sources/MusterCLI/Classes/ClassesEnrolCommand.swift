import ArgumentParser
import Foundation
import MusterCore
import MusterStore

/// `muster classes enrol ID BADGE…` or `muster classes enrol ID --unit U --due-before [--yes]`.
struct ClassesEnrolCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "enrol", abstract: "Enrol officers in a class session, up to its capacity.",
        discussion: """
        Give badges, or --unit U --due-before: every active officer of the unit who owes the module by the \
        session's day (expired, overdue or failed by then, or due that day or before, as `muster status` judges \
        it as of that day), earliest due first, up to the seats left. That list is printed for confirmation: \
        --yes confirms; without it a terminal is asked, and anything else gets the list and nothing is written.
        """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "The session's id.") var id: Int64
    @Argument(help: "Badges to enrol.") var badges: [String] = []
    @Option(help: "With --due-before: the unit whose officers owe the module.") var unit: String?
    @Flag(help: "With --unit: enrol those who owe the module by the session's day.") var dueBefore = false
    @Flag(help: "Confirm the list --unit --due-before makes without asking.") var yes = false

    var need: AccessNeed { .write(.recordCompletions) }

    func validate() throws {
        if badges.isEmpty == (unit == nil) { throw ValidationError("give badges, or --unit UNIT --due-before") }
        if (unit != nil) != dueBefore { throw ValidationError("--unit and --due-before go together") }
    }

    func run() throws {
        let session = try openSession()
        guard let unit else {
            try enrol(badges, in: session)
            return
        }
        let scheduled = try session.scheduledClass(id)
        try ClassRules.checkEnrolment(in: scheduled, adding: 0)
        let owing = try ClassEnrolmentCandidates.owing(scheduled, unit: unit, session: session)
        let chosen = scheduled.seatsLeft.map { Array(owing.prefix($0)) } ?? owing
        guard !chosen.isEmpty else {
            try StandardStreams.out(owing.isEmpty
                ? "nobody in \(unit) owes \(scheduled.moduleID) by \(scheduled.heldOn) who is not enrolled already"
                : "class \(id) is full: \(owing.count) in \(unit) owe \(scheduled.moduleID) by \(scheduled.heldOn)")
            return
        }
        var lines = ["\(chosen.count) in \(unit) owe \(scheduled.moduleID) by \(scheduled.heldOn), for \(ClassText.summary(scheduled)):"]
        lines += chosen.map { "  \($0.badge)  \($0.name)  \($0.why)" }
        if owing.count > chosen.count {
            lines.append("\(owing.count - chosen.count) more owe it, but the class seats \(scheduled.capacity ?? 0)")
        }
        try StandardStreams.out(lines.joined(separator: "\n"))
        if !yes {
            guard isatty(STDIN_FILENO) == 1 else {
                try StandardStreams.out("nothing written; run again with --yes to enrol them")
                return
            }
            try StandardStreams.error("Enrol these \(chosen.count)? [y/N]")
            guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased().trimmingCharacters(in: .whitespaces))
            else {
                try StandardStreams.out("nothing written")
                return
            }
        }
        try enrol(chosen.map(\.badge), in: session)
    }

    private func enrol(_ badges: [String], in session: Session) throws {
        guard case .enrolled(_, let summary) = try session.apply([.enrol(sessionID: id, badges: badges)]).first else { return }
        var lines: [String] = []
        if !summary.added.isEmpty {
            lines.append("enrolled \(summary.added.count) in class \(id): \(ClassText.badges(summary.added))")
        }
        if !summary.alreadyEnrolled.isEmpty {
            lines.append("already enrolled, nothing written: \(ClassText.badges(summary.alreadyEnrolled))")
        }
        try StandardStreams.out(lines.joined(separator: "\n"))
    }
}

/// Who in a unit owes a session's module by its day, as the status engine judges it as of that day.
enum ClassEnrolmentCandidates {
    struct Candidate {
        var badge: String
        var name: String
        var dueOn: CalendarDate?
        var why: String
    }

    /// Active officers of `unit` not yet enrolled who owe the module, earliest due first, then by badge.
    static func owing(_ scheduled: ScheduledClass, unit: String, session: Session) throws -> [Candidate] {
        let store = try session.reads(.allRecords)
        let enrolled = Set(try store.enrolments(sessionID: scheduled.id).map(\.badge))
        let engine = StatusEngine(curriculum: try session.curriculum())
        var candidates: [Candidate] = []
        var members = 0
        try store.forEachOfficerRecords(OfficerFilter(unit: unit, statuses: [.active])) { records in
            members += 1
            guard !enrolled.contains(records.officer.badge),
                  let standing = engine.moduleStandings(for: records, asOf: scheduled.heldOn)
                    .first(where: { $0.moduleID == scheduled.moduleID }),
                  ClassRules.owes(standing.status, dueOn: standing.dueOn, by: scheduled.heldOn)
            else { return }
            let why = standing.status.rawValue + (standing.dueOn.map { ", due \($0)" } ?? "")
                + (standing.expiresOn.map { ", expires \($0)" } ?? "")
            candidates.append(Candidate(badge: records.officer.badge, name: records.officer.displayName,
                                        dueOn: standing.dueOn ?? standing.expiresOn, why: why))
        }
        if members == 0 { throw StoreError.invalidField(field: "unit", problem: "no active officer is in '\(unit)'") }
        return candidates.sorted { ($0.dueOn ?? .latest, $0.badge) < ($1.dueOn ?? .latest, $1.badge) }
    }
}
