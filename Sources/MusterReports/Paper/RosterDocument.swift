import MusterCore
import MusterStore

/// The completion roster `export roster` writes as CSV, as a printable table: the same rows and filters.
public enum RosterDocument {
    public static func html(from store: SQLiteRecordStore, filter: RosterExportFilter, generatedOn today: CalendarDate) throws -> (html: String, rows: Int) {
        var rows: [[String]] = []
        try store.forEachRosterRow(filter, ids: nil, moduleVersions: nil) { row in
            rows.append([row.badge, "\(row.lastName), \(row.firstName)", row.unit ?? "", row.moduleID, row.moduleTitle,
                         row.moduleVersion, row.completedOn.iso, row.result.rawValue, row.score.map(String.init) ?? "",
                         row.hours.map { String($0) } ?? "", row.instructor ?? "", row.validThrough?.iso ?? ""])
        }
        var scope: [String] = []
        if let module = filter.moduleID { scope.append("module \(module)") }
        if let unit = filter.unit { scope.append("unit \(unit)") }
        if let from = filter.from { scope.append("from \(from.iso)") }
        if let to = filter.to { scope.append("to \(to.iso)") }
        let html = PaperHTML.document(title: "Completion roster", orientation: .landscape,
                                      footer: "Muster completion roster · printed \(today.iso)") { page in
            page.element(.h1, "Completion roster")
            page.element(.p, (scope.isEmpty ? "All completions on record" : scope.joined(separator: " · ")) + " — \(rows.count) row(s)",
                         class: "meta")
            page.table(head: ["Badge", "Name", "Unit", "Module", "Title", "Version", "Completed", "Result", "Score", "Hours",
                              "Instructor", "Valid through"], rows: rows, nowrap: [0, 1, 3, 5, 6, 11])
        }
        return (html, rows.count)
    }
}
