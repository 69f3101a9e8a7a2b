import MusterCore

/// Parses and checks an officers CSV (`badge,last_name,first_name` required;
/// `unit,rank,email,login,hire_date,status` optional) without touching the database.
public enum OfficerCSV {
    public static let requiredColumns = ["badge", "last_name", "first_name"]
    public static let optionalColumns = ["unit", "rank", "email", "login", "hire_date", "status"]

    public struct Parsed: Sendable, Equatable {
        /// Rows that passed every check, with their physical line.
        public var rows: [(line: Int, row: OfficerImportRow)]
        /// Every problem found; when non-empty nothing may be written.
        public var problems: [ImportProblem]

        public static func == (lhs: Parsed, rhs: Parsed) -> Bool {
            lhs.problems == rhs.problems && lhs.rows.map(\.line) == rhs.rows.map(\.line)
                && lhs.rows.map(\.row) == rhs.rows.map(\.row)
        }
    }

    public static func parse(_ bytes: [UInt8], file: String, today: CalendarDate) -> Parsed {
        var problems: [ImportProblem] = []
        guard let table = CSVTable.parse(
            bytes, file: file, required: requiredColumns, optional: optionalColumns, problems: &problems)
        else { return Parsed(rows: [], problems: problems) }

        var rows: [(line: Int, row: OfficerImportRow)] = []
        var firstLineOfBadge: [String: Int] = [:]
        for row in table.rows {
            var rowProblems: [ImportProblem] = []
            func report(_ field: String, _ problem: String) {
                rowProblems.append(ImportProblem(file: file, line: row.line, field: field, problem: problem))
            }
            for column in requiredColumns where row.value(column) == nil { report(column, "required, but empty") }
            if let badge = row.value("badge") {
                if let first = firstLineOfBadge[badge] {
                    report("badge", "'\(badge)' already appears on line \(first)")
                } else {
                    firstLineOfBadge[badge] = row.line
                }
            }
            /// Present column → .some(value or nil); absent column → nil (keep the stored value).
            func optional(_ column: String) -> String?? {
                table.columns.contains(column) ? .some(row.value(column)) : nil
            }
            var hireDate: CalendarDate?? = nil
            if table.columns.contains("hire_date") {
                if let text = row.value("hire_date") {
                    if let date = CalendarDate(iso: text) {
                        if date > today { report("hire_date", "\(text) is in the future") }
                        hireDate = .some(date)
                    } else {
                        report("hire_date", "'\(text)' is not a date in YYYY-MM-DD form")
                    }
                } else {
                    hireDate = .some(nil)
                }
            }
            var status: Officer.Status?
            if let text = row.value("status") {
                status = Officer.Status(rawValue: text.lowercased())
                if status == nil {
                    report("status", "'\(text)' is not one of \(Officer.Status.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
            if let email = row.value("email"), !email.contains("@") {
                report("email", "'\(email)' is not an email address")
            }
            guard rowProblems.isEmpty else {
                problems += rowProblems
                continue
            }
            rows.append((row.line, OfficerImportRow(
                badge: row.value("badge")!, lastName: row.value("last_name")!, firstName: row.value("first_name")!,
                unit: optional("unit"), rank: optional("rank"), email: optional("email"), login: optional("login"),
                hireDate: hireDate, status: status)))
        }
        if let problem = duplicateLogins(rows, file: file) { problems += problem }
        return Parsed(rows: rows, problems: problems)
    }

    /// Two rows claiming the same login would make one login two people.
    private static func duplicateLogins(_ rows: [(line: Int, row: OfficerImportRow)], file: String) -> [ImportProblem]? {
        var firstLine: [String: Int] = [:]
        var problems: [ImportProblem] = []
        for (line, row) in rows {
            guard case .some(.some(let login)) = row.login else { continue }
            if let first = firstLine[login] {
                problems.append(ImportProblem(file: file, line: line, field: "login",
                                              problem: "'\(login)' already appears on line \(first)"))
            } else {
                firstLine[login] = line
            }
        }
        return problems.isEmpty ? nil : problems
    }
}
