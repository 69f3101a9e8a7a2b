import MusterCore

/// A realistic, deterministic demo agency: a roster across units and ranks, unit-wide assignments, and
/// about five years of training history with every status and every status rule represented — most officers
/// current, some expiring, expired, overdue or waived; new hires inside their window, transfers, separations
/// and leave (`DemoAgency+Service.swift`); refreshers carried by the initial course, a superseded refresher
/// version, failed re-qualifications that suspend a carry authorisation, medical waivers, short attendance,
/// voided attempts and an ended assignment.
///
/// It only describes the agency; the CLI writes it through the same command layer as any other input.
public struct DemoAgency: Sendable {
    public struct PlannedAssignment: Sendable {
        public var target: Assignment.Target
        public var unit: String
        public var dueOn: CalendarDate
        /// The first day it applies.
        public var from: CalendarDate
        /// When set, the assignment is ended from this day.
        public var endedOn: CalendarDate?
    }

    public struct PlannedCompletion: Sendable {
        public var moduleID: String
        public var completedOn: CalendarDate
        public var result: Completion.Result
        public var score: Int?
        public var hours: Double
        public var instructor: String
        /// When set, the completion is recorded and then voided with this reason.
        public var voidReason: String?
    }

    public struct PlannedWaiver: Sendable {
        public var moduleID: String
        public var reason: String
        public var from: CalendarDate
        public var until: CalendarDate?
    }

    public struct History: Sendable {
        public var completions: [PlannedCompletion] = []
        public var waivers: [PlannedWaiver] = []
    }

    public let asOf: CalendarDate
    public let seed: UInt64
    public let curriculum: Curriculum
    public private(set) var officers: [Officer] = []
    public private(set) var assignments: [PlannedAssignment] = []
    private var requiredModulesByUnit: [String: [Module]] = [:]

    /// The carry authorisation patrol officers hold on top of the annual certification.
    private static let carryAuthorisation = "cert-less-lethal-cew"
    private static let carryUnits = ["Patrol North", "Patrol South", "Patrol East", "Patrol West", "K-9", "Tactical (SWAT)"]
    /// A unit whose no-knock training was ended when the agency stopped serving no-knock warrants from it.
    private static let endedAssignment = (module: "uof-no-knock", unit: "Investigations", daysAgo: 200)

    /// Unit-specific modules on top of the annual certification, where the curriculum has them.
    private static let unitModules: [String: [String]] = [
        "uof-less-lethal-impact": ["Tactical (SWAT)", "Border Operations", "Harbor Unit"],
        "uof-no-knock": ["Tactical (SWAT)", "Investigations"],
        "uof-moving-vehicles": ["Traffic", "Patrol North", "Patrol South", "Patrol East", "Patrol West", "Border Operations"],
        "uof-bwc": ["Patrol North", "Patrol South", "Patrol East", "Patrol West", "Traffic", "Community Policing"],
        "uof-wellness": DemoNames.units,
    ]

    public init(officerCount: Int, seed: UInt64, asOf: CalendarDate, curriculum: Curriculum) {
        self.asOf = asOf
        self.seed = seed
        self.curriculum = curriculum
        planAssignments()
        var random = SeededGenerator(seed: seed)
        officers = (0..<officerCount).map { index in Self.officer(index, random: &random, asOf: asOf) }
        givePostIDs()
    }

    /// How many of the latest hires have no state number on file yet (HR enters it once the board confirms the
    /// hire), so `export roster --profile` shows its refusal listing; every other officer has one.
    public static let officersWithoutPostID = 2

    /// Each officer's state number (TCOLE PID, POST ID, DPSST number): seven digits, leading zeros kept, distinct
    /// for every officer and fixed by the seed. Drawn apart from the roster's generator, so the rest of the agency
    /// is the same as it was before officers had numbers. The latest hires who already have a completion go
    /// without, so that a refusal always has a row to show and stays a short list.
    private mutating func givePostIDs() {
        let latestFirst = officers.indices.sorted { (officers[$0].hireDate ?? asOf, $0) > (officers[$1].hireDate ?? asOf, $1) }
        var newest: Set<Int> = []
        for index in latestFirst where newest.count < Self.officersWithoutPostID {
            if history(of: officers[index], index: index).completions.contains(where: { $0.voidReason == nil }) { newest.insert(index) }
        }
        var numbers = SeededGenerator(seed: seed ^ 0x504F_5354_4944)
        let offset = numbers.next() % 10_000_000
        for index in officers.indices where !newest.contains(index) {
            // 7,368,787 is prime to 10: index ↦ number is one-to-one below ten million officers.
            let number = (UInt64(index) &* 7_368_787 &+ offset) % 10_000_000
            let digits = String(number)
            officers[index].postID = String(repeating: "0", count: 7 - digits.count) + digits
        }
    }

    /// The day the agency's assignments began: before the five years of history, so every past date is judged.
    public var assignmentsFrom: CalendarDate { asOf.adding(days: -6 * 365) }

