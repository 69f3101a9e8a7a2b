import ArgumentParser
import MusterCore
import MusterStore

/// `muster record MODULE --officer BADGE …` or `muster record --from FILE.csv`.
struct RecordCompletionCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record a completion, or a whole class sign-in roster from a CSV file.",
        discussion: """
        A completion is recorded against the module version in force on its date (the first version for a date \
        before any took effect), unless --version names one that had taken effect by then; the new id is printed. \
        A pass on an assessment with a pass mark needs its --score.
        A roster CSV has the columns badge,module_id,completed_on[,result,score,hours,instructor,session,version];
        every row is checked first, and re-importing the same roster adds nothing. Dates lie in 1900–2100, \
        scores in 0–100, hours above 0 and at most 2000; text with a control character is refused.
        """
    )

    @OptionGroup var store: StoreOptions
    @Argument(help: "The module id.") var module: String?
    @Option(help: "The officer's badge.") var officer: String?
    @Option(name: .customLong("on"), help: ArgumentHelp("Completion date (default: today).", valueName: "YYYY-MM-DD"))
    var completedOn: String?
    @Option(help: "Score, 0–100; with a pass mark it decides the result.") var score: Int?
    @Option(help: "Contact hours.") var hours: Double?
    @Option(help: "Instructor name.") var instructor: String?
    @Option(help: "pass or fail.") var result: Completion.Result?
    @Option(help: ArgumentHelp("The module version (default: the one in force on the completion date).",
                               valueName: "VERSION"))
    var version: String?
    @Option(help: ArgumentHelp("A class roster CSV to record in one step.", valueName: "FILE.csv")) var from: String?
    @Flag(help: "With --from: check the roster and show what would be recorded, without writing.") var dryRun = false
    @Option(help: "table or json.") var format: OutputFormat = .table

    var need: AccessNeed { .write(.recordCompletions) }

    func validate() throws {
        if from != nil {
            guard module == nil, officer == nil, version == nil else {
                throw ValidationError("--from takes no MODULE, --officer or --version (a roster gives a version column)")
            }
        } else {
            guard module != nil, officer != nil else { throw ValidationError("give MODULE and --officer BADGE, or --from FILE.csv") }
        }
    }

    func run() throws {
        let session = try openSession()
        if let from { return try recordRoster(from, session: session) }
        let named = try version.map { text in
            guard let parsed = ModuleVersion(text) else { throw MusterFailure.usage("--version '\(text)' is not a version") }
            return parsed
        }
        let officer = try self.officer.map(session.badge)
        let request = CompletionRequest(
            badge: officer ?? "", moduleID: module ?? "", completedOn: try DateArgument.parse(completedOn, option: "--on"),
            result: result, score: score, hours: hours, instructor: instructor, version: named)
        let results = try session.apply([.recordCompletion(request)]) { results in
            guard let id = results.first?.completionID else { return "" }
            let alreadyOnRecord = results.first?.isCompletionAlreadyOnRecord ?? false
            return format == .json ? try JSONOutput.string(RecordedJSON(id: id, alreadyOnRecord: alreadyOnRecord ? true : nil))
                : String(id)
        }
        switch results.first {
        case .completionRecorded(let id, let version, let result)? where format != .json:
            try StandardStreams.error("recorded completion \(id): \(module ?? "") \(version) for officer \(officer ?? ""), \(result.rawValue)")
        case .completionAlreadyOnRecord(let id)? where format != .json:
            try StandardStreams.error("already on record #\(id): nothing was recorded")
        default: break
        }
    }

    /// `{"id": N}`, with `"already_on_record": true` when nothing new was stored.
    private struct RecordedJSON: Encodable {
        var id: Int64
        var alreadyOnRecord: Bool?

        enum CodingKeys: String, CodingKey {
            case id
            case alreadyOnRecord = "already_on_record"
        }
    }

    private func recordRoster(_ file: String, session: Session) throws {
        let outcome = try session.importRosterCSV(path: file, dryRun: dryRun)
        guard outcome.problems.isEmpty, let summary = outcome.summary else {
            for problem in outcome.problems { try StandardStreams.error(problem.description) }
            throw MusterFailure.validation("\(outcome.problems.count) problem(s) in \(file); nothing was recorded")
        }
        let verb = dryRun ? "would record" : "recorded"
        switch format {
        case .json:
            try StandardStreams.out(try JSONOutput.string(RosterJSON(new: summary.newIDs.count, duplicates: summary.duplicates, ids: summary.newIDs)))
        default:
            try StandardStreams.out("\(verb) \(summary.newIDs.count) new completion(s); \(summary.duplicates) duplicate(s) already on record")
        }
    }

    private struct RosterJSON: Encodable {
        var new: Int
        var duplicates: Int
        var ids: [Int64]
    }
}

extension Completion.Result: ExpressibleByArgument {}
