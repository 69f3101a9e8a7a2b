/// Migration v7: named column maps for officer imports (`officers import --save-map NAME`), kept in the database
/// so every coordinator of the agency imports the HR file the same way, and audited like any record.
enum ImportMappingMigration {
    static let name = "v8-import-maps"

    static let createTable = """
        CREATE TABLE import_mapping (
            name TEXT NOT NULL PRIMARY KEY,
            column_map TEXT NOT NULL,
            date_format TEXT NOT NULL
        )
        """

    static var sql: String { createTable }
}
