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

    /// The key and the copy of its newest counting completion.
    static let newestColumns = key + [
        completionID, completedOn,
        Column(name: "score", source: "score", type: "INTEGER"),
        Column(name: "hours", source: "hours", type: "REAL"),
        Column(name: "instructor", source: "instructor", type: "TEXT"),
        Column(name: "session_id", source: "session_id", type: "INTEGER"),
    ]

    static let earliestID = Column(name: "earliest_id", source: "id", type: "INTEGER NOT NULL")
    static let earliestOn = Column(name: "earliest_on", source: "completed_on", type: "TEXT NOT NULL")
    /// The key's earliest counting completion (the same one when it has only one): what a status run needs of it
    /// to settle a prerequisite renewed since the pass that needs it (`StatusEngine.cutVerdict`), read with the
    /// key's row instead of sought among the completions.
    static let earliestColumns = [earliestID, earliestOn, Column(name: "earliest_hours", source: "hours", type: "REAL")]

    /// Every column, the key first, in the order statements list and bind them.
    static let columns = newestColumns + earliestColumns

    /// What makes one counting completion newer than another, most significant first, each compared ascending.
    static let newness = [completedOn, completionID]
    /// The same order in the earliest columns.
    static let earliness = [earliestOn, earliestID]

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

    /// Whether `candidate` would replace `kept` as the earliest of their key; in `newness` order.
    static func isEarlier(_ candidate: InsertedCompletion, than kept: InsertedCompletion) -> Bool {
        (candidate.completedOn, candidate.id) < (kept.completedOn, kept.id)
    }

    /// Binds `completion` to the parameters of `bulkUpsert`, in `columns` order, as its key's newest and
    /// earliest counting completion (`earliest` when another is known to be earlier).
    static func bind(_ completion: InsertedCompletion, earliest: InsertedCompletion? = nil, to upsert: BoundStatement) {
        let earliest = earliest ?? completion
        upsert.bind(earliest.id, at: 10)
        upsert.bind(earliest.completedOn.iso, at: 11)
        upsert.bind(earliest.hours, at: 12)
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
    /// Completions earliest first.
    static let earliestFirst = newness.map(\.source).joined(separator: ", ")

    static let createTable = """
        CREATE TABLE \(table) (
            \(columns.map { "\($0.name) \($0.type)" }.joined(separator: ",\n    ")),
            PRIMARY KEY (\(list(key.map(\.name))))
        ) WITHOUT ROWID
        """

    /// Keeps `values` (one expression per column, in `columns` order) as its key's newest completion unless the
    /// row kept there is newer, and as its earliest unless the kept one is earlier. (SQLite evaluates every `SET`
    /// expression against the row as it was, so each condition reads the kept values.)
    static func upsert(values: [String]) -> String {
        let newer = excludedIs(">", by: newness)
        let earlier = excludedIs("<", by: earliness)
        let replaced = newestColumns.dropFirst(key.count).map { replacement($0, when: newer) }
            + earliestColumns.map { replacement($0, when: earlier) }
        return """
            INSERT INTO \(table) (\(list(columns.map(\.name))))
            VALUES (\(list(values)))
            ON CONFLICT (\(list(key.map(\.name)))) DO UPDATE SET
                \(list(replaced))
            WHERE \(newer) OR \(earlier)
            """
    }

    private static func replacement(_ column: Column, when condition: String) -> String {
        "\(column.name) = CASE WHEN \(condition) THEN excluded.\(column.name) ELSE \(table).\(column.name) END"
    }

    /// The upsert's condition that the offered row comes after (`>`) or before (`<`) the kept one, `order` compared
    /// as a tuple; parenthesised.
    private static func excludedIs(_ comparison: String, by order: [Column]) -> String {
        let condition = order.reversed().reduce("") { later, column in
            let beyond = "excluded.\(column.name) \(comparison) \(table).\(column.name)"
            guard !later.isEmpty else { return beyond }
            let grouped = later.contains(" OR ") ? "(\(later))" : later
            return "\(beyond) OR (excluded.\(column.name) = \(table).\(column.name) AND \(grouped))"
        }
        return "(\(condition))"
    }

    /// A row of the table for the key `match` selects (a condition over the completion's columns), from the key's
    /// newest and earliest counting completions; no row when none counts.
    private static func newestAndEarliest(where match: String) -> String {
        """
        SELECT \(list(newestColumns.map { "n.\($0.source)" } + earliestColumns.map { "e.\($0.source)" }))
        FROM (SELECT * FROM completion WHERE \(match) AND \(countsSQL()) ORDER BY \(newestFirst) LIMIT 1) n,
             (SELECT * FROM completion WHERE \(match) AND \(countsSQL()) ORDER BY \(earliestFirst) LIMIT 1) e
        """
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

    /// A voided completion that was its key's newest or earliest leaves the table, and the key's row is derived
    /// again from the completions that still count.
    static let createVoidTrigger = """
        CREATE TRIGGER \(voidTrigger) AFTER UPDATE OF voided_reason ON completion
        WHEN OLD.voided_reason IS NULL AND NEW.voided_reason IS NOT NULL
        BEGIN
            DELETE FROM \(table)
            WHERE \(key.map { "\($0.name) = NEW.\($0.source)" }.joined(separator: " AND "))
              AND (\(completionID.name) = NEW.\(completionID.source) OR \(earliestID.name) = NEW.\(earliestID.source));
            INSERT OR IGNORE INTO \(table) (\(list(columns.map(\.name))))
            \(indented(newestAndEarliest(where: key.map { "\($0.source) = NEW.\($0.source)" }.joined(separator: " AND "))));
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
        \(newestAndEarliest(where: key.indices.map { "\(key[$0].source) = ?\($0 + 1)" }.joined(separator: " AND ")))
        """

    /// `insertNewestOfKey` as it was before `v16-earliest-pass` added the earliest columns, frozen: the upgrade step
    /// that relabels completions runs after an earlier migration, on the table as it was then (v15 then derives
    /// every row again).
    static let insertNewestOfKeyBeforeEarliest = """
        INSERT OR IGNORE INTO completion_latest (badge, module_id, module_version, completion_id, completed_on, score, hours, instructor, session_id)
        SELECT badge, module_id, module_version, id, completed_on, score, hours, instructor, session_id FROM completion
        WHERE badge = ? AND module_id = ? AND module_version = ? AND result = 'pass' AND voided_reason IS NULL
        ORDER BY completed_on DESC, id DESC LIMIT 1
        """

    /// The rows the table should hold, recomputed from `completion` alone, under the table's column names.
    static let recomputed = """
        SELECT \(list(columns.map(\.name))) FROM (
            SELECT \(list(newestColumns.map { $0.source == $0.name ? $0.name : "\($0.source) AS \($0.name)" })),
                \(list(earliestColumns.map { "FIRST_VALUE(\($0.source)) OVER earliest AS \($0.name)" })),
                ROW_NUMBER() OVER (PARTITION BY \(list(key.map(\.source))) ORDER BY \(newestFirst)) AS newest
            FROM completion WHERE \(countsSQL())
            WINDOW earliest AS (PARTITION BY \(list(key.map(\.source))) ORDER BY \(earliestFirst)))
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
