import ArgumentParser
import MusterCore
import MusterStore

/// `muster classes add MODULE --on D [--at HH:MM] [--place P] [--instructor I] [--capacity N]`.
struct ClassesAddCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Schedule a class session (any day, ahead too) and print its id.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The module taught.") var module: String
    @Option(help: ArgumentHelp("The day it is held.", valueName: "YYYY-MM-DD")) var on: String
    @Option(help: ArgumentHelp("When it starts, 24-hour clock.", valueName: "HH:MM")) var at: String?
    @Option(help: "Where it is held.") var place: String?
    @Option(help: "Who teaches it.") var instructor: String?
    @Option(help: "How many officers it seats (1–1000; default: no limit).") var capacity: Int?
    @Option(help: "text (the id alone) or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .write(.recordCompletions) }

    func run() throws {
        let session = try openSession()
        guard let day = try DateArgument.parse(on, option: "--on") else { return }
        var time: ClassTime?
        if let at {
            guard let parsed = ClassTime(at) else { throw MusterFailure.usage("--at '\(at)' is not a time in HH:MM form") }
            time = parsed
        }
        let request = ClassScheduleRequest(moduleID: module, heldOn: day, startsAt: time, location: place,
                                           instructor: instructor, capacity: capacity)
        try session.apply([.scheduleClass(request)]) { results in
            let id = results.first?.createdID
            return try ResultOutput.render(
                format, id.map(String.init) ?? "?",
                json: ["id": id.map { .integer($0) } ?? .null, "module_id": .string(module), "held_on": .string(day.iso),
                       "starts_at": .text(time?.description), "location": .text(place), "instructor": .text(instructor),
                       "capacity": capacity.map { .int($0) } ?? .null])
        }
    }
}

/// `muster classes cancel ID [--on D]`.
struct ClassesCancelCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel", abstract: "Cancel a class session: dated and audited; the session and its enrolment stay on record.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The session's id.") var id: Int64
    @Option(help: ArgumentHelp("The day of the cancellation (default: today).", valueName: "YYYY-MM-DD")) var on: String?
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .write(.recordCompletions) }

    func run() throws {
        let session = try openSession()
        let day = try DateArgument.parse(on, option: "--on")
        try session.apply([.cancelClass(id: id, on: day)])
        try ResultOutput.print(format, "cancelled class \(id)" + (day.map { " on \($0)" } ?? ""),
                               json: ["id": .integer(id), "cancelled_on": .string((day ?? .today()).iso)])
    }
}
