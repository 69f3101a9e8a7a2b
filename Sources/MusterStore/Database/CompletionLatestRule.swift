import MusterCore

/// The rule `completion_latest` keeps: for every officer × module × module version, a copy of the newest
/// completion that counts. A completion counts when it passed and is not voided; of two, the newer is the one
/// with the later `completed_on`, then the higher id (of two on one day, the one recorded last). A copy is safe
/// because a completion never changes except to be voided.
///
/// Everything that writes or checks the table is generated here from that one definition: the table, the
/// triggers that keep it in step inside every writing transaction, the upsert a bulk load runs while the
/// insert trigger is away, and the recomputation `muster audit verify` compares the table with. The Swift
/// spelling for work done off the database (`counts`, `isNewer`) is held to the SQL by
/// `CompletionLatestRuleTests`, which compares the trigger path, the bulk path and the recomputation.
enum CompletionLatestRule {
    static let table = "completion_latest"
    static let insertTrigger = "completion_latest_on_insert"
    static let voidTrigger = "completion_latest_on_void"

    /// A column of `completion_latest`, and the completion column it copies.
    struct Column: Sendable {
        let name: String
        let source: String
        let type: String
    }

    /// One kept row per officer, module and version.
    static let key = [
        Column(name: "badge", source: "badge", type: "TEXT NOT NULL"),
        Column(name: "module_id", source: "module_id", type: "TEXT NOT NULL"),
        Column(name: "module_version", source: "module_version", type: "TEXT NOT NULL"),
    ]
    static let completionID = Column(name: "completion_id", source: "id", type: "INTEGER NOT NULL")
    static let completedOn = Column(name: "completed_on", source: "completed_on", type: "TEXT NOT NULL")

    /// Every column, the key first, in the order statements list and bind them.
    static let columns = key + [
        completionID, completedOn,
        Column(name: "score", source: "score", type: "INTEGER"),
        Column(name: "hours", source: "hours", type: "REAL"),
        Column(name: "instructor", source: "instructor", type: "TEXT"),
        Column(name: "session_id", source: "session_id", type: "INTEGER"),
    ]

    /// What makes one counting completion newer than another, most significant first, each compared ascending.
    static let newness = [completedOn, completionID]

    /// The result a completion must have to count (it must also not be voided).
    static let countingResult = Completion.Result.pass

    // MARK: - In Swift

    /// Whether a completion counts.
    static func counts(result: String, voidedReason: String?) -> Bool {
        result == countingResult.rawValue && voidedReason == nil
    }

    /// Whether `candidate` would replace `kept` as the newest of their key; in `newness` order.
    static func isNewer(_ candidate: InsertedCompletion, than kept: InsertedCompletion) -> Bool {
        (candidate.completedOn, candidate.id) > (kept.completedOn, kept.id)
    }

    /// Binds `completion` to the parameters of `bulkUpsert`, in `columns` order.
    static func bind(_ completion: InsertedCompletion, to upsert: BoundStatement) {
        upsert.bind(completion.badge, at: 1)
        upsert.bind(completion.moduleID, at: 2)
        upsert.bind(completion.moduleVersion, at: 3)
        upsert.bind(completion.id, at: 4)
        upsert.bind(completion.completedOn.iso, at: 5)
        upsert.bind(completion.score, at: 6)
        upsert.bind(completion.hours, at: 7)
        upsert.bind(completion.instructor, at: 8)
        upsert.bind(completion.sessionID, at: 9)
    }

    // MARK: - In SQL

    /// The condition that a completion counts, over its columns prefixed with `row` (`NEW.` in a trigger).
    static func countsSQL(_ row: String = "") -> String {
        "\(row)result = '\(countingResult.rawValue)' AND \(row)voided_reason IS NULL"
    }

    /// Completions newest first.
    static let newestFirst = newness.map { "\($0.source) DESC" }.joined(separator: ", ")

    static let createTable = """
        CREATE TABLE \(table) (
            \(columns.map { "\($0.name) \($0.type)" }.joined(separator: ",\n    ")),
            PRIMARY KEY (\(list(key.map(\.name))))
        ) WITHOUT ROWID
        """

