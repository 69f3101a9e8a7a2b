import MusterCore

// An officer's service over the years, beside the roster row: when they joined their current unit, when they
// separated, when they went on leave. Drawn from a generator of its own per officer, so the roster itself (names,
// units, hire dates) comes out the same whatever is planned here.

extension DemoAgency {
    public struct Service: Sendable, Equatable {
        /// The unit they moved from, and the day they joined their current unit.
        public var transfer: (from: String, on: CalendarDate)?
        /// For a separated officer: the first day they no longer served.
        public var separatedOn: CalendarDate?
        /// For an officer on leave: the first day of leave, and its last when it has one.
        public var leave: (from: CalendarDate, until: CalendarDate?)?

        public static func == (lhs: Service, rhs: Service) -> Bool {
            lhs.transfer?.from == rhs.transfer?.from && lhs.transfer?.on == rhs.transfer?.on
                && lhs.separatedOn == rhs.separatedOn && lhs.leave?.from == rhs.leave?.from && lhs.leave?.until == rhs.leave?.until
        }
    }

    /// The officer's service, derived from the seed and the officer alone.
    public func service(of officer: Officer, index: Int) -> Service {
        var random = SeededGenerator(seed: seed &* 17 &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
        var service = Service()
        let hired = officer.hireDate ?? asOf.adding(days: -3650)
        let served = hired.days(until: asOf)
        if officer.status == .separated {
            service.separatedOn = asOf.adding(days: -Int.random(in: 10...max(10, min(900, served - 1)), using: &random))
        }
        if officer.status == .leave {
            // Leave starts 30–200 days back, but never before the hire date: someone hired under a month ago
            // starts the day after.
            let longest = max(1, min(200, served - 1))
            let from = asOf.adding(days: -Int.random(in: min(30, longest)...longest, using: &random))
            service.leave = (from, random.chance(0.5) ? asOf.adding(days: Int.random(in: 30...180, using: &random)) : nil)
        }
        if served > 400, random.chance(0.05), let unit = officer.unit {
            let others = DemoNames.units.filter { $0 != unit }
            let on = asOf.adding(days: -Int.random(in: 30...min(700, served - 60), using: &random))
            if service.separatedOn.map({ on < $0 }) ?? true { service.transfer = (random.pick(others), on) }
        }
        return service
    }

    /// The cases the carry authorisation exists for: a medical waiver of the device qualification (which suspends
    /// it), and a failed re-qualification after the last pass (which suspends it until a later pass).
    func addCarryCases(
        to history: inout History, modules: [Module], lastDay: CalendarDate, random: inout SeededGenerator
    ) {
        guard let qualification = modules.first(where: \.failureSuspends) else { return }
        if random.chance(0.015) {
            history.waivers.append(PlannedWaiver(
                moduleID: qualification.id, reason: "Medical restriction: no conducted-energy-weapon exposure or deployment",
                from: lastDay.adding(days: -Int.random(in: 20...150, using: &random)),
                until: random.chance(0.6) ? lastDay.adding(days: Int.random(in: 30...200, using: &random)) : nil))
        }
        let lastPass = history.completions.last { $0.moduleID == qualification.id && $0.result == .pass }
        if let lastPass, random.chance(0.02) {
            let day = min(lastDay, lastPass.completedOn.adding(days: Int.random(in: 60...200, using: &random)))
            if lastPass.completedOn < day {
                history.completions.append(completion(qualification, on: day, passed: false, random: &random))
            }
        }
    }
}
