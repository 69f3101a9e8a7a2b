import MusterCore
import MusterStore

/// A span's module status rows as they are encoded, with what repeats spelled once: the officer's badge for all
/// their lines, and each module's id for every officer (a status run writes a million and a half rows of a
/// few dozen modules, and looking each field over for quotes and formulas cost a tenth of the run).
struct SpelledStatusRows<Rows: RowBuilder>: Sendable where Rows: Sendable, Rows.Run: Sendable {
    var rows: Rows
    /// Module ids met so far with their spelling. The engine hands out one copy of each id (`sharedModuleID`), so
    /// comparing them is mostly comparing pointers; and officers' lines come in the same module order, so the
    /// search starts after the module found last.
    private var modules: [(id: String, run: Rows.Run)] = []
    private var next = 0

    init(_ rows: Rows) {
        self.rows = rows
    }

    /// Writes the officer's lines (those `keeps` accepts) as `StatusReport`'s module rows: badge, module, status,
    /// completed_on, expires_on, due_on, valid_through, origin; `names` (the officer's name and unit, for a table
    /// people read) go after the badge, worked out only when the officer has a row.
    mutating func write(_ badge: String, names: () -> [String?] = { [] }, _ lines: [ModuleStatusLine],
                        keeps: (borrowing ModuleStatusLine) -> Bool) {
        var spelledBadge: Rows.Run?
        // Read through a span: an array's subscript hands out a copy and retains the strings it holds.
        let lines = lines.span
        for index in lines.indices where keeps(lines[index]) {
            let badgeRun = spelledBadge ?? rows.run([badge] + names())
            spelledBadge = badgeRun
            rows.beginRow()
            rows.fields(badgeRun)
            rows.fields(module(lines[index].moduleID))
            rows.field(lines[index].status.rawValue)
            rows.field(lines[index].completedOn)
            rows.field(lines[index].reportedExpiresOn)
            rows.field(lines[index].dueOn)
            rows.field(lines[index].validThrough)
            rows.field(lines[index].origin.rawValue)
            rows.endRow()
        }
    }

    private mutating func module(_ id: String) -> Rows.Run {
        for offset in 0..<modules.count {
            let index = (next + offset) % modules.count
            if modules[index].id == id {
                next = (index + 1) % modules.count
                return modules[index].run
            }
        }
        let run = rows.run([id])
        modules.append((id, run))
        next = 0
        return run
    }
}
