import MusterCore

/// One entry typed into a class sign-in sheet: `A-1042`, `A-1042:85` (score) or `A-1042:fail`,
/// separated by spaces, commas or semicolons, and what is wrong with it, if anything.
struct RosterLine: Equatable, Sendable {
    var token: String
    var badge: String
    var result: Completion.Result
    var score: Int?
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
                if let result = Completion.Result(rawValue: mark) {
                    line.result = result
                } else if let score = Int(mark),
                          let result = try? RecordRules.decideResult(given: nil, score: score, passMark: passMark) {
                    line.score = score
                    line.result = result
                } else {
                    line.problem = "after ':' write a score 0–100, pass or fail"
                }
            }
            switch context.resolveBadge(badge) {
            case .found(let stored):
                line.badge = stored
                if !seen.insert(stored).inserted { line.problem = "listed twice" }
            case .unknown:
                line.problem = "unknown badge"
            case .ambiguous(let matches):
                line.problem = "matches \(matches.joined(separator: " and ")); type it exactly"
            }
            return line
        }
    }
}
