import MusterCore

/// Parses and checks an officers CSV (`badge,last_name,first_name` required;
/// `unit,rank,email,login,hire_date,status` optional) without touching the database.
public enum OfficerCSV {
    public static let requiredColumns = ["badge", "last_name", "first_name"]
    public static let optionalColumns = ["unit", "rank", "email", "login", "hire_date", "status", "post_id"]

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

    /// Every field an officers file may hold, as `--map` names them.
    public static var fields: [String] { requiredColumns + optionalColumns }

    /// `map` says which header holds which field (headers named as the fields need no entry); `dateFormat`
    /// how `hire_date` is written.
    public static func parse(
        _ bytes: [UInt8], file: String, today: CalendarDate, map: ColumnMap = ColumnMap(), dateFormat: ImportDateFormat = .iso
    ) -> Parsed {
        var problems: [ImportProblem] = []
        guard let table = CSVTable.parse(
            bytes, file: file, required: requiredColumns, optional: optionalColumns, map: map, problems: &problems)
        else { return Parsed(rows: [], problems: problems) }

        var rows: [(line: Int, row: OfficerImportRow)] = []
        rows.reserveCapacity(table.rows.count)
        var firstLineOfBadge: [String: (line: Int, badge: String)] = [:]
        firstLineOfBadge.reserveCapacity(table.rows.count)
        let badgeColumn = table.index(of: "badge"), lastNameColumn = table.index(of: "last_name")
        let firstNameColumn = table.index(of: "first_name"), unitColumn = table.index(of: "unit")
        let rankColumn = table.index(of: "rank"), emailColumn = table.index(of: "email")
        let loginColumn = table.index(of: "login"), hireDateColumn = table.index(of: "hire_date")
        let statusColumn = table.index(of: "status")
        let requiredPositions = requiredColumns.map { (name: $0, index: table.index(of: $0)) }
        for row in table.rows {
            var rowProblems: [ImportProblem] = []
            func report(_ field: String, _ problem: String) {
                rowProblems.append(ImportProblem(file: file, line: row.line, field: field, problem: problem))
            }
            for column in requiredPositions where row.value(column.index) == nil {
                report(column.name, "required, but empty")
            }
            // One officer twice (or as 4007 and 04007) would be written twice, the second over the first.
            if let badge = row.value(badgeColumn) {
                if let first = firstLineOfBadge[BadgeMatch.key(badge)] {
                    report("badge", "'\(badge)' is in the file twice: \(file):\(first.line) ('\(first.badge)') and \(file):\(row.line)")
                } else {
                    firstLineOfBadge[BadgeMatch.key(badge)] = (row.line, badge)
                }
            }
            /// Present column → .some(value or nil); absent column → nil (keep the stored value).
            func optional(_ column: Int?) -> String?? {
                column == nil ? nil : .some(row.value(column))
            }
            var hireDate: CalendarDate?? = nil
            if hireDateColumn != nil {
                if let text = row.value(hireDateColumn) {
                    do {
                        let date = try dateFormat.date(text, field: "hire_date")
                        hireDate = .some(date)
                        do { try RecordRules.notInFuture(date, field: "hire_date", today: today) } catch {
                            report(error.field, error.problem)
                        }
                    } catch {
                        report(error.field, error.problem)
                    }
                } else {
                    hireDate = .some(nil)
                }
            }
            var status: Officer.Status?
            if let text = row.value(statusColumn) {
                status = Officer.Status(rawValue: text) ?? Officer.Status(rawValue: text.lowercased())
                if status == nil {
                    report("status", "'\(text)' is not one of \(Officer.Status.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
            if let email = row.value(emailColumn), !email.utf8.contains(UInt8(ascii: "@")) {
                report("email", "'\(email)' is not an email address")
            }
            guard rowProblems.isEmpty else {
                problems += rowProblems
                continue
            }
            rows.append((row.line, OfficerImportRow(
                badge: row.value(badgeColumn)!, lastName: row.value(lastNameColumn)!, firstName: row.value(firstNameColumn)!,
                unit: optional(unitColumn), rank: optional(rankColumn), email: optional(emailColumn),
                login: optional(loginColumn),
                hireDate: hireDate, status: status, postID: optional(table.index(of: "post_id")))))
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
