import ArgumentParser
import MusterCore
import MusterStore

/// `muster classes …`: class sessions scheduled ahead, their enrolment, attendance and recording.
struct ClassesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classes",
        abstract: "Schedule class sessions, enrol officers, mark attendance and record the class.",
        discussion: """
        A week's classes: `classes add MODULE --on DATE --at HH:MM --place P --instructor I --capacity N` \
        schedules one (any day, ahead too) and prints its id; `classes enrol ID --unit U --due-before` \
        enrols who owes the module by then; on the day, `classes attend ID BADGE… --present` and \
        `classes record ID` records the completions of those present. Sessions are never deleted: \
        `classes cancel ID` dates the cancellation.
        """,
        subcommands: [ClassesAddCommand.self, ClassesListCommand.self, ClassesShowCommand.self, ClassesCancelCommand.self,
                      ClassesEnrolCommand.self, ClassesAttendCommand.self, ClassesRecordCommand.self, ClassesSheetCommand.self]
    )
}

/// Reads shared by the `classes` subcommands.
extension Session {
    /// The session with this id, or an error naming it.
    func scheduledClass(_ id: Int64) throws -> ScheduledClass {
        guard let session = try reads(.allRecords).scheduledClass(id: id) else { throw StoreError.unknownSession(id) }
        return session
    }
}

/// How a session reads in one line of text.
enum ClassText {
    static func when(_ session: ScheduledClass) -> String {
        session.heldOn.iso + (session.startsAt.map { " \($0)" } ?? "")
    }

    static func seats(_ session: ScheduledClass) -> String {
        session.capacity.map { "\(session.enrolled)/\($0)" } ?? "\(session.enrolled)"
    }

    static func summary(_ session: ScheduledClass) -> String {
        var parts = ["class \(session.id): \(session.moduleID) on \(when(session))"]
        if let location = session.location { parts.append("at \(location)") }
        if let instructor = session.instructor { parts.append("with \(instructor)") }
        return parts.joined(separator: " ")
    }

    static func badges(_ badges: [String]) -> String {
        badges.joined(separator: ", ")
    }
}
