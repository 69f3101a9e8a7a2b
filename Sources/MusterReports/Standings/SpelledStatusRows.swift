import MusterCore
import MusterStore

/// A span's module status rows as they are encoded, with what repeats spelled once: the officer's badge for all
/// their lines, and each module's id for every officer (a status run writes a million and a half rows of a
/// few dozen modules, and looking each field over for quotes and formulas cost a tenth of the run).
struct SpelledStatusRows<Rows: RowBuilder>: Sendable where Rows: Sendable, Rows.Run: Sendable {
    var rows: Rows
    private var modules = SpelledModules<Rows.Run>()
    private let words: StatusWordRuns<Rows>

    init(_ rows: Rows) {
        self.rows = rows
        words = StatusWordRuns(rows)
    }

    /// Writes the officer's lines (only those of `origin`, when given) as `StatusReport`'s module rows: badge,
    /// module, status, completed_on, expires_on, due_on, valid_through, origin; `names` (the officer's name and
    /// unit, for a table people read) go after the badge, worked out only when the officer has a row.
    mutating func write(_ badge: String, names: () -> [String?] = { [] }, _ lines: [ModuleStatusLine],
                        origin: AssignmentOrigin? = nil) {
        // Read through a span: an array's subscript hands out a copy and retains the strings it holds.
        let lines = lines.span
        // The origin is compared in place: a closure given each line took a copy of it, retaining its module id.
        func kept(_ index: Int) -> Bool { origin.map { lines[index].origin == $0 } ?? true }
        guard let first = lines.indices.first(where: kept) else { return }
        // Spelled once, when the officer has a row, and passed to every row in place.
        let badgeRun = rows.run([badge] + names())
        for index in first..<lines.count where kept(index) {
            let module = modulePosition(lines[index].moduleID)
            rows.beginRow()
            rows.fields(badgeRun)
            rows.fields(modules.values.span[module])
            words.write(lines[index].status, into: &rows)
            rows.field(lines[index].completedOn)
            rows.field(lines[index].reportedExpiresOn)
            rows.field(lines[index].dueOn)
            rows.field(lines[index].validThrough)
            words.write(lines[index].origin, into: &rows)
            rows.endRow()
        }
    }

    private mutating func modulePosition(_ id: String) -> Int {
        modules.position(of: id) ?? modules.keep(rows.run([id]), for: id)
    }
}
