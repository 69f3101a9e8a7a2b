import MusterCore
import Testing

private typealias F = StatusFixtures

@Suite("Status explanations (--explain)")
struct StatusExplanationTests {
    @Test("the one-line reason names what each status rests on", arguments: [
        (F.standing(completions: [F.completion(1, on: "2025-03-04")], asOf: "2025-11-23"),
         "current: passed 2025-03-04 (version 2023.1), expires 2026-03-04; expiring window opens 2026-02-02 (in 71 days)"),
        (F.standing(completions: [F.completion(1, on: "2025-03-04")], asOf: "2026-02-20"),
         "expiring: passed 2025-03-04 (version 2023.1), expires 2026-03-04 (in 12 days); expiring window opened 2026-02-02"),
        (F.standing(completions: [F.completion(1, on: "2024-03-04")], asOf: "2025-04-18"),
         "expired: passed 2024-03-04 (version 2023.1), expired 2025-03-04 (45 days ago)"),
        (F.standing(module: F.module(validity: .once), completions: [F.completion(1, on: "2019-01-02")], asOf: "2025-01-01"),
         "current: passed 2019-01-02 (version 2023.1), never expires"),
        (F.standing(module: F.module(window: 0), completions: [F.completion(1, on: "2025-03-04")], asOf: "2025-11-23"),
         "current: passed 2025-03-04 (version 2023.1), expires 2026-03-04"),
        (F.standing(due: "2025-06-30", asOf: "2025-11-23"),
         "overdue: no counting completion; due 2025-06-30 (146 days ago)"),
        (F.standing(due: "2025-06-30", asOf: "2025-06-30"), "assigned: no counting completion; due 2025-06-30 (today)"),
        (F.standing(due: "2025-06-30", asOf: "2025-06-29"), "assigned: no counting completion; due 2025-06-30 (tomorrow)"),
        (F.standing(due: "2025-06-30", asOf: "2025-07-01"), "overdue: no counting completion; due 2025-06-30 (yesterday)"),
        (F.standing(due: "2025-06-30", asOf: "2025-06-20"), "assigned: no counting completion; due 2025-06-30 (in 10 days)"),
        (F.standing(asOf: "2025-06-20"), "assigned: no counting completion; no due date"),
        (F.standing(completions: [F.completion(7, on: "2025-05-01", result: .fail), F.completion(8, on: "2025-05-02", result: .fail)],
                    due: "2025-06-30", asOf: "2025-07-30"),
         "overdue: no counting completion (2 recorded completions do not count); due 2025-06-30 (30 days ago)"),
        (F.standing(waivers: [F.waiver(12, from: "2025-01-01", until: "2025-12-31")], asOf: "2025-06-01"),
         "waived: waiver #12 from 2025-01-01 until 2025-12-31 — medical leave"),
        (F.standing(waivers: [F.waiver(13, from: "2025-01-01", until: nil, reason: "")], asOf: "2025-06-01"),
         "waived: waiver #13 from 2025-01-01, open-ended"),
    ])
    func reason(standing: ModuleStanding, expected: String) {
        #expect(standing.reason == expected)
    }

