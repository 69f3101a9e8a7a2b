import MusterCore
import Testing

private typealias F = ProgramFixtures
private typealias R = RuleFixtures

@Suite("Programs: new officers and waivers")
struct ProgramProrationTests {
    @Test("a newcomer owes the whole months left after entry (its own month only on the 1st), rounded up", arguments: [
        ("2025-09-01", NewOfficerRule.prorate, 40.0),   // the cycle's first day: the whole cycle
        ("2026-09-01", .prorate, 20.0),                 // 12 of 24 months
        ("2026-09-02", .prorate, 19.0),                 // 11 of 24: ⌈18.33⌉
        ("2027-08-15", .prorate, 0.0),                  // no whole month left
        ("2026-09-02", .full, 40.0),
        ("2026-09-02", .exemptFirstCycle, 0.0),
    ])
    func newOfficers(hired: String, rule: NewOfficerRule, required: Double) throws {
        let standing = try #require(F.standing(F.program(newOfficers: rule), hired: hired, asOf: "2027-08-20"))
        #expect(standing.hoursRequired == required)
    }

    @Test("minimums are pro-rated like the hours")
    func proratedMinimums() throws {
        let program = F.program(minimums: [ProgramMinimum(name: "De-escalation", area: .deEscalation, hours: 4)])
        let standing = try #require(F.standing(program, hired: "2026-09-02", asOf: "2027-01-01"))
        #expect(standing.minimums[0].required == 2)   // ⌈4 × 11 / 24⌉
    }

    @Test("a pro-rating waiver takes out the whole months it covers; never-waivable minimums keep theirs", arguments: [
        ("2026-01-01", "2026-06-30", 30.0, 4.0),        // 6 whole months: ⌈40 × 18 / 24⌉
        ("2026-01-15", "2026-06-30", 32.0, 4.0),        // January is not whole: 5 months
        ("2026-01-02", "2026-02-27", 40.0, 4.0),        // no whole month
        ("2026-01-01", "2026-02-14", 39.0, 4.0),        // January: ⌈40 × 23 / 24⌉
        ("2025-01-01", "2027-12-31", 0.0, 4.0),         // the whole cycle
    ])
    func proratedWaivers(from: String, until: String, required: Double, neverRequired: Double) throws {
        let program = F.program(
            minimums: [ProgramMinimum(name: "De-escalation (1849)", modules: ["deesc"], hours: 4),
                       ProgramMinimum(name: "Less-lethal", area: .lessLethalForce, hours: 4)],
            waivers: ProgramWaiverRule(prorate: true, never: ["De-escalation (1849)"]))
        let standing = try #require(F.standing(program, waivers: [(from, until)], asOf: "2027-01-01"))
        #expect(standing.hoursRequired == required)
        #expect(standing.minimums[0].required == neverRequired)
        #expect(standing.requirement.waivers.count == 1)
    }

    @Test("a newcomer's months and a waiver's come off the same fraction")
    func newcomerAndWaiver() throws {
        let program = F.program(waivers: ProgramWaiverRule(prorate: true))
        // In scope from 2026-09-01 (12 months), 3 of them waived: ⌈40 × 9 / 24⌉ = 15.
        let standing = try #require(F.standing(program, hired: "2026-09-01", waivers: [("2026-10-01", "2026-12-31")],
                                               asOf: "2027-01-01"))
        #expect(standing.hoursRequired == 15)
        #expect(standing.requirement.monthsInScope == 12)
        #expect(standing.requirement.monthsWaived == 3)
    }

    @Test("without prorate a waiver excuses the cycle outright, never-waivable minimums and once-every aside")
    func excusingWaiver() throws {
        let program = F.program(
            minimums: [ProgramMinimum(name: "De-escalation (1849)", modules: ["deesc"], hours: 4),
                       ProgramMinimum(name: "Less-lethal", area: .lessLethalForce, hours: 4)],
            onceEvery: [OnceEvery(modules: ["baton"], cycles: 1)],
            waivers: ProgramWaiverRule(prorate: false, never: ["De-escalation (1849)"]), effective: "2025-09-01")
        let standing = try #require(F.standing(program, completions: [F.pass(1, "deesc", on: "2026-02-01")],
                                               waivers: [("2026-01-10", "2026-01-20")], asOf: "2027-01-01"))
        #expect(standing.hoursRequired == 0)
        #expect(standing.minimums.map(\.required) == [4, 0])
        #expect(standing.owedCourses.map(\.met) == [false])
        #expect(standing.status == .inProgress)
    }
}
