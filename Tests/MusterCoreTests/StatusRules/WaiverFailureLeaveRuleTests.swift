import MusterCore
import Testing

private typealias R = RuleFixtures

@Suite("Rules 8–10: waivers, failed re-qualification, leave")
struct WaiverFailureLeaveRuleTests {
    static func curriculum(waivable: Bool) -> Curriculum {
        Curriculum(
            modules: [R.module("uof-policy-annual", validity: .rolling(months: 12)),
                      R.module("uof-less-lethal-cew", failureSuspends: true)],
            certifications: [R.certification("cert-less-lethal-cew", modules: ["uof-policy-annual", "uof-less-lethal-cew"],
                                             waivable: waivable)])
    }
    static let assignment = R.assign(1, .certification("cert-less-lethal-cew"), due: "2026-03-31", from: "2026-01-01")

    // The case: CEW waived until 2026-06-30, policy passed 2026-01-01 (expires 2027-01-01).
    @Test("rule 8: certified until the earliest of expiries and waiver ends; a carry authorisation is suspended", arguments: [
        (true, CertificationStatus.certified, "2026-07-01" as String?, OfficerCompliance.certified),
        (false, .suspended, nil, .suspended),
    ])
    func waived(waivable: Bool, expected: CertificationStatus, until: String?, word: OfficerCompliance) {
        let records = (
            assignments: [Self.assignment], completions: [R.completion(1, "uof-policy-annual", on: "2026-01-01")],
            waivers: [R.waiver(1, "uof-less-lethal-cew", from: "2026-01-01", until: "2026-06-30")])
        let standing = R.officerStanding(
            Self.curriculum(waivable: waivable), assignments: records.assignments, completions: records.completions,
            waivers: records.waivers, asOf: "2026-03-01")
        let certification = standing.certifications[0]
        #expect(certification.status == expected)
        #expect(certification.certifiedUntil == until.map(R.date))
        #expect(certification.notes.contains("uof-less-lethal-cew waived by waiver #1, until 2026-06-30"))
        // The dashboard's word for the officer, from the report lines, agrees with the certification.
        let lines = R.standings(
            Self.curriculum(waivable: waivable), assignments: records.assignments, completions: records.completions,
            waivers: records.waivers, asOf: "2026-03-01").map(\.line)
        #expect(lines.map(\.status).contains(.waived))
        #expect(OfficerCompliance(lines: lines) == word)
    }

    @Test("rule 8: after a waiver ends, a module with nothing counting is due no earlier than 30 days on", arguments: [
        ("2026-07-30", ModuleStatus.assigned),
        ("2026-07-31", .overdue),
    ])
    func waiverEnd(asOf: String, expected: ModuleStatus) {
        let standing = R.standings(
            Self.curriculum(waivable: true), assignments: [Self.assignment],
            waivers: [R.waiver(1, "uof-less-lethal-cew", from: "2026-01-01", until: "2026-06-30")], asOf: asOf)[0]
        #expect(standing.moduleID == "uof-less-lethal-cew")
        #expect(standing.status == expected)
        #expect(standing.dueOn == R.date("2026-07-30"))
    }

    @Test("rule 9: a failed re-qualification after the basis is failed, and suspends the certification until a pass", arguments: [
        ([R.completion(1, "uof-less-lethal-cew", on: "2026-01-10"),
          R.completion(2, "uof-less-lethal-cew", on: "2026-05-02", result: .fail)], ModuleStatus.failed, CertificationStatus.suspended),
        ([R.completion(1, "uof-less-lethal-cew", on: "2026-01-10"),
          R.completion(2, "uof-less-lethal-cew", on: "2026-05-02", result: .fail),
          R.completion(3, "uof-less-lethal-cew", on: "2026-05-20")], .current, .certified),
        ([R.completion(1, "uof-less-lethal-cew", on: "2026-01-10", result: .fail),
          R.completion(2, "uof-less-lethal-cew", on: "2026-02-01")], .current, .certified),
        ([R.completion(1, "uof-less-lethal-cew", on: "2026-01-10"),
          R.completion(2, "uof-less-lethal-cew", on: "2026-05-02", result: .fail, voided: "wrong officer")], .current, .certified),
    ] as [([Completion], ModuleStatus, CertificationStatus)])
    func failed(completions: [Completion], module: ModuleStatus, certification: CertificationStatus) {
        let standing = R.officerStanding(
            Self.curriculum(waivable: false), assignments: [Self.assignment],
            completions: completions + [R.completion(9, "uof-policy-annual", on: "2026-01-01")], asOf: "2026-06-01")
        #expect(standing.modules.first { $0.moduleID == "uof-less-lethal-cew" }?.status == module)
        #expect(standing.certifications[0].status == certification)
    }

    @Test("rule 9: without failure_suspends a later fail leaves the pass standing")
    func failureWithoutSuspension() {
        let standing = R.standings(
            Self.curriculum(waivable: true), assignments: [Self.assignment],
            completions: [R.completion(1, "uof-policy-annual", on: "2026-01-10"),
                          R.completion(2, "uof-policy-annual", on: "2026-05-02", result: .fail)], asOf: "2026-06-01")
        #expect(standing.first { $0.moduleID == "uof-policy-annual" }?.status == .current)
    }

    static let leave = R.fact(1, on: "2026-05-01", .leave(until: R.date("2026-06-30")))

    @Test("rule 10: on leave, expired or overdue shows on-leave; a due date in the leave moves to 30 days after it", arguments: [
        ("2026-04-30", "2026-05-15", ModuleStatus.assigned, "2026-05-15"),
        ("2026-05-20", "2026-05-15", .assigned, "2026-07-31"),
        ("2026-07-31", "2026-05-15", .assigned, "2026-07-31"),
        ("2026-08-01", "2026-05-15", .overdue, "2026-07-31"),
        ("2026-05-20", "2026-04-15", .onLeave, "2026-04-15"),
        ("2026-07-01", "2026-04-15", .overdue, "2026-04-15"),
    ])
    func onLeave(asOf: String, due: String, expected: ModuleStatus, owed: String) {
        let standing = R.standings(
            Self.curriculum(waivable: true), assignments: [R.assign(1, .module("uof-policy-annual"), due: due, from: "2026-01-01")],
            facts: [Self.leave], asOf: asOf)[0]
        #expect(standing.status == expected)
        #expect(standing.dueOn == R.date(owed))
    }

    @Test("rule 10: an expired module shows on-leave during an open leave, and expired after the return")
    func expiredOnLeave() {
        let facts = [R.fact(1, on: "2027-01-15", .leave(until: nil)), R.fact(2, on: "2027-03-01", .returned)]
        let completions = [R.completion(1, "uof-policy-annual", on: "2026-01-01")]
        let during = R.standings(Self.curriculum(waivable: true), assignments: [Self.assignment], completions: completions,
                                 facts: facts, asOf: "2027-02-01")
        let after = R.standings(Self.curriculum(waivable: true), assignments: [Self.assignment], completions: completions,
                                facts: facts, asOf: "2027-03-01")
        #expect(during.first { $0.moduleID == "uof-policy-annual" }?.status == .onLeave)
        #expect(after.first { $0.moduleID == "uof-policy-annual" }?.status == .expired)
    }
}
