/// Where an officer stands on one program in the cycle holding a day: the answer to "who will end the unit
/// short, and of what?".
public struct ProgramStanding: Sendable, Equatable {
    public var badge: String
    public var programID: String
    public var programVersion: ModuleVersion
    public var cycle: CycleSpan
    public var hoursRequired: Double
    public var hoursEarned: Double
    public var minimums: [MinimumProgress]
    /// The once-every courses whose block ends with this cycle, met or not.
    public var owedCourses: [OwedCourse]
    /// Once-every courses owed in a later cycle of the block, not yet taken (for planning; never a shortfall).
    public var comingCourses: [OwedCourse]
    /// nil when the officer was not in scope of the previous cycle.
    public var previousCycle: CycleOutcome?
    public var status: ProgramStatus
    /// What the explanation lists: each counted completion, the pro-rating and the waivers.
    public var counted: [CountedCompletion]
    public var requirement: CycleRequirement

    /// Hours still owed toward the total, never below zero.
    public var hoursShort: Double { max(0, hoursRequired - hoursEarned) }

    /// Whether every hour, minimum and owed course of the cycle is met.
    public var isMet: Bool {
        hoursEarned >= hoursRequired && minimums.allSatisfy(\.isMet) && owedCourses.allSatisfy(\.met)
    }
}

/// The status words of `muster status --programs`, the first that applies in this order.
public enum ProgramStatus: String, CaseIterable, Sendable, Codable {
    /// The previous cycle closed short of its hours, a minimum or a once-every course.
    case deficient
    /// Every hour, minimum and owed course of this cycle is met.
    case complete
    /// The cycle ends within 90 days (day 90 included) and something is still short.
    case atRisk = "at-risk"
    case inProgress = "in-progress"

    /// How near a cycle's end something short makes an officer at risk.
    public static let atRiskDays = 90
}

/// How a closed cycle ended.
public enum CycleOutcome: String, Sendable, Codable {
    case complete, deficient
}

public struct MinimumProgress: Sendable, Equatable {
    public var name: String
    public var required: Double
    public var earned: Double
    public var isMet: Bool { earned >= required }
    public var short: Double { max(0, required - earned) }
}

public struct OwedCourse: Sendable, Equatable {
    /// Any of these modules meets it.
    public var modules: [String]
    /// The last day of the block of cycles it is owed in.
    public var dueBy: CalendarDate
    public var met: Bool
}

/// A completion that gave hours to the cycle, and the minimums it fed.
public struct CountedCompletion: Sendable, Equatable {
    public var completionID: Int64
    public var moduleID: String
    public var completedOn: CalendarDate
    public var hours: Double
    public var minimums: [String]
}

/// How the cycle's hours were scaled: the officer's entry, the whole months in scope and waived.
public struct CycleRequirement: Sendable, Equatable {
    /// The day the officer came into scope, when after the cycle's first day.
    public var enteredOn: CalendarDate?
    public var rule: NewOfficerRule
    public var monthsInScope: Int
    public var monthsWaived: Int
    /// True when a waiver excused the cycle outright (`waivers: { prorate: false }`).
    public var excused: Bool
    public var waivers: [ProgramWaiver]
}
