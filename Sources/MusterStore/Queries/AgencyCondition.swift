import GRDB
import MusterCore

/// Which stored officers belong to an agency, in SQL, spelled once for every query that narrows by agency: the
/// home agency's officers store no agency (`Agency.homeID` is never stored), a partner's store its id. The SQL
/// twin of `Agency.counts(_:inFiguresOf:)`.
enum AgencyCondition {
    /// A condition over `column` (an officer's `agency`) true for `agency`'s officers, with its arguments.
    static func members(of agency: String, column: String = "o.agency") -> (sql: String, arguments: StatementArguments) {
        agency == Agency.homeID ? ("\(column) IS NULL", []) : ("\(column) = ?", [agency])
    }

    /// A condition true for every officer not of `agency`.
    static func others(of agency: String, column: String = "o.agency") -> (sql: String, arguments: StatementArguments) {
        // Written out for the home agency, so SQLite sees the partial index `officer_agency`'s own condition.
        agency == Agency.homeID ? ("\(column) IS NOT NULL", []) : ("(\(column) IS NULL OR \(column) <> ?)", [agency])
    }
}
