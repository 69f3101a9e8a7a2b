import GRDB
import MusterCore

extension CommandContext {
    /// Saves `mapping` under its name, replacing what the name held; audited as any record is.
    func saveImportMapping(_ mapping: ImportMapping) throws -> CommandResult {
        do { try ImportMapping.checkName(mapping.name) } catch {
            throw StoreError.invalidField(field: error.field, problem: error.problem)
        }
        let before = try AuditEntity.importMapping.snapshot(db, key: mapping.name)
        let stored = try Row.fetchOne(
            db, sql: "SELECT column_map, date_format FROM import_mapping WHERE name = ?", arguments: [mapping.name])
        if let stored, stored["column_map"] == mapping.map.text, stored["date_format"] == mapping.dateFormat.rawValue {
            return .importMappingSaved(name: mapping.name, changed: false)
        }
        try db.execute(sql: """
            INSERT INTO import_mapping (name, column_map, date_format) VALUES (?, ?, ?)
            ON CONFLICT (name) DO UPDATE SET column_map = excluded.column_map, date_format = excluded.date_format
            """, arguments: [mapping.name, mapping.map.text, mapping.dateFormat.rawValue])
        try audit(action: "saveImportMapping", entity: .importMapping, key: mapping.name, before: before)
        return .importMappingSaved(name: mapping.name, changed: true)
    }
}
