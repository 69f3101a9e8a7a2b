/// One version of a state's in-service mandate (`Curricula/programs/<id>.yaml`): hours per cycle, with
/// minimums by area or by modules and courses owed once every few cycles. Kept as data so that a new
/// state, or next year's rule, is a file rather than code.
public struct Program: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var title: String
    /// The state or board whose rule this is ("TX").
    public var jurisdiction: String
    public var version: ModuleVersion
    /// The first day this version applies.
    public var effective: CalendarDate
    public var cycle: ProgramCycle
    /// Hours owed per cycle.
    public var hours: Double
    public var minimums: [ProgramMinimum]
    public var onceEvery: [OnceEvery]
    public var newOfficers: NewOfficerRule
    public var waivers: ProgramWaiverRule
    public var policyBasis: [PolicyReference]

    public init(
        id: String, title: String, jurisdiction: String, version: ModuleVersion, effective: CalendarDate,
        cycle: ProgramCycle, hours: Double, minimums: [ProgramMinimum] = [], onceEvery: [OnceEvery] = [],
        newOfficers: NewOfficerRule = .prorate, waivers: ProgramWaiverRule = ProgramWaiverRule(),
        policyBasis: [PolicyReference] = []
    ) {
        self.id = id
        self.title = title
        self.jurisdiction = jurisdiction
        self.version = version
        self.effective = effective
        self.cycle = cycle
        self.hours = hours
        self.minimums = minimums
        self.onceEvery = onceEvery
        self.newOfficers = newOfficers
        self.waivers = waivers
        self.policyBasis = policyBasis
    }

    enum CodingKeys: String, CodingKey {
        case id, title, jurisdiction, version, effective, cycle, hours, minimums, waivers
        case onceEvery = "once_every"
        case newOfficers = "new_officers"
        case policyBasis = "policy_basis"
    }
}

/// Hours owed toward one topic inside a program's total: by the module's area, or by naming modules.
public struct ProgramMinimum: Hashable, Sendable, Codable {
    public var name: String
    public var area: TrainingArea?
    public var modules: [String]
    public var hours: Double

    public init(name: String, area: TrainingArea? = nil, modules: [String] = [], hours: Double) {
        self.name = name
        self.area = area
        self.modules = modules
        self.hours = hours
    }

    /// Whether a completion of `moduleID` in `area` feeds this minimum.
    public func matches(moduleID: String, area: TrainingArea) -> Bool {
        self.area == area || modules.contains(moduleID)
    }
}

/// A course owed once in each block of `cycles` cycles, counted from the program's first cycle.
public struct OnceEvery: Hashable, Sendable, Codable {
    public var modules: [String]
    public var cycles: Int

    public init(modules: [String], cycles: Int) {
        self.modules = modules
        self.cycles = cycles
    }
}

/// What someone who comes into scope after a cycle began owes for it.
public enum NewOfficerRule: String, CaseIterable, Hashable, Sendable, Codable {
    /// The hours and minimums scaled by the whole months left (`ProgramProration`).
    case prorate
    /// The whole cycle's hours.
    case full
    /// Nothing for the cycle they enter in.
    case exemptFirstCycle = "exempt-first-cycle"
}

/// How a program waiver (leave, military service) reduces what a cycle owes.
public struct ProgramWaiverRule: Hashable, Sendable, Codable {
    /// True: the waived whole months come off pro rata; false: a waiver excuses the cycle outright.
    public var prorate: Bool
    /// Minimums no waiver reduces, by name.
    public var never: [String]

    public init(prorate: Bool = false, never: [String] = []) {
        self.prorate = prorate
        self.never = never
    }
}
