import GRDB
import MusterCore

extension SQLiteRecordStore {
    /// Every officer in badge order with only what a list shows (badge, names, unit, status; rank, email,
    /// login and hire date left empty): the TUI's officers table, shown before any standing is computed.
    /// Read with a cursor, so 100,000 officers are never held twice (as rows and as officers).
    public func officerRoster() throws -> [Officer] {
        try read { db in
            var officers: [Officer] = []
            officers.reserveCapacity(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM officer") ?? 0)
            let rows = try Row.fetchCursor(
                db, sql: "SELECT \(OfficerColumn.list(Self.listedOfficerColumns)) FROM officer ORDER BY badge")
            while let row = try rows.next() {
                officers.append(OfficerColumn.officer(row, columns: Self.listedOfficerColumns))
            }
            return officers
        }
    }

    private static let listedOfficerColumns: [OfficerColumn] = [.badge, .lastName, .firstName, .unit, .status]
}
