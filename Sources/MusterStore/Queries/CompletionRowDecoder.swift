import GRDB
import MusterCore

/// Decodes completion rows by position on the streaming hot path (millions of rows): name lookups and
/// re-parsing the same few version strings dominate otherwise.
struct CompletionRowDecoder {
    /// The SELECT list this decoder reads, for a completion table aliased `c`.
    static let columns = "c.id, c.badge, c.module_id, c.module_version, c.completed_on, c.result, c.score, c.hours, c.instructor, c.session_id, c.voided_reason"

    /// The same list read from `completion_latest` aliased `l`, whose rows are passed and not voided.
    static let latestColumns = "l.completion_id, l.badge, l.module_id, l.module_version, l.completed_on, 'pass', l.score, l.hours, l.instructor, l.session_id, NULL"

    private var versions: [String: ModuleVersion] = [:]

    mutating func decode(_ row: Row) -> Completion {
        let versionText: String = row[3]
        let version: ModuleVersion
        if let cached = versions[versionText] {
            version = cached
        } else {
            version = ModuleVersion(versionText) ?? ModuleVersion("0")!
            versions[versionText] = version
        }
        let resultText: String = row[5]
        return Completion(
            id: row[0], badge: row[1], moduleID: row[2], moduleVersion: version,
            completedOn: RowDecoding.date(row[4]) ?? CalendarDate(dayNumber: 0),
            result: resultText == "pass" ? .pass : .fail, score: row[6], hours: row[7], instructor: row[8],
            sessionID: row[9], voidReason: row[10])
    }
}
