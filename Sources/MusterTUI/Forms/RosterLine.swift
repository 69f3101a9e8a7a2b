import MusterCore

/// One entry typed into a class sign-in sheet: `A-1042`, `A-1042:85` (score), `A-1042:fail`, `A-1042:absent` or
/// `A-1042:?` (not marked yet: `d` adds people due this way, so nobody is recorded a pass unseen), separated by
/// spaces, commas or semicolons, and what is wrong with it, if anything.
struct RosterLine: Equatable, Sendable {
    var token: String
    var badge: String
    var result: Completion.Result
    var score: Int?
    /// `:?`: on the sheet, not yet marked.
    var isUnmarked = false
    /// `:absent`: enrolled, did not come.
    var isAbsent = false
    /// "unknown badge", "listed twice", …; nil when the line is fine.
    var problem: String?

    static func parse(_ text: String, context: ValidationContext, moduleID: String) -> [RosterLine] {
        let passMark = context.curriculum.module(moduleID)?.assessment.passMark
        var seen = Set<String>()
        return text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "\n" }).map { piece in
            let token = String(piece)
            let parts = token.split(separator: ":", maxSplits: 1).map(String.init)
            let badge = parts.first ?? token
            var line = RosterLine(token: token, badge: badge, result: .pass, score: nil, problem: nil)
            if parts.count == 2 {
                let mark = parts[1].lowercased()
                if mark == "?" {
                    line.isUnmarked = true
                } else if mark == "absent" {
                    line.isAbsent = true
                } else if let result = Completion.Result(rawValue: mark) {
                    line.result = result
                } else if let score = Int(mark),
                          let result = try? RecordRules.decideResult(given: nil, score: score, passMark: passMark) {
                    line.score = score
                    line.result = result
                } else {
                    line.problem = "after ':' write a score 0–100, pass, fail, absent or ?"
                }
            }
            if !context.isKnownBadge(badge) {
                line.problem = "unknown badge"
            } else if !seen.insert(badge).inserted {
                line.problem = "listed twice"
            }
            return line
        }
    }

    /// Whether the line says the officer came (neither absent nor unmarked).
    var isPresent: Bool { !isUnmarked && !isAbsent }

    /// The line as the sheet spells it.
    static func token(badge: String, attendance: Attendance?, score: Int?) -> String {
        switch (attendance, score) {
        case (nil, _): badge + ":?"
        case (.absent?, _): badge + ":absent"
        case (.present?, let score?): badge + ":" + String(score)
        case (.present?, nil): badge
        }
    }
}
