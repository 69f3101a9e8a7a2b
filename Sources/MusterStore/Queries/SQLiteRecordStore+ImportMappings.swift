import GRDB
import MusterCore

extension SQLiteRecordStore {
    /// The saved mappings, by name.
    public func importMappings() throws -> [ImportMapping] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT name, column_map, date_format FROM import_mapping ORDER BY name").compactMap { row in
                let name: String = row["name"]
                guard let map = try? ColumnMap(parsing: row["column_map"], fields: OfficerCSV.fields),
                      let format = ImportDateFormat(rawValue: row["date_format"])
                else { return nil }
                return ImportMapping(name: name, map: map, dateFormat: format)
            }
        }
    }

    /// The mapping saved as `name`; refuses an unknown name, listing the saved ones.
    public func importMapping(named name: String) throws -> ImportMapping {
        let all = try importMappings()
        if let found = all.first(where: { $0.name == name }) { return found }
        let saved = all.isEmpty ? "none is saved yet; save one with --map \"field=Header,…\" --save-map NAME"
            : "saved: \(all.map(\.name).joined(separator: ", "))"
        throw StoreError.invalidField(field: "--map", problem: "no saved map '\(name)' (\(saved))")
    }
}
