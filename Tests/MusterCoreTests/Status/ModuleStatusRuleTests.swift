import MusterCore
import Testing

private typealias F = StatusFixtures

@Suite("Module status rules, first match wins")
struct ModuleStatusRuleTests {
    // Completed 2024-03-04, rolling 12 months: expires 2025-03-04, a 30-day window opens 2025-02-02.
    @Test("the expiring window: current before it, expiring inside it, expired from expires_on", arguments: [
        ("2024-03-04", ModuleStatus.current),
        ("2025-02-01", .current),
        ("2025-02-02", .expiring),
        ("2025-03-03", .expiring),
        ("2025-03-04", .expired),
        ("2026-07-01", .expired),
    ])
    func window(asOf: String, expected: ModuleStatus) {
        let standing = F.standing(completions: [F.completion(1, on: "2024-03-04")], asOf: asOf)
        #expect(standing.status == expected)
        #expect(standing.expiringWindowOpensOn == F.date("2025-02-02"))
        #expect(standing.basis?.id == 1)
    }

    @Test("a zero-day window goes straight from current to expired", arguments: [
        ("2025-03-03", ModuleStatus.current),
        ("2025-03-04", .expired),
    ])
    func zeroWindow(asOf: String, expected: ModuleStatus) {
        let standing = F.standing(
            module: F.module(window: 0), completions: [F.completion(1, on: "2024-03-04")], asOf: asOf)
        #expect(standing.status == expected)
    }

    @Test("overdue only strictly after the due date; assigned on and before it, or with no due date", arguments: [
        ("2025-06-29", "2025-06-30" as String?, ModuleStatus.assigned),
        ("2025-06-30", "2025-06-30", .assigned),
        ("2025-07-01", "2025-06-30", .overdue),
        ("2030-01-01", nil, .assigned),
    ])
    func dueDate(asOf: String, due: String?, expected: ModuleStatus) {
        let standing = F.standing(due: due, asOf: asOf)
        #expect(standing.status == expected)
        #expect(standing.dueOn == due.map(F.date))
        #expect(standing.basis == nil)
        #expect(standing.completedOn == nil)
    }

    @Test("an expired completion is expired, not overdue, even past the due date")
    func expiredBeatsOverdue() {
        let standing = F.standing(completions: [F.completion(1, on: "2023-01-10")], due: "2023-02-01", asOf: "2025-01-01")
        #expect(standing.status == .expired)
    }

    @Test("version acceptance: below accepts_from does not count, at or above it counts", arguments: [
        ("2022.9", false),
        ("2023", false),
        ("2023.0.9", false),
        ("2023.1", true),
        ("2023.1.0", true),
        ("2023.10", true),
        ("2024.1", true),
    ])
    func versionAcceptance(version: String, counts: Bool) {
        let standing = F.standing(
            module: F.module(version: "2024.2", acceptsFrom: "2023.1"),
            completions: [F.completion(1, on: "2024-05-01", version: version)], due: "2024-06-01", asOf: "2024-07-01")
        #expect(standing.status == (counts ? .current : .overdue))
        #expect(standing.evidence.map(\.verdict.counts) == [counts])
    }

    @Test("a module without accepts_from counts every version")
    func everyVersionCounts() {
        let standing = F.standing(
            module: F.module(version: "2024.2"), completions: [F.completion(1, on: "2024-05-01", version: "1")],
            asOf: "2024-07-01")
        #expect(standing.status == .current)
    }

    @Test("the newest loaded module version decides acceptance and validity")
    func newestVersionDecides() {
        let old = F.module(version: "2023.1", validity: .once)
        let new = F.module(version: "2024.1", validity: .rolling(months: 12), acceptsFrom: "2023.5")
        let engine = StatusEngine(curriculum: Curriculum(modules: [new, old]))
        let records = OfficerRecords(
            officer: F.officer(), assignments: [F.assignModule()],
            completions: [F.completion(1, on: "2024-01-10", version: "2023.1"), F.completion(2, on: "2023-01-10", version: "2024.1")])
        let standing = engine.moduleStandings(for: records, asOf: F.date("2024-06-01"))[0]
        #expect(standing.basis?.id == 2)
        #expect(standing.expiresOn == F.date("2024-01-10"))
        #expect(standing.status == .expired)
    }

    @Test("attempts that do not count leave the module uncompleted", arguments: [
        (F.completion(1, on: "2024-05-01", result: .fail), [Disqualification.failed]),
        (F.completion(1, on: "2024-05-01", voided: "wrong officer"), [.voided(reason: "wrong officer")]),
        (F.completion(1, on: "2024-07-02"), [.completedAfterAsOf(F.date("2024-07-01"))]),
        (F.completion(1, on: "2024-05-01", result: .fail, voided: "duplicate entry"),
         [.voided(reason: "duplicate entry"), .failed]),
    ])
    func discounted(completion: Completion, reasons: [Disqualification]) {
        let standing = F.standing(completions: [completion], due: "2024-06-01", asOf: "2024-07-01")
        #expect(standing.status == .overdue)
        #expect(standing.basis == nil)
        #expect(standing.evidence.map(\.verdict) == [.doesNotCount(reasons)])
    }

    @Test("a completion on the as-of date counts")
    func completedOnAsOfCounts() {
        let standing = F.standing(completions: [F.completion(1, on: "2024-07-01")], asOf: "2024-07-01")
        #expect(standing.status == .current)
    }

