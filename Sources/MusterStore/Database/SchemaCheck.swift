import GRDB

/// `audit verify`'s check of the schema: every table, index, trigger and view the file holds, and its migrations,
/// against what this Muster's migrations create. A dropped trigger, an index someone added, a loosened CHECK
/// or an edited migrations table is reported; none of the SQL read from the file is ever run.
enum SchemaCheck {
    struct Object: Hashable, Comparable {
        let type: String
        let name: String

        static func < (lhs: Object, rhs: Object) -> Bool { (lhs.type, lhs.name) < (rhs.type, rhs.name) }
    }

    /// The objects a new database gets, by type and name, with their SQL normalized; built once, in memory.
    static let expected: [Object: String] = {
        do {
            let queue = try DatabaseQueue(configuration: MusterDatabase.configuration())
            try SchemaMigrations.migrator(upgrade: nil).migrate(queue)
            return try queue.read(objects)
        } catch {
            preconditionFailure("this build's own migrations must apply to an empty database: \(error)")
        }
    }()

    static func objects(_ db: Database) throws -> [Object: String] {
        var objects: [Object: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT type, name, tbl_name, sql FROM sqlite_master") {
            let sql: String? = row["sql"]
            objects[Object(type: row["type"], name: row["name"])] = "on \(row["tbl_name"] as String): " + normalized(sql ?? "")
        }
        return objects
    }

    /// SQL with every run of white space made one space, so layout alone is no difference.
    static func normalized(_ sql: String) -> String {
        sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Every difference from the expected schema, one line each; empty when there is none.
    static func problems(_ db: Database) throws -> [String] {
        let actual = try objects(db)
        var problems: [String] = []
        for object in Set(expected.keys).union(actual.keys).sorted() {
            switch (expected[object], actual[object]) {
            case (.some, nil):
                problems.append("schema: \(object.type) \(object.name) is missing")
            case (nil, .some):
                problems.append("schema: \(object.type) \(object.name) is not one Muster creates")
            case (let wanted?, let found?) where wanted != found:
                problems.append("schema: \(object.type) \(object.name) differs from Muster's definition")
            default: break
            }
        }
        let migrations = try db.tableExists("grdb_migrations")
            ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") : []
        let known = SchemaMigrations.all.map(\.name)
        if migrations != known {
            problems.append("schema: the migrations table lists \(migrations.joined(separator: ", ")); "
                            + "this Muster applies \(known.joined(separator: ", "))")
        }
        return problems
    }
}

extension SQLiteRecordStore {
    /// The schema against this Muster's (`SchemaCheck`), one line per difference.
    public func schemaProblems() throws -> [String] {
        try read(SchemaCheck.problems)
    }
}
