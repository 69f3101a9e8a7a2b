import MusterCore
import TerminalUI

/// The officers table as `OfficersView` builds it at 200 columns (the wide layout), over every officer.
enum OfficersTable {
    static let columns = [
        TableColumn("Badge", width: .fixed(8)),
        TableColumn("Name", width: .fill(1)),
        TableColumn("Unit", width: .fixed(16)),
        TableColumn("Status", width: .fixed(14)),
        TableColumn("Next expiry", width: .fixed(11)),
        TableColumn("Late", width: .fixed(5), alignment: .right),
        TableColumn("Duty", width: .fixed(9)),
    ]

    static func table(_ rows: [AgencySnapshot.OfficerRow], state: TableState) -> Table {
        Table(columns: columns, rowCount: rows.count, state: state) { index in
            let row = rows[index]
            let late = row.overdueCount + row.expiredCount
            return [
                TableCell(row.badge),
                TableCell(row.displayName),
                TableCell(row.unit ?? "—"),
                TableCell(row.standing.rawValue, style: Style(row.standing.isCounted ? .normal : .muted)),
                TableCell(row.nextExpiry?.iso ?? "—"),
                TableCell(late == 0 ? "" : String(late), style: Style(.danger)),
                TableCell(row.officerStatus.rawValue, style: row.officerStatus == .active ? nil : Style(.muted)),
            ]
        }
    }
}
