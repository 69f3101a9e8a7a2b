import GRDB
import MusterCore

extension SQLiteRecordStore {
    /// Every officer in badge order with only what a list shows (badge, names, unit, status, agency; rank,
    /// email, login and hire date left empty): the TUI's officers table, shown before any standing is computed.
    /// Read with a cursor, so 100,000 officers are never held twice (as rows and as officers). `agency` limits
    /// it to one agency's officers in the query itself (a liaison's workspace).
    public func officerRoster(agency: String? = nil) throws -> [Officer] {
        try read { db in
            let condition: (sql: String, arguments: StatementArguments) =
                agency.map { AgencyCondition.members(of: $0, column: "agency") } ?? ("1 = 1", [])
            var officers: [Officer] = []
            officers.reserveCapacity(try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM officer WHERE \(condition.sql)", arguments: condition.arguments) ?? 0)
            let rows = try Row.fetchCursor(
                db, sql: "SELECT \(OfficerColumn.list(Self.listedOfficerColumns)) FROM officer WHERE \(condition.sql) ORDER BY badge",
                arguments: condition.arguments)
            while let row = try rows.next() {
                officers.append(OfficerColumn.officer(row, columns: Self.listedOfficerColumns))
            }
            return officers
        }
    }

    private static let listedOfficerColumns: [OfficerColumn] = [.badge, .lastName, .firstName, .unit, .status, .agency]
}