    /// Keeps `values` (one expression per column, in `columns` order) as its key's row, unless the row kept
    /// there is newer.
    static func upsert(values: [String]) -> String {
        let replaced = columns.dropFirst(key.count).map { "\($0.name) = excluded.\($0.name)" }
        return """
            INSERT INTO \(table) (\(list(columns.map(\.name))))
            VALUES (\(list(values)))
            ON CONFLICT (\(list(key.map(\.name)))) DO UPDATE SET
                \(list(replaced))
            WHERE \(excludedIsNewer)
            """
    }

    /// The upsert's condition that the offered row is newer than the kept one: `newness` compared as a tuple.
    private static var excludedIsNewer: String {
        newness.reversed().reduce("") { later, column in
            let greater = "excluded.\(column.name) > \(table).\(column.name)"
            guard !later.isEmpty else { return greater }
            let grouped = later.contains(" OR ") ? "(\(later))" : later
            return "\(greater) OR (excluded.\(column.name) = \(table).\(column.name) AND \(grouped))"
        }
    }

    /// The bulk path's upsert (`CommandContext.keepLatest`), bound with `bind(_:to:)`.
    static let bulkUpsert = upsert(values: columns.map { _ in "?" })

    static let createInsertTrigger = """
        CREATE TRIGGER \(insertTrigger) AFTER INSERT ON completion
        WHEN \(countsSQL("NEW."))
        BEGIN
            \(indented(upsert(values: columns.map { "NEW.\($0.source)" })));
        END
        """

    /// A voided completion leaves the table, and the newest one of its key that still counts takes its place.
    static let createVoidTrigger = """
        CREATE TRIGGER \(voidTrigger) AFTER UPDATE OF voided_reason ON completion
        WHEN OLD.voided_reason IS NULL AND NEW.voided_reason IS NOT NULL
        BEGIN
            DELETE FROM \(table)
            WHERE \(key.map { "\($0.name) = NEW.\($0.source)" }.joined(separator: " AND "))
              AND \(completionID.name) = NEW.\(completionID.source);
            INSERT OR IGNORE INTO \(table) (\(list(columns.map(\.name))))
            SELECT \(list(columns.map(\.source))) FROM completion
            WHERE \(key.map { "\($0.source) = NEW.\($0.source)" }.joined(separator: " AND ")) AND \(countsSQL())
            ORDER BY \(newestFirst) LIMIT 1;
        END
        """

    /// Removes one key's row (the key's columns bound in `key` order), for `insertNewestOfKey` to derive again.
    static let deleteKey = """
        DELETE FROM \(table) WHERE \(key.map { "\($0.name) = ?" }.joined(separator: " AND "))
        """

    /// Keeps the newest counting completion of one key (bound in `key` order), after `deleteKey`: for a key
    /// whose completions changed other than by insert or void (an upgrade relabelling their version).
    static let insertNewestOfKey = """
        INSERT OR IGNORE INTO \(table) (\(list(columns.map(\.name))))
        SELECT \(list(columns.map(\.source))) FROM completion
        WHERE \(key.map { "\($0.source) = ?" }.joined(separator: " AND ")) AND \(countsSQL())
        ORDER BY \(newestFirst) LIMIT 1
        """

    /// The rows the table should hold, recomputed from `completion` alone, under the table's column names.
    static let recomputed = """
        SELECT \(list(columns.map(\.name))) FROM (
            SELECT \(list(columns.map { $0.source == $0.name ? $0.name : "\($0.source) AS \($0.name)" })),
                ROW_NUMBER() OVER (PARTITION BY \(list(key.map(\.source))) ORDER BY \(newestFirst)) AS newest
            FROM completion WHERE \(countsSQL()))
        WHERE newest = 1
        """

    /// `text` with its lines after the first indented one level, for a statement inside a trigger's body.
    private static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n    ")
    }

    private static func list(_ items: [String]) -> String {
        items.joined(separator: ", ")
    }
}
