/// The status rules in a coordinator's words, as `muster status --help` prints them. README.md's "Status
/// rules" table says the same; change both together.
enum StatusRulesHelp {
    static let rules: [(name: String, rule: String)] = [
        ("versions", "a module's version in force on D is the newest whose effective date is on or before D; "
            + "before its first version the module is required of no one"),
        ("completions", "belong to the version in force on their date (or record --version); expiry comes from that "
            + "version: rolling N months, once never, calendar_year through 31 December of the following year"),
        ("superseding", "a version with accepts_from stops older versions' completions counting on its effective "
            + "date + retrain_within_days, or at their own expiry if that comes first"),
        ("officers", "judged in the unit they were in on D; not before their hire date, nor on or after their "
            + "separation date"),
        ("assignments", "apply from --from until ended; officers in scope that day owe them by --due, later "
            + "newcomers --new-members-within days (90) after joining"),
        ("refreshers", "first owed first_due_months after the initial course's counting completion (current until "
            + "then); a completion whose prerequisites were not passed by its date does not count"),
        ("waivers", "waived while in force, then due no earlier than 30 days after the waiver ends; a certification "
            + "that is not waivable is suspended while any of its modules is waived"),
        ("failures", "on a failure_suspends module a failed attempt after the last pass is failed, and its "
            + "certifications suspended, until a later pass"),
        ("leave", "an expired or overdue requirement shows on-leave during leave; a due date in the leave moves "
            + "to 30 days after the day it ends"),
        ("evidence", "a pass needs a score when there is a pass mark; fewer hours than the version's count only "
            + "if they reach its min_hours"),
        ("certifications", "the make-up in force on D applies; a module a later version adds is owed "
            + "new_modules_within_days (90) after that version takes effect"),
    ]

    /// The rules as an indented two-column block, wrapped to `columns` so the help's own wrapping leaves it be.
    static func text(columns: Int = 78) -> String {
        let width = rules.map(\.name.count).max() ?? 0
        let indent = String(repeating: " ", count: width + 4)
        var lines = ["Status rules, as of a date D:"]
        for (name, rule) in rules {
            var line = "  " + name.padding(toLength: width, withPad: " ", startingAt: 0) + " "
            for word in rule.split(separator: " ") {
                if line.count + 1 + word.count > columns {
                    lines.append(line)
                    line = indent + word
                } else {
                    line += " " + word
                }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
