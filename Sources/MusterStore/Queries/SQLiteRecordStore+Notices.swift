import GRDB
import MusterCore

/// Reads for reminders: who supervises each unit, the saved settings, and what notices have already carried.
extension SQLiteRecordStore {
    /// Each unit's supervisor (login or e-mail address), by unit.
    public func unitSupervisors() throws -> [String: String] {
        try read { db in
            var supervisors: [String: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT unit, supervisor FROM unit_supervisor ORDER BY unit") {
                supervisors[row["unit"]] = row["supervisor"]
            }
            return supervisors
        }
    }

    public func setting(_ setting: Setting) throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE name = ?", arguments: [setting.rawValue]) }
    }

    /// The keys of every item already sent to `audience`.
    public func sentNoticeKeys(_ audience: NoticeAudience) throws -> Set<NoticeItem.Key> {
        try read { db in
            var keys = Set<NoticeItem.Key>()
            let rows = try Row.fetchCursor(db, sql: """
                SELECT badge, item, state, window_days, on_date FROM notice_sent WHERE audience = ?
                """, arguments: [audience.rawValue])
            while let row = try rows.next() {
                guard let state = NoticeItem.State(rawValue: row["state"]) else { continue }
                keys.insert(NoticeItem.Key(badge: row["badge"], moduleID: row["item"], state: state,
                                           windowDays: row["window_days"],
                                           onDate: (row["on_date"] as String?).flatMap(CalendarDate.init(iso:))))
            }
            return keys
        }
    }
}