    @Test("another officer's completions and waivers never count, even if grouped by mistake")
    func otherOfficersRecordsIgnored() {
        let stranger = F.completion(1, on: "2024-05-01", badge: "B-999")
        var waiver = F.waiver(2, from: "2024-01-01", until: nil)
        waiver.badge = "B-999"
        let standing = F.standing(completions: [stranger], waivers: [waiver], due: "2024-06-01", asOf: "2024-07-01")
        #expect(standing.status == .overdue)
        #expect(standing.evidence.isEmpty)
    }

    // Due 2024-06-01; after a waiver ends the module is due no earlier than 30 days on (2026-01-30 here).
    @Test("waivers cover from and until inclusive, or open-ended", arguments: [
        ("2025-01-01", "2025-12-31" as String?, "2024-12-31", ModuleStatus.overdue),
        ("2025-01-01", "2025-12-31", "2025-01-01", .waived),
        ("2025-01-01", "2025-12-31", "2025-12-31", .waived),
        ("2025-01-01", "2025-12-31", "2026-01-01", .assigned),
        ("2025-01-01", "2025-12-31", "2026-01-30", .assigned),
        ("2025-01-01", "2025-12-31", "2026-01-31", .overdue),
        ("2025-01-01", nil, "2024-12-31", .overdue),
        ("2025-01-01", nil, "2040-01-01", .waived),
    ])
    func waiverPeriod(from: String, until: String?, asOf: String, expected: ModuleStatus) {
        let waived = expected == .waived
        let standing = F.standing(waivers: [F.waiver(12, from: from, until: until)], due: "2024-06-01", asOf: asOf)
        #expect(standing.status == expected)
        #expect(standing.waiver?.id == (waived ? 12 : nil))
    }

    @Test("a waiver wins over every other status, and the completion it overrides is still reported", arguments: [
        "2024-06-01", "2025-02-15", "2025-06-01",
    ])
    func waiverWinsFirst(asOf: String) {
        let standing = F.standing(
            completions: [F.completion(1, on: "2024-03-04")], waivers: [F.waiver(12, from: "2024-01-01", until: nil)],
            asOf: asOf)
        #expect(standing.status == .waived)
        #expect(standing.basis?.id == 1)
        #expect(standing.expiresOn == F.date("2025-03-04"))
    }

    @Test("among covering waivers the one running longest is cited")
    func longestWaiverCited() {
        let standing = F.standing(
            waivers: [F.waiver(1, from: "2025-01-01", until: "2025-03-01"), F.waiver(2, from: "2025-02-01", until: nil),
                      F.waiver(3, from: "2025-01-15", until: "2025-12-31")],
            asOf: "2025-02-15")
        #expect(standing.waiver?.id == 2)
        #expect(standing.otherWaivers.map(\.id) == [1, 3])
    }

    @Test("the best counting completion expires last; ties go to the later completion, then the higher id", arguments: [
        // Later completion, later expiry.
        ([F.completion(1, on: "2024-01-10"), F.completion(2, on: "2024-06-10")], 2),
        // Month-end clamping gives two completions the same expiry: the later completion wins.
        ([F.completion(3, on: "2024-01-31"), F.completion(4, on: "2024-01-30")], 3),
        // Same day, same expiry: the higher id wins whatever the order given.
        ([F.completion(9, on: "2024-05-05"), F.completion(5, on: "2024-05-05")], 9),
        // A newer pass at a rejected version does not displace an older accepted one.
        ([F.completion(6, on: "2024-02-01"), F.completion(7, on: "2024-04-01", version: "2022.1")], 6),
        // A newer failure does not displace an older pass.
        ([F.completion(8, on: "2024-02-01"), F.completion(10, on: "2024-04-01", result: .fail)], 8),
    ] as [([Completion], Int64)])
    func bestCompletion(completions: [Completion], best: Int64) {
        let standing = F.standing(
            module: F.module(validity: .rolling(months: 1), acceptsFrom: "2023.1"), completions: completions,
            asOf: "2024-07-01")
        #expect(standing.basis?.id == best)
    }

    @Test("a never-expiring completion outranks any dated one")
    func neverExpiringIsLatest() {
        // Both completions at the newest module's rules: `once`, so both never expire; the later wins.
        let standing = F.standing(
            module: F.module(validity: .once),
            completions: [F.completion(1, on: "2024-06-01"), F.completion(2, on: "2020-01-01")], asOf: "2024-07-01")
        #expect(standing.basis?.id == 1)
        #expect(standing.status == .current)
    }

    @Test("calendar_year completions of one year expire together on 1 January two years on; the later is the basis")
    func calendarYearTie() {
        let standing = F.standing(
            module: F.module(validity: .calendarYear, window: 0),
            completions: [F.completion(1, on: "2024-11-01"), F.completion(2, on: "2024-03-01")], asOf: "2024-12-31")
        #expect(standing.basis?.id == 1)
        #expect(standing.expiresOn == F.date("2026-01-01"))
        #expect(standing.status == .current)
    }

    @Test("evidence lists every completion of the module, newest first, ignoring other modules")
    func evidenceOrder() {
        let standing = F.standing(
            completions: [F.completion(1, on: "2023-01-01"), F.completion(2, on: "2024-01-01", module: "other"),
                          F.completion(3, on: "2024-02-01", result: .fail), F.completion(4, on: "2023-06-01")],
            asOf: "2024-07-01")
        #expect(standing.evidence.map(\.completion.id) == [3, 4, 1])
    }
}
