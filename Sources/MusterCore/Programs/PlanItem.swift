/// One thing an officer must still complete by a day (`muster plan`): hours toward a program or one of its
/// minimums, a once-every course, or a module that will not be current.
public struct PlanItem: Sendable, Equatable {
    public enum Need: String, Sendable, CaseIterable {
        case hours, minimum, course, module
    }

    public var badge: String
    /// The program, or nil for a module.
    public var programID: String?
    public var need: Need
    /// The minimum's name, the course's modules, the module id; "total" for a program's hours.
    public var item: String
    /// Hours still short; nil for a course or a module.
    public var hoursShort: Double?
    /// The day it is owed by: the cycle's or block's last day, the module's expiry or due date.
    public var dueBy: CalendarDate?
    /// The program status or the module status as of the day planned for.
    public var status: String

    public init(badge: String, programID: String?, need: Need, item: String, hoursShort: Double?, dueBy: CalendarDate?,
                status: String) {
        self.badge = badge
        self.programID = programID
        self.need = need
        self.item = item
        self.hoursShort = hoursShort
        self.dueBy = dueBy
        self.status = status
    }

    /// Most urgent first: the earliest day owed, then the most hours short, then by badge and item.
    public static func urgentFirst(_ lhs: PlanItem, _ rhs: PlanItem) -> Bool {
        let left = lhs.dueBy ?? .latest, right = rhs.dueBy ?? .latest
        if left != right { return left < right }
        if (lhs.hoursShort ?? 0) != (rhs.hoursShort ?? 0) { return (lhs.hoursShort ?? 0) > (rhs.hoursShort ?? 0) }
        return (lhs.badge, lhs.programID ?? "", lhs.item) < (rhs.badge, rhs.programID ?? "", rhs.item)
    }
}

extension ProgramStanding {
    /// What is still short in this cycle: the hours, each minimum, each course owed.
    public var planItems: [PlanItem] {
        var items: [PlanItem] = []
        if hoursShort > 0 {
            items.append(PlanItem(badge: badge, programID: programID, need: .hours, item: "total", hoursShort: hoursShort,
                                  dueBy: cycle.end, status: status.rawValue))
        }
        for minimum in minimums where !minimum.isMet {
            items.append(PlanItem(badge: badge, programID: programID, need: .minimum, item: minimum.name,
                                  hoursShort: minimum.short, dueBy: cycle.end, status: status.rawValue))
        }
        for course in owedCourses where !course.met {
            items.append(PlanItem(badge: badge, programID: programID, need: .course, item: course.modules.joined(separator: " or "),
                                  hoursShort: nil, dueBy: course.dueBy, status: status.rawValue))
        }
        return items
    }
}

extension ModuleStanding {
    /// The module as a plan item when it will not be current on the day planned for.
    public var planItem: PlanItem? { line.planItem(badge: badge) }
}

extension ModuleStatusLine {
    /// The officer's module as a plan item when it will not be current on the day planned for.
    public func planItem(badge: String) -> PlanItem? {
        guard !status.isSatisfied, status != .onLeave else { return nil }
        return PlanItem(badge: badge, programID: nil, need: .module, item: moduleID, hoursShort: nil,
                        dueBy: expiresOn ?? dueOn, status: status.rawValue)
    }
}