    private mutating func planAssignments() {
        let annualDue = CalendarDate(year: asOf.year, month: 1, day: 31) ?? asOf
        if let annual = curriculum.certification("cert-uof-annual") ?? curriculum.certifications.first {
            for unit in DemoNames.units {
                assignments.append(PlannedAssignment(
                    target: .certification(annual.id), unit: unit, dueOn: annualDue, from: assignmentsFrom))
                requiredModulesByUnit[unit, default: []] += annual.modules.compactMap { curriculum.module($0) }
            }
        }
        if let carry = curriculum.certification(Self.carryAuthorisation) {
            for unit in Self.carryUnits {
                assignments.append(PlannedAssignment(
                    target: .certification(carry.id), unit: unit, dueOn: asOf.adding(days: -45), from: assignmentsFrom))
                for module in carry.modules.compactMap({ curriculum.module($0) })
                where !(requiredModulesByUnit[unit] ?? []).contains(where: { $0.id == module.id }) {
                    requiredModulesByUnit[unit, default: []].append(module)
                }
            }
        }
        for (moduleID, units) in Self.unitModules.sorted(by: { $0.key < $1.key }) {
            guard let module = curriculum.module(moduleID) else { continue }
            for unit in units {
                let ended = (moduleID, unit) == (Self.endedAssignment.module, Self.endedAssignment.unit)
                    ? asOf.adding(days: -Self.endedAssignment.daysAgo) : nil
                assignments.append(PlannedAssignment(
                    target: .module(moduleID), unit: unit, dueOn: asOf.adding(days: -45), from: assignmentsFrom, endedOn: ended))
                if !(requiredModulesByUnit[unit] ?? []).contains(where: { $0.id == moduleID }) {
                    requiredModulesByUnit[unit, default: []].append(module)
                }
            }
        }
    }

    private static func officer(_ index: Int, random: inout SeededGenerator, asOf: CalendarDate) -> Officer {
        let (last, first): (String, String) = random.chance(0.04)
            ? random.pick(DemoNames.native) : (random.pick(DemoNames.last), random.pick(DemoNames.first))
        let badge = String(10_000 + index)
        let yearsOfService = random.chance(0.06) ? 0 : Int.random(in: 0...25, using: &random)
        let hire = asOf.adding(days: -(yearsOfService * 365 + Int.random(in: 20...360, using: &random)))
        let status: Officer.Status = random.chance(0.03) ? .separated : random.chance(0.02) ? .leave : .active
        let login = "\(first.lowercased().filter(\.isASCII).filter(\.isLetter).prefix(1))"
            + "\(last.lowercased().filter(\.isASCII).filter(\.isLetter).prefix(12))\(index)"
        return Officer(
            badge: badge, lastName: last, firstName: first, unit: random.pick(DemoNames.units),
            rank: random.pick(DemoNames.ranks), email: "\(login)@agency.example", login: login,
            hireDate: hire, status: status)
    }

    /// The history of the officer at `index`, derived from the seed alone so it can be generated
    /// in any order, a batch at a time, without holding millions of records in memory.
    public func history(of officer: Officer, index: Int) -> History {
        var random = SeededGenerator(seed: seed &* 31 &+ UInt64(index) &* 0x5851_F42D_4C95_7F2D)
        var history = History()
        let service = self.service(of: officer, index: index)
        let lastDay = service.separatedOn.map { $0.adding(days: -1) } ?? asOf
        // An officer's records follow the unit they are in now; a transferred officer trained there before too.
        let modules = (requiredModulesByUnit[officer.unit ?? ""] ?? []).sorted { ($0.refresherOf != nil ? 1 : 0) < ($1.refresherOf != nil ? 1 : 0) }
        let diligence = random.chance(0.8) ? 0.995 : random.chance(0.7) ? 0.9 : 0.6
        let historyStart = max(officer.hireDate ?? asOf, asOf.adding(days: -5 * 365))
        var firstPass: [String: CalendarDate] = [:]
        for module in modules {
            var day = historyStart.adding(days: Int.random(in: 5...75, using: &random))
            // A refresher is first owed a year after the initial course (`first_due_months`).
            if let initial = module.refresherOf.flatMap({ firstPass[$0] }), let months = module.firstDueMonths {
                day = initial.adding(months: months).adding(days: -Int.random(in: 5...40, using: &random))
            }
            while day <= lastDay {
                let failed = module.assessment.passMark != nil && random.chance(0.04)
                if failed {
                    history.completions.append(completion(module, on: day, passed: false, random: &random))
                    day = day.adding(days: Int.random(in: 7...21, using: &random))
                    if day > lastDay { break }
                }
                var done = completion(module, on: day, passed: true, random: &random)
                if random.chance(0.004) { done.voidReason = "Entered against the wrong badge; see roster correction" }
                // A few sign-in sheets show an officer who left early: too few hours to count.
                if random.chance(0.003) { done.hours = module.hours / 4 }
                history.completions.append(done)
                if firstPass[module.id] == nil { firstPass[module.id] = day }
                guard let expires = module.validity.expiresOn(completedOn: day) else { break }
                let onTime = random.chance(diligence)
                if module.validity == .calendarYear {
                    // Valid through December 31: the next one is owed during the following year.
                    day = expires.adding(days: onTime ? Int.random(in: 3...300, using: &random) : Int.random(in: 330...500, using: &random))
                } else {
                    // Most renew a little early; the less diligent sometimes let it lapse.
                    day = onTime
                        ? expires.adding(days: -Int.random(in: 5...60, using: &random))
                        : expires.adding(days: Int.random(in: 20...240, using: &random))
                }
            }
        }
        addCarryCases(to: &history, modules: modules, lastDay: lastDay, random: &random)
        return history
    }

    func completion(_ module: Module, on day: CalendarDate, passed: Bool, random: inout SeededGenerator) -> PlannedCompletion {
        var score: Int?
        if let passMark = module.assessment.passMark {
            score = passed ? Int.random(in: passMark...100, using: &random) : Int.random(in: max(0, passMark - 25)..<passMark, using: &random)
        }
        return PlannedCompletion(
            moduleID: module.id, completedOn: day, result: passed ? .pass : .fail, score: score, hours: module.hours,
            instructor: random.pick(DemoNames.instructors))
    }
}
