import GRDB
import MusterCore

extension CommandContext {
    /// Ends a waiver on `on` (today when nil), the first day it no longer covers: its last day becomes the day
    /// before (`WaiverEnding`), with the waiver as it was kept in the audit event; nothing is deleted.
    func endWaiver(id: Int64, on: CalendarDate?) throws -> CommandResult {
        let statement = try db.cachedStatement(sql: "SELECT * FROM waiver WHERE id = ?")
        guard let row = try Row.fetchOne(statement, arguments: [id]) else {
            throw StoreError.invalidField(field: "waiver", problem: "no waiver has id \(id)")
        }
        let waiver = RowDecoding.waiver(row)
        let lastDay: CalendarDate
        do {
            lastDay = try WaiverEnding.lastDay(of: waiver, endingOn: on ?? today)
        } catch {
            throw StoreError.invalidField(field: "waiver \(id)", problem: error.description)
        }
        let before = CanonicalJSON.object(of: row)
        try db.execute(sql: "UPDATE waiver SET valid_until = ? WHERE id = ?", arguments: [lastDay.iso, id])
        try audit(action: "endWaiver", entity: .waiver, key: String(id), before: before)
        return .waiverEnded(id: id, lastDay: lastDay)
    }
}
