import MusterCore

/// Parses and checks a class roster CSV (`badge,module_id,completed_on` required;
/// `result,score,hours,instructor,session,version` optional) without touching the database.
public enum RosterCSV {
    public static let requiredColumns = ["badge", "module_id", "completed_on"]
    public static let optionalColumns = ["result", "score", "hours", "instructor", "session", "version"]

    public struct Parsed: Sendable, Equatable {
        public var entries: [(line: Int, entry: CompletionRequest)]
        public var problems: [ImportProblem]

        public static func == (lhs: Parsed, rhs: Parsed) -> Bool {
            lhs.problems == rhs.problems && lhs.entries.map(\.line) == rhs.entries.map(\.line)
                && lhs.entries.map(\.entry) == rhs.entries.map(\.entry)
        }
    }

    public static func parse(_ bytes: [UInt8], file: String, today: CalendarDate) -> Parsed {
        var problems: [ImportProblem] = []
        guard let table = CSVTable.parse(
            bytes, file: file, required: requiredColumns, optional: optionalColumns, problems: &problems)
        else { return Parsed(entries: [], problems: problems) }

        var entries: [(line: Int, entry: CompletionRequest)] = []
        entries.reserveCapacity(table.rows.count)
        let badgeColumn = table.index(of: "badge"), moduleColumn = table.index(of: "module_id")
        let completedOnColumn = table.index(of: "completed_on"), resultColumn = table.index(of: "result")
        let scoreColumn = table.index(of: "score"), hoursColumn = table.index(of: "hours")
        let instructorColumn = table.index(of: "instructor"), sessionColumn = table.index(of: "session")
        let versionColumn = table.index(of: "version")
        let requiredPositions = requiredColumns.map { (name: $0, index: table.index(of: $0)) }
        for row in table.rows {
            var rowProblems: [ImportProblem] = []
            func report(_ field: String, _ problem: String) {
                rowProblems.append(ImportProblem(file: file, line: row.line, field: field, problem: problem))
            }
            func check(_ rule: () throws(RuleViolation) -> Void) {
                do { try rule() } catch { report(error.field, error.problem) }
            }
            for column in requiredPositions where row.value(column.index) == nil {
                report(column.name, "required, but empty")
            }
            var completedOn: CalendarDate?
            if let text = row.value(completedOnColumn) {
                check { () throws(RuleViolation) in
                    let date = try RecordRules.date(text, field: "completed_on")
                    completedOn = date
                    try RecordRules.notInFuture(date, field: "completed_on", today: today)
                }
            }
            var result: Completion.Result?
            if let text = row.value(resultColumn) {
                result = Completion.Result(rawValue: text) ?? Completion.Result(rawValue: text.lowercased())
                if result == nil { report("result", "'\(text)' is not pass or fail") }
            }
            var score: Int?
            if let text = row.value(scoreColumn) {
                score = Int(text)
                if let value = score {
                    check { () throws(RuleViolation) in try RecordRules.checkScore(value) }
                } else {
                    report("score", "'\(text)' is not a whole number")
                }
            }
            var hours: Double?
            if let text = row.value(hoursColumn) {
                hours = Double(text)
                if let value = hours {
                    check { () throws(RuleViolation) in try RecordRules.checkHours(value) }
                } else {
                    report("hours", "'\(text)' is not a number")
                }
            }
            var sessionID: Int64?
            if let text = row.value(sessionColumn) {
                sessionID = Int64(text)
                if sessionID == nil { report("session", "'\(text)' is not a class session id") }
            }
            var version: ModuleVersion?
            if let text = row.value(versionColumn) {
                version = ModuleVersion(text)
                if version == nil { report("version", "'\(text)' is not a module version") }
            }
            guard rowProblems.isEmpty, let completedOn else {
                problems += rowProblems
                continue
            }
            entries.append((row.line, CompletionRequest(
                badge: row.value(badgeColumn)!, moduleID: row.value(moduleColumn)!, completedOn: completedOn,
                result: result, score: score, hours: hours, instructor: row.value(instructorColumn), sessionID: sessionID,
                version: version)))
        }
        return Parsed(entries: entries, problems: problems)
    }
}
