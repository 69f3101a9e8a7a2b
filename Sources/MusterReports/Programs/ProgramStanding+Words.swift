import MusterCore

extension ProgramStanding {
    /// "31 of 40 h; De-escalation (1849) 2 of 4 h; cycle ends 2027-08-31".
    public var summary: String {
        var parts = ["\(Hours.text(hoursEarned)) of \(Hours.text(hoursRequired)) h"]
        for minimum in minimums where !minimum.isMet || minimum.required > 0 {
            parts.append("\(minimum.name) \(Hours.text(minimum.earned)) of \(Hours.text(minimum.required)) h")
        }
        for course in owedCourses where !course.met {
            parts.append("owes \(course.modules.joined(separator: " or ")) by \(course.dueBy)")
        }
        parts.append("cycle ends \(cycle.end)")
        return parts.joined(separator: "; ")
    }

    /// The explanation's further lines: each counted completion and what it fed, the pro-rating, the waivers.
    public var explanation: [String] {
        var lines = [summary]
        if let previousCycle { lines.append("previous cycle (to \(cycle.previous.end)): \(previousCycle.rawValue)") }
        for completion in counted {
            let fed = completion.minimums.isEmpty ? "" : " toward \(completion.minimums.joined(separator: ", "))"
            lines.append("counted completion \(completion.completionID): \(completion.moduleID) on \(completion.completedOn), "
                         + "\(Hours.text(completion.hours)) h\(fed)")
        }
        if let entered = requirement.enteredOn {
            switch requirement.rule {
            case .prorate:
                lines.append("in scope from \(entered): pro-rated to \(requirement.monthsInScope) of \(cycle.months) months")
            case .full: lines.append("in scope from \(entered): new officers owe the full cycle")
            case .exemptFirstCycle: lines.append("in scope from \(entered): exempt for the first cycle")
            }
        }
        for waiver in requirement.waivers {
            let effect = requirement.excused ? "excuses the cycle's hours" : "\(requirement.monthsWaived) whole month(s) waived"
            lines.append("waiver \(waiver.id) \(waiver.from) to \(waiver.until) (\(waiver.reason)): \(effect)")
        }
        for course in comingCourses {
            lines.append("\(course.modules.joined(separator: " or ")) owed by \(course.dueBy)")
        }
        return lines
    }
}

/// Hours as people write them: whole numbers without ".0".
public enum Hours {
    public static func text(_ hours: Double) -> String {
        hours == hours.rounded() && abs(hours) < 1e9 ? String(Int(hours)) : String(hours)
    }
}
