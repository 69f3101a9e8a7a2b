import ArgumentParser
import MusterCore
import MusterStore

/// `muster classes attend ID BADGE… --present|--absent [--score N]`.
struct ClassesAttendCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "attend", abstract: "Mark enrolled officers present (with a score) or absent, on or after the session's day.",
        discussion: "A module with a pass mark needs --score for someone present: their completion would need it.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The session's id.") var id: Int64
    @Argument(help: "Badges of enrolled officers.") var badges: [String]
    @Flag(exclusivity: .exclusive, help: "present or absent.") var attendance: Attendance
    @Option(help: "The score (0–100) of those present.") var score: Int?
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .write(.recordCompletions) }

    func run() throws {
        let session = try openSession()
        let request = AttendanceRequest(sessionID: id, badges: badges, attendance: attendance, score: score)
        try session.apply([.markAttendance(request)])
        try ResultOutput.print(format, "marked \(attendance.rawValue)\(score.map { " (score \($0))" } ?? "") in class \(id): "
                                   + ClassText.badges(badges),
                               json: ["id": .integer(id), "attendance": .string(attendance.rawValue),
                                      "score": score.map { .int($0) } ?? .null, "badges": .texts(badges)])
    }
}

extension Attendance: EnumerableFlag {}

/// `muster classes record ID`: the completions of the officers marked present.
struct ClassesRecordCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "record", abstract: "Record a completion for each officer marked present, with the module's hours.",
        discussion: """
        Completions are dated the session's day and recorded as `muster record` records them. Recording a session \
        again names those already on record and writes nothing new for them. A session is recorded on or after \
        its day, and never once cancelled.
        """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "The session's id.") var id: Int64
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .write(.recordCompletions) }

    func run() throws {
        let session = try openSession()
        guard case .classRecorded(_, let summary) = try session.apply([.recordClass(sessionID: id)]).first else { return }
        var lines: [String] = []
        if !summary.newIDs.isEmpty {
            lines.append("recorded \(summary.newIDs.count) completion(s) for class \(id): "
                         + summary.newIDs.map(String.init).joined(separator: " "))
        }
        if !summary.alreadyOnRecord.isEmpty {
            lines.append("already on record, nothing new written: \(ClassText.badges(summary.alreadyOnRecord))")
        }
        if !summary.notPresent.isEmpty {
            lines.append("not marked present, no completion: \(ClassText.badges(summary.notPresent))")
        }
        if lines.isEmpty { lines.append("nobody is enrolled in class \(id); nothing recorded") }
        try ResultOutput.print(format, lines.joined(separator: "\n"),
                               json: ["id": .integer(id), "completion_ids": .list(summary.newIDs.map { .integer($0) }),
                                      "already_on_record": .texts(summary.alreadyOnRecord),
                                      "not_present": .texts(summary.notPresent)])
    }
}
