import GRDB
import MusterCore

/// Reminders' records: units' supervisors, the saved settings and the items notices carried, each write audited.
extension CommandContext {
    func setUnitSupervisor(unit: String, supervisor: String?) throws -> CommandResult {
        let unit = try RecordRules.nonEmpty(unit, field: "unit")
        let supervisor = supervisor?.trimmedWhitespace()
        let before = try AuditEntity.unitSupervisor.snapshot(db, key: unit)
        let current = try String.fetchOne(db, sql: "SELECT supervisor FROM unit_supervisor WHERE unit = ?", arguments: [unit])
        guard current != (supervisor?.isEmpty == true ? nil : supervisor) else { return .unitSupervisorSet(unit: unit, changed: false) }
        if let supervisor, !supervisor.isEmpty {
            try db.execute(sql: "INSERT INTO unit_supervisor (unit, supervisor) VALUES (?, ?) "
                           + "ON CONFLICT (unit) DO UPDATE SET supervisor = excluded.supervisor", arguments: [unit, supervisor])
            try audit(action: "setUnitSupervisor", entity: .unitSupervisor, key: unit, before: before)
        } else {
            try db.execute(sql: "DELETE FROM unit_supervisor WHERE unit = ?", arguments: [unit])
            try audit(action: "clearUnitSupervisor", entity: .unitSupervisor, key: unit, before: before, after: nil)
        }
        return .unitSupervisorSet(unit: unit, changed: true)
    }

    func saveSetting(_ setting: Setting, value: String?) throws -> CommandResult {
        let value = value?.trimmedWhitespace()
        let key = setting.rawValue
        let before = try AuditEntity.setting.snapshot(db, key: key)
        let current = try String.fetchOne(db, sql: "SELECT value FROM setting WHERE name = ?", arguments: [key])
        guard current != (value?.isEmpty == true ? nil : value) else { return .settingSaved(setting, changed: false) }
        if let value, !value.isEmpty {
            try db.execute(sql: "INSERT INTO setting (name, value) VALUES (?, ?) "
                           + "ON CONFLICT (name) DO UPDATE SET value = excluded.value", arguments: [key, value])
            try audit(action: "saveSetting", entity: .setting, key: key, before: before)
        } else {
            try db.execute(sql: "DELETE FROM setting WHERE name = ?", arguments: [key])
            try audit(action: "clearSetting", entity: .setting, key: key, before: before, after: nil)
        }
        return .settingSaved(setting, changed: true)
    }

    /// Inserts each item not remembered yet; one already remembered (a run racing another) is skipped.
    func recordNotices(_ notices: [SentNotice]) throws -> Int {
        var count = 0
        for notice in notices {
            try db.execute(sql: """
                INSERT INTO notice_sent (audience, badge, item, state, window_days, on_date, recipient, message_id, sent_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """, arguments: [notice.audience.rawValue, notice.key.badge, notice.key.moduleID, notice.key.state.rawValue,
                                 notice.key.windowDays, notice.key.onDate?.iso, notice.recipient, notice.messageID, occurredAt])
            guard db.changesCount > 0 else { continue }
            try audit(action: "recordNotice", entity: .noticeSent, key: String(db.lastInsertedRowID), before: nil)
            count += 1
        }
        return count
    }
}
