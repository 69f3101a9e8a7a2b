import TerminalUI

/// What an empty database opens on instead of empty lists: the first steps, each with the exact command,
/// run from a shell beside the workspace (it notices their writes by itself).
enum FirstRunView {
    /// An agency read and found to have no officer at all.
    static func applies(_ state: AppState) -> Bool {
        !state.context.isOfficerView && state.context.access.visibleAgency == nil
            && state.agency.value?.snapshot.officers.isEmpty == true
    }

    /// The steps, as (text, role) lines: headings, commands indented, notes muted.
    static let lines: [(String, ColorRole)] = [
        ("Welcome to Muster · this database has no officers yet", .title),
        ("Run these in a shell beside this window; the workspace fills in as they land.", .muted),
        ("", .normal),
        ("1. Import the roster (CSV: badge,last_name,first_name[,unit,rank,email,…])", .header),
        ("     muster officers import roster.csv --dry-run   # who it would add", .accent),
        ("     muster officers import roster.csv", .accent),
        ("2. Load your curricula (init loaded the built-in ones)", .header),
        ("     muster curricula lint --curricula DIR", .accent),
        ("     muster curricula load --curricula DIR", .accent),
        ("3. Grant roles to the people who use Muster", .header),
        ("     muster users grant LOGIN coordinator   # or instructor, officer, auditor", .accent),
        ("4. Assign training, then record it", .header),
        ("     muster assign MODULE --unit UNIT --due YYYY-MM-DD", .accent),
        ("     muster record MODULE --officer BADGE --on YYYY-MM-DD", .accent),
        ("", .normal),
        ("To look around first: muster --demo opens a demo agency in its own database.", .muted),
    ]

    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        for (row, line) in lines.enumerated() where row + 1 < area.height {
            let style = line.1 == .header || line.1 == .title ? Style(line.1, .bold) : Style(line.1)
            buffer.line(line.0, in: area, row: row + 1, style: style)
        }
    }
}
