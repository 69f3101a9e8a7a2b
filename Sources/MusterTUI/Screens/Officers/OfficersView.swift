import MusterCore
import TerminalUI

/// The officers table with its search and filter line. Only the visible page of rows is ever built.
enum OfficersView {
    /// Where the table (header included) sits inside the content area.
    static func tableArea(in content: Rect) -> Rect {
        content.splitRows([.fixed(1), .fixed(1), .fill])[2]
    }

    /// Draws the screen; returns where the cursor goes (the search field while searching).
    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) -> Position? {
        guard let data = state.agency.value else {
            buffer.line("Loading officers…", in: area, row: 1, style: Style(.muted))
            return nil
        }
        let officers = state.officers
        let rows = area.splitRows([.fixed(1), .fixed(1), .fill])
        // rows[2] is `tableArea(in:)`.
        let count = "\(grouped(officers.visible.count)) of \(grouped(data.snapshot.officers.count)) officers"
        let filters = "unit: \(officers.unitFilter ?? "all")  status: \(officers.statusFilter.label)  sort: \(officers.sort.rawValue)"
        let countWidth = displayWidth(of: count) + 1
        let searchWidth = max(12, min(30, rows[0].width - displayWidth(of: filters) - countWidth - 12))
        let searchArea = Rect(x: rows[0].x, y: rows[0].y, width: searchWidth + 10, height: 1)
        let field = officers.search.field(placeholder: "badge or name")
        buffer.render(field, in: searchArea)
        buffer.line([Span(filters, .muted)], in: Rect(x: searchArea.maxX + 2, y: rows[0].y, width: rows[0].maxX - searchArea.maxX - 2 - countWidth, height: 1), row: 0)
        buffer.write(count, at: Position(column: rows[0].maxX - displayWidth(of: count), row: rows[0].y), style: Style(.accent))

        // A legend on the spare row: the glyphs carry the meaning even without colour. It names the words in
        // use, worst first, as many as fit whole.
        var legend: [Span] = []
        var legendWidth = 0
        for status in OfficerCompliance.allCases where !data.hasStandings || data.snapshot.standings[status] > 0 {
            let width = displayWidth(of: status.label) + (legend.isEmpty ? 0 : 2)
            guard legendWidth + width <= rows[1].width else { break }
            if !legend.isEmpty { legend.append(Span("  ")) }
            legend.append(Span(status.label, status.role))
            legendWidth += width
        }
        buffer.line(legend, in: rows[1], row: 0)

        let wide = area.width >= 100
        var columns = [
            TableColumn("Badge", width: .fixed(8)),
            TableColumn("Name", width: .fill(1)),
            TableColumn("Unit", width: .fixed(wide ? 16 : 14)),
            TableColumn("Status", width: .fixed(16)),
            TableColumn("Next expiry", width: .fixed(11)),
        ]
        if wide {
            columns.append(TableColumn("Late", width: .fixed(5), alignment: .right))
            columns.append(TableColumn("Duty", width: .fixed(9)))
        }
        let snapshot = data.snapshot
        // Only an agency with partner officers spends a column on whose officer each is.
        let showsAgency = wide && snapshot.partnerOfficerCount > 0
        if showsAgency { columns.append(TableColumn("Agency", width: .fixed(10))) }
        let hasStandings = data.hasStandings
        let visible = officers.visible
        let emptyMessage = officers.search.isEmpty ? "No officers match the filters (x clears them)"
            : "No officer matches “\(officers.search.query)” (Esc clears the search)"
        let table = Table(columns: columns, rowCount: visible.count, state: officers.table, emptyMessage: emptyMessage) { index in
            let row = snapshot.officers[visible[index]]
            let standing = !hasStandings ? TableCell("… computing", style: Style(.muted))
                : TableCell(row.standing.label, style: Style(row.standing.role))
            var cells: [TableCell] = [
                TableCell(row.badge),
                TableCell(row.displayName),
                TableCell(row.unit ?? "—"),
                standing,
                hasStandings ? TableCell(row.nextExpiry?.iso ?? "—") : TableCell("…", style: Style(.muted)),
            ]
            if wide {
                let late = row.overdueCount + row.expiredCount
                cells.append(TableCell(late == 0 || !hasStandings ? "" : String(late), style: Style(.danger)))
                cells.append(TableCell(row.officerStatus.rawValue, style: row.officerStatus == .active ? nil : Style(.muted)))
            }
            if showsAgency { cells.append(TableCell(row.agency ?? Agency.homeID, style: row.agency == nil ? Style(.muted) : nil)) }
            return cells
        }
        buffer.render(table, in: rows[2])
        return field.cursorPosition(in: searchArea)
    }
}