    @Test("notes explain what requires the module and why each completion does or does not count")
    func notes() {
        let standing = F.standing(
            module: F.module(version: "2024.1", acceptsFrom: "2023.1"),
            completions: [
                F.completion(7, on: "2022-05-01", result: .fail),
                F.completion(8, on: "2022-06-01", voided: "wrong officer"),
                F.completion(9, on: "2022-07-01", version: "2020.1"),
                F.completion(10, on: "2024-03-04"),
                F.completion(11, on: "2025-03-04"),
                F.completion(12, on: "2025-12-01"),
            ],
            waivers: [F.waiver(3, from: "2024-01-01", until: "2024-02-01", reason: "injury")],
            due: "2025-06-30", asOf: "2025-11-23")
        #expect(standing.status == .current)
        #expect(standing.notes == [
            "required by assignment #1: module firearms-qual assigned to officer B-100 on 2023-01-02, due 2025-06-30",
            "waiver #3 from 2024-01-01 until 2024-02-01 — injury does not cover 2025-11-23 (ended 2024-02-01)",
            "completion #12 on 2025-12-01 does not count: completed after the as-of date 2025-11-23",
            "completion #11 on 2025-03-04 (version 2023.1) counts and expires 2026-03-04; the status rests on it",
            "completion #10 on 2024-03-04 (version 2023.1) counts and expired 2025-03-04, but #11 expires later",
            "completion #9 on 2022-07-01 (predates the module's first version, in force 2023-01-01) (version 2020.1) counts "
                + "and expired 2023-01-01 (superseded by version 2024.1), but #11 expires later",
            "completion #8 on 2022-06-01 (predates the module's first version, in force 2023-01-01) does not count: voided: wrong officer",
            "completion #7 on 2022-05-01 (predates the module's first version, in force 2023-01-01) does not count: failed",
        ])
    }

    @Test("a waived module's notes say the waiver takes precedence over a counting completion, and cite other waivers")
    func waivedNotes() {
        let standing = F.standing(
            completions: [F.completion(4, on: "2025-03-04")],
            waivers: [F.waiver(12, from: "2025-01-01", until: "2025-12-31"), F.waiver(14, from: "2026-01-01", until: nil),
                      F.waiver(13, from: "2025-02-01", until: "2025-10-31")],
            asOf: "2025-06-01")
        #expect(standing.waiver?.id == 12)
        #expect(Array(standing.notes.dropFirst()) == [
            "waiver #13 from 2025-02-01 until 2025-10-31 — medical leave also covers 2025-06-01",
            "waiver #14 from 2026-01-01, open-ended — medical leave does not cover 2025-06-01: it starts in 214 days",
            "completion #4 on 2025-03-04 (version 2023.1) counts and expires 2026-03-04; the waiver takes precedence",
        ])
    }

    @Test("a tie on expiry is explained as the more recent completion winning")
    func tieNote() {
        let standing = F.standing(
            module: F.module(validity: .calendarYear, window: 0),
            completions: [F.completion(1, on: "2024-11-01"), F.completion(2, on: "2024-03-01")], asOf: "2024-12-01")
        #expect(standing.notes.last == "completion #2 on 2024-03-01 (version 2023.1) counts and expires 2026-01-01, but #1 is more recent")
    }

    @Test("certification reasons name the deciding modules")
    func certificationReasons() {
        func module(_ id: String, _ status: ModuleStatus, expires: String? = nil) -> ModuleStanding {
            ModuleStanding(badge: F.badge, moduleID: id, status: status, asOf: F.date("2025-01-01"), expiresOn: expires.map(F.date))
        }
        let cases: [([ModuleStanding], String)] = [
            ([module("a", .current, expires: "2025-06-01"), module("b", .waived, expires: "2025-02-01"), module("c", .current)],
             "certified: all 3 modules current or waived; certified until 2025-06-01 (a expires first)"),
            ([module("a", .waived), module("b", .current)], "certified: all 2 modules current or waived; no module expires"),
            ([module("a", .expiring, expires: "2025-01-20"), module("b", .current, expires: "2025-09-01")],
             "expiring: a in the expiring window; certified until 2025-01-20 (a expires first)"),
            ([module("a", .expired), module("b", .overdue), module("c", .current)], "lapsed: a expired, b overdue"),
            ([module("a", .current), module("b", .assigned), module("c", .assigned)],
             "in-progress: 1 of 3 modules current, expiring or waived; still needed: b, c"),
            ([module("a", .assigned)], "not-started: none of 1 module current, expiring or waived"),
        ]
        for (modules, expected) in cases {
            let standing = CertificationStanding(badge: F.badge, certificationID: "x", modules: modules)
            #expect(standing.reason == expected)
        }
    }
}
