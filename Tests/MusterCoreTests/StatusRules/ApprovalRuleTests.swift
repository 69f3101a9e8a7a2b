import MusterCore
import Testing

private typealias R = RuleFixtures

/// Rule 4 with reviews: a later version binds from the later of its `effective` and its approval, never while
/// pending, and its `retrain_within_days` count from then; an approval dated after a day changes nothing of that day.
@Suite("Rule 4 with reviews: a version binds from the later of its effective date and its approval")
struct ApprovalRuleTests {
    static func revised(_ approval: VersionApproval, retrain: Int = 0) -> Module {
        var module = VersionRuleTests.revised(retrain: retrain)
        module.approval = approval
        return module
    }

    static func day(_ text: String) -> CalendarDate { R.date(text) }

    // Passed 2026-06-01 under 2023.1 (expires 2028-06-01); 2026.1 (effective 2027-03-01) accepts from itself.
    @Test("the superseding version cuts older completions off from the later of effective and approval plus retrain", arguments: [
        (VersionApproval.pending, 0, "2027-03-01", ModuleStatus.current, "2028-06-01", "2023.1"),
        (.pending, 0, "2028-01-01", .current, "2028-06-01", "2023.1"),
        (.approvedAtLoad, 0, "2027-03-01", .expired, "2027-03-01", "2026.1"),
        (.approved(on: day("2027-01-10")), 0, "2027-03-01", .expired, "2027-03-01", "2026.1"),
        (.approved(on: day("2027-04-15")), 0, "2027-03-01", .current, "2028-06-01", "2023.1"),
        (.approved(on: day("2027-04-15")), 0, "2027-04-14", .current, "2028-06-01", "2023.1"),
        (.approved(on: day("2027-04-15")), 0, "2027-04-15", .expired, "2027-04-15", "2026.1"),
        (.approved(on: day("2027-04-15")), 30, "2027-04-15", .expiring, "2027-05-15", "2026.1"),
        (.approved(on: day("2027-04-15")), 30, "2027-05-15", .expired, "2027-05-15", "2026.1"),
    ])
    func bindsFromApproval(approval: VersionApproval, retrain: Int, asOf: String, expected: ModuleStatus, expires: String,
                           inForce: String) {
        let curriculum = Curriculum(modules: [VersionRuleTests.deadlyForce, Self.revised(approval, retrain: retrain)])
        let standing = R.standings(
            curriculum, assignments: [R.assign(1, .module("uof-deadly-force"))],
            completions: [R.completion(1, "uof-deadly-force", on: "2026-06-01")], asOf: asOf)[0]
        #expect(standing.status == expected)
        #expect(standing.expiresOn == R.date(expires))
        #expect(standing.versionInForce == R.version(inForce))
    }

    @Test("an approval dated after a day leaves that day's answer as it was while pending", arguments: [
        "2026-06-01", "2027-03-01", "2027-04-01", "2027-04-14",
    ])
    func approvalLeavesEarlierDaysAlone(asOf: String) {
        let assignments = [R.assign(1, .module("uof-deadly-force"))]
        let completions = [R.completion(1, "uof-deadly-force", on: "2026-06-01"), R.completion(2, "uof-deadly-force", on: "2027-03-20")]
        let pending = Curriculum(modules: [VersionRuleTests.deadlyForce, Self.revised(.pending)])
        let approved = Curriculum(modules: [VersionRuleTests.deadlyForce, Self.revised(.approved(on: Self.day("2027-04-15")))])
        let before = R.standings(pending, assignments: assignments, completions: completions, asOf: asOf)
        let after = R.standings(approved, assignments: assignments, completions: completions, asOf: asOf)
        #expect(after.map(\.line) == before.map(\.line))
    }

    @Test("a completion belongs to the version binding on its date; a pending version takes none", arguments: [
        (VersionApproval.pending, "2027-05-01", "2023.1"),
        (.approved(on: day("2027-04-15")), "2027-04-14", "2023.1"),
        (.approved(on: day("2027-04-15")), "2027-04-15", "2026.1"),
        (.approvedAtLoad, "2027-03-01", "2026.1"),
    ])
    func completionVersion(approval: VersionApproval, completedOn: String, expected: String) throws {
        let versions = [VersionRuleTests.deadlyForce, Self.revised(approval)]
        let chosen = try RecordRules.completionVersion(named: nil, completedOn: R.date(completedOn), among: versions)
        #expect(chosen.version == R.version(expected))
        let curriculum = Curriculum(modules: versions)
        #expect(curriculum.module("uof-deadly-force", forCompletionOn: R.date(completedOn))?.version == R.version(expected))
    }

    @Test("a completion may not name a pending version, nor an approved one before its approval")
    func namedVersion() {
        let pending = [VersionRuleTests.deadlyForce, Self.revised(.pending)]
        #expect(throws: RuleViolation.versionPending(version: R.version("2026.1"))) {
            try RecordRules.completionVersion(named: R.version("2026.1"), completedOn: R.date("2027-06-01"), among: pending)
        }
        let approved = [VersionRuleTests.deadlyForce, Self.revised(.approved(on: Self.day("2027-04-15")))]
        #expect(throws: RuleViolation.versionNotYetEffective(version: R.version("2026.1"), effective: R.date("2027-04-15"),
                                                             completedOn: R.date("2027-04-01"))) {
            try RecordRules.completionVersion(named: R.version("2026.1"), completedOn: R.date("2027-04-01"), among: approved)
        }
    }

    @Test("a module whose only version is pending is required of no one", arguments: [
        (VersionApproval.pending, nil as ModuleStatus?),
        (.approved(on: day("2025-02-01")), .overdue),
    ])
    func pendingFirstVersion(approval: VersionApproval, expected: ModuleStatus?) {
        var module = R.module("a", effective: "2025-01-01")
        module.approval = approval
        let standings = R.standings(Curriculum(modules: [module]), assignments: [R.assign(1, .module("a"), due: "2024-06-01")],
                                    asOf: "2025-03-01")
        #expect(standings.first?.status == expected)
    }

    @Test("approval wants every required role's latest sign-off to approve", arguments: [
        ([ReviewRole.approver], [(ReviewRole.approver, ReviewDecision.approve)], [ReviewRole]()),
        ([.civilRights, .approver], [(.approver, .approve)], [.civilRights]),
        ([.privacy, .approver], [(.privacy, .approve), (.approver, .approve), (.privacy, .changes)], [.privacy]),
        ([.privacy, .approver], [(.privacy, .changes), (.privacy, .approve), (.approver, .approve)], []),
        ([.counsel], [(.reviewer, .approve)], [.counsel]),
    ])
    func missingRoles(required: [ReviewRole], signOffs: [(ReviewRole, ReviewDecision)], missing: [ReviewRole]) {
        let given = signOffs.map { SignOff(role: $0.0, decision: $0.1, note: "n", login: "l", on: R.date("2026-01-01")) }
        #expect(ReviewRules.missing(required: required, signOffs: given) == missing)
    }
}
