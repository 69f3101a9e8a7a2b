import MusterCore
import MusterStore

/// A class's printable sign-in sheet: the module, day, time, place and instructor, then one row per enrolled
/// officer (name, badge, unit, a line to sign) and blank rows for walk-ins.
public struct SignInSheetDocument: Sendable {
    public struct Row: Sendable {
        public var officer: Officer
    }

    public var session: ScheduledClass
    public var moduleTitle: String
    public var rows: [Row]
    public static let blankRows = 5

    public static func load(from store: SQLiteRecordStore, curriculum: Curriculum, sessionID: Int64) throws -> SignInSheetDocument? {
        guard let session = try store.scheduledClass(id: sessionID) else { return nil }
        let rows = try store.enrolments(sessionID: sessionID).compactMap { enrolment in
            try store.officer(badge: enrolment.badge).map(Row.init)
        }.sorted { ($0.officer.lastName, $0.officer.firstName, $0.officer.badge) < ($1.officer.lastName, $1.officer.firstName, $1.officer.badge) }
        return SignInSheetDocument(session: session, moduleTitle: curriculum.module(session.moduleID)?.title ?? session.moduleID, rows: rows)
    }

    public func html(generatedOn today: CalendarDate) -> String {
        PaperHTML.document(title: "Sign-in sheet, class \(session.id)",
                           footer: "Muster sign-in sheet · class #\(session.id) · printed \(today.iso)") { page in
            page.element(.h1, "Sign-in sheet")
            page.element(.p, "\(moduleTitle) (\(session.moduleID))", class: "module")
            var when = "Date: \(session.heldOn.iso)"
            if let time = session.startsAt { when += "   Time: \(time)" }
            when += "   Place: \(session.location ?? "—")   Instructor: \(session.instructor ?? "—")   Class #\(session.id)"
            page.element(.p, when, class: "meta")
            if session.isCancelled { page.element(.p, "CANCELLED on \(session.cancelledOn?.iso ?? "")") }
            page.element(.p, "\(rows.count) enrolled" + (session.capacity.map { " of \($0) seats" } ?? ""), class: "meta")
            page.table(head: ["#", "Name", "Badge", "Unit", "Signature"], rows: rows.enumerated().map { index, row in
                [String(index + 1), "\(row.officer.lastName), \(row.officer.firstName)", row.officer.badge, row.officer.unit ?? "", ""]
            } + (0..<Self.blankRows).map { [String(rows.count + $0 + 1), "", "", "", ""] }, class: "sheet", nowrap: [0, 1, 2])
            page.open(.div, class: "signature")
            for label in ["Instructor signature", "Date"] {
                page.open(.div, class: "sig")
                page.element(.span, "", class: "line")
                page.element(.small, label)
                page.close(.div)
            }
            page.close(.div)
        }
    }
}
