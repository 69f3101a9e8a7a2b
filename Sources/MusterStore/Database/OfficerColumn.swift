import GRDB
import MusterCore

/// The officer table's columns, in table order: the one list the table is created from and every statement
/// on officers is built from. Statements list them in this order and bind or read them by position, and an
/// officer's audit state is written from the same list.
enum OfficerColumn: Int32, CaseIterable {
    /// `postID` came with `v7-post-id` and `agency` with `v13-agencies`, each added to the end of the table.
    case badge = 1, lastName, firstName, unit, rank, email, login, hireDate, status, postID, agency

    var name: String {
        switch self {
        case .badge: "badge"
        case .lastName: "last_name"
        case .firstName: "first_name"
        case .unit: "unit"
        case .rank: "rank"
        case .email: "email"
        case .login: "login"
        case .hireDate: "hire_date"
        case .status: "status"
        case .postID: "post_id"
        case .agency: "agency"
        }
    }

    /// The column's type and constraints in `CREATE TABLE officer`.
    var declaration: String {
        switch self {
        case .badge: "TEXT NOT NULL PRIMARY KEY"
        case .lastName, .firstName: "TEXT NOT NULL"
        case .unit, .rank, .email, .login, .hireDate, .postID: "TEXT"
        case .agency: "TEXT REFERENCES agency(id)"
        case .status:
            "TEXT NOT NULL CHECK (status IN (\(Officer.Status.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))))"
        }
    }

    /// The column's value in `officer`, as stored: every column is text, and a date is stored as `YYYY-MM-DD`.
    func value(of officer: Officer) -> Value {
        switch self {
        case .badge: .text(officer.badge)
        case .lastName: .text(officer.lastName)
        case .firstName: .text(officer.firstName)
        case .unit: Value(officer.unit)
        case .rank: Value(officer.rank)
        case .email: Value(officer.email)
        case .login: Value(officer.login)
        case .hireDate: officer.hireDate.map(Value.date) ?? .null
        case .status: .text(officer.status.rawValue)
        case .postID: Value(officer.postID)
        case .agency: Value(officer.agency)
        }
    }

    /// Sets the column's field of `officer` from its stored text.
    func set(_ text: String?, in officer: inout Officer) {
        switch self {
        case .badge: officer.badge = text ?? ""
        case .lastName: officer.lastName = text ?? ""
        case .firstName: officer.firstName = text ?? ""
        case .unit: officer.unit = text
        case .rank: officer.rank = text
        case .email: officer.email = text
        case .login: officer.login = text
        case .hireDate: officer.hireDate = text.flatMap(CalendarDate.init(iso:))
        case .status: officer.status = text.flatMap(Officer.Status.init(rawValue:)) ?? .active
        case .postID: officer.postID = text
        case .agency: officer.agency = text
        }
    }

    enum Value {
        case text(String)
        case date(CalendarDate)
        case null

        init(_ text: String?) {
            self = text.map(Value.text) ?? .null
        }
    }

    // MARK: - Statements

    /// The columns as a SELECT list, each prefixed with `alias.` when given.
    static func list(_ columns: [OfficerColumn] = allCases, alias: String? = nil) -> String {
        let prefix = alias.map { "\($0)." } ?? ""
        return columns.map { prefix + $0.name }.joined(separator: ", ")
    }

    /// `SELECT` of every column from `officer` aliased `o`, for the caller to add its conditions.
    static let select = "SELECT \(list(alias: "o")) FROM officer o"

    /// Bound with `bind(_:to:)`.
    static let insert = """
        INSERT INTO officer (\(list())) VALUES (\(allCases.map { "?\($0.rawValue)" }.joined(separator: ", ")))
        """

    /// Every column but the badge, of the officer with that badge; bound with `bind(_:to:)` like `insert`.
    static let update = """
        UPDATE officer SET \(allCases.dropFirst().map { "\($0.name) = ?\($0.rawValue)" }.joined(separator: ", "))
        WHERE \(badge.name) = ?\(badge.rawValue)
        """

    /// Binds every column of `officer` to `statement`'s parameters (`insert`, `update`).
    static func bind(_ officer: Officer, to statement: BoundStatement) {
        for column in allCases {
            switch column.value(of: officer) {
            case .text(let text): statement.bind(text, at: column.rawValue)
            case .date(let date): statement.bind(date.iso, at: column.rawValue)
            case .null: statement.bind(nil as String?, at: column.rawValue)
            }
        }
    }

    /// The officer in `row`, which selected `columns` in that order (`list(columns)`); the fields of columns
    /// not selected keep their empty values.
    static func officer(_ row: Row, columns: [OfficerColumn] = allCases) -> Officer {
        var officer = Officer(badge: "", lastName: "", firstName: "")
        for (index, column) in columns.enumerated() {
            column.set(row[index], in: &officer)
        }
        return officer
    }

    // MARK: - Audit state

    /// The columns in name order, as canonical JSON lists an officer's state, each with its `"name":` key.
    private static let inNameOrder = allCases.sorted { $0.name < $1.name }.map { column in
        (column: column, key: Array("\"\(column.name)\":".utf8))
    }

    /// The officer's state as canonical JSON: the columns in name order, those with no value left out.
    static func writeState(of officer: Officer, into writer: inout CanonicalJSONWriter) {
        writer.byte(UInt8(ascii: "{"))
        var first = true
        for (column, key) in inNameOrder {
            let value = column.value(of: officer)
            if case .null = value { continue }
            if !first { writer.byte(UInt8(ascii: ",")) }
            first = false
            writer.bytes.append(contentsOf: key)
            switch value {
            case .text(let text): writer.string(text)
            case .date(let date): date.writeJSON(into: &writer)
            case .null: break
            }
        }
        writer.byte(UInt8(ascii: "}"))
    }
}
