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
    @Option(help: "text or json (one object: the list --unit makes, who was enrolled, whether anything was written).")
    var format: DocumentFormat = .text

    var need: AccessNeed { .write(.recordCompletions) }

    func validate() throws {
        if badges.isEmpty == (unit == nil) { throw ValidationError("give badges, or --unit UNIT --due-before") }
        if (unit != nil) != dueBefore { throw ValidationError("--unit and --due-before go together") }
    }

    func run() throws {
        let session = try openSession()
        guard let unit = try self.unit.map(session.unit) else {
            try enrol(badges, in: session, listing: [], json: [:])
            return
        }
        let scheduled = try session.scheduledClass(id)
        try ClassRules.checkEnrolment(in: scheduled, adding: 0)
        let owing = try ClassEnrolmentCandidates.owing(scheduled, unit: unit, session: session)
        let chosen = scheduled.seatsLeft.map { Array(owing.prefix($0)) } ?? owing
        let listed: [String: ResultJSON] = [
            "unit": .string(unit), "owing": .int(owing.count),
            "candidates": .list(chosen.map { .object(["badge": .string($0.badge), "name": .string($0.name), "why": .string($0.why)]) }),
        ]
        guard !chosen.isEmpty else {
            try ResultOutput.print(format, owing.isEmpty
                ? "nobody in \(unit) owes \(scheduled.moduleID) by \(scheduled.heldOn) who is not enrolled already"
                : "class \(id) is full: \(owing.count) in \(unit) owe \(scheduled.moduleID) by \(scheduled.heldOn)",
                json: notWritten(listed))
            return
        }
        var lines = ["\(chosen.count) in \(unit) owe \(scheduled.moduleID) by \(scheduled.heldOn), for \(ClassText.summary(scheduled)):"]
        lines += chosen.map { "  \($0.badge)  \($0.name)  \($0.why)" }
        if owing.count > chosen.count {
            lines.append("\(owing.count - chosen.count) more owe it, but the class seats \(scheduled.capacity ?? 0)")
        }
        if !yes {
            guard isatty(STDIN_FILENO) == 1 else {
                return try ResultOutput.print(format, (lines + ["nothing written; run again with --yes to enrol them"])
                    .joined(separator: "\n"), json: notWritten(listed))
            }
            // The list is what the question is about: with JSON on standard output it goes to the terminal's error stream.
            try format == .json ? StandardStreams.error(lines.joined(separator: "\n")) : StandardStreams.out(lines.joined(separator: "\n"))
            lines = []
            try StandardStreams.error("Enrol these \(chosen.count)? [y/N]")
            guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased().trimmingCharacters(in: .whitespaces))
            else { return try ResultOutput.print(format, "nothing written", json: notWritten(listed)) }
        }
        try enrol(chosen.map(\.badge), in: session, listing: lines, json: listed)
    }

    private func notWritten(_ listed: [String: ResultJSON]) -> [String: ResultJSON] {
        listed.merging(["id": .integer(id), "written": .bool(false), "enrolled": .list([]),
                        "already_enrolled": .list([])]) { $1 }
    }

    /// Enrols `badges` and prints what was done after `listing` (the list they were chosen from, not yet printed).
    private func enrol(_ badges: [String], in session: Session, listing: [String], json listed: [String: ResultJSON]) throws {
        guard case .enrolled(_, let summary) = try session.apply([.enrol(sessionID: id, badges: badges)]).first else { return }
        var lines = listing
        if !summary.added.isEmpty {
            lines.append("enrolled \(summary.added.count) in class \(id): \(ClassText.badges(summary.added))")
        }
        if !summary.alreadyEnrolled.isEmpty {
            lines.append("already enrolled, nothing written: \(ClassText.badges(summary.alreadyEnrolled))")
        }
        try ResultOutput.print(format, lines.joined(separator: "\n"),
                               json: listed.merging(["id": .integer(id), "written": .bool(!summary.added.isEmpty),
                                                     "enrolled": .texts(summary.added),
                                                     "already_enrolled": .texts(summary.alreadyEnrolled)]) { $1 })
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
