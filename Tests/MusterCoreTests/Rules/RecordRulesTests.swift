import Testing
@testable import MusterCore

private func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
private let today = day("2025-06-15")

@Suite("Record rules")
struct RecordRulesTests {
    @Test("the pass mark decides the result when a score is given", arguments: [
        (Completion.Result?.none, Int?.none, Int?.none, Result<Completion.Result, RuleViolation>.success(.pass)),
        (.fail, nil, 80, .success(.fail)),
        (nil, 80, 80, .success(.pass)),
        (nil, 79, 80, .success(.fail)),
        (.fail, 79, 80, .success(.fail)),
        (.pass, 50, 80, .failure(.resultContradictsPassMark(result: .pass, score: 50, passMark: 80))),
        (.fail, 90, 80, .failure(.resultContradictsPassMark(result: .fail, score: 90, passMark: 80))),
        (nil, 40, nil, .success(.pass)),
        (.fail, 40, nil, .success(.fail)),
        (nil, 101, 80, .failure(.scoreOutOfRange(101))),
        (nil, -1, nil, .failure(.scoreOutOfRange(-1))),
    ])
    func decideResult(given: Completion.Result?, score: Int?, passMark: Int?, expected: Result<Completion.Result, RuleViolation>) {
        let decided = Result { () throws(RuleViolation) in
            try RecordRules.decideResult(given: given, score: score, passMark: passMark)
        }
        #expect(decided == expected)
    }

    @Test("hours are above 0 and at most the maximum", arguments: [
        (0.5, true), (4, true), (2000, true), (0, false), (-1, false), (2000.5, false), (.nan, false), (.infinity, false),
    ])
    func hours(hours: Double, allowed: Bool) {
        #expect(RecordRules.hoursAllowed(hours) == allowed)
        #expect(((try? RecordRules.checkHours(hours)) != nil) == allowed)
    }

    @Test("refusals name the field and say what is wrong, as import lines print them", arguments: [
        (RuleViolation.hoursOutOfRange(0), "hours", "0 must be greater than 0", "hours 0 must be greater than 0"),
        (.hoursOutOfRange(2500), "hours", "2500 is more than the 2000 one completion may claim",
         "hours 2500 is more than the 2000 one completion may claim"),
        (.scoreOutOfRange(101), "score", "101 is outside 0–100", "score 101 is outside 0–100"),
        (.futureDate(field: "completed_on", date: day("2025-06-16"), today: today), "completed_on",
         "2025-06-16 is in the future (today is 2025-06-15)", "completed_on 2025-06-16 is in the future (today is 2025-06-15)"),
        (.emptyField("reason"), "reason", "must not be empty", "reason must not be empty"),
        (.resultContradictsPassMark(result: .pass, score: 50, passMark: 80), "result",
         "result 'pass' contradicts score 50 with pass mark 80", "result 'pass' contradicts score 50 with pass mark 80"),
        (.invalidDateRange(from: day("2025-02-01"), until: day("2025-01-01")), "until",
         "2025-01-01 is before from 2025-02-01", "until 2025-01-01 is before from 2025-02-01"),
    ])
    func wording(violation: RuleViolation, field: String, problem: String, description: String) {
        #expect(violation.field == field)
        #expect(violation.problem == problem)
        #expect(violation.description == description)
    }

    @Test("text is trimmed, and refused when nothing is left")
    func nonEmpty() throws {
        #expect(try RecordRules.nonEmpty("  Sgt. Alvarez\t", field: "instructor") == "Sgt. Alvarez")
        #expect(throws: RuleViolation.emptyField("reason")) { try RecordRules.nonEmpty(" \t ", field: "reason") }
    }

    @Test("a period may be open-ended or one day, never backwards")
    func period() throws {
        try RecordRules.checkPeriod(from: today, until: nil)
        try RecordRules.checkPeriod(from: today, until: today)
        #expect(throws: RuleViolation.invalidDateRange(from: today, until: day("2025-06-14"))) {
            try RecordRules.checkPeriod(from: today, until: day("2025-06-14"))
        }
    }

    @Test("a request is settled to today, the pass mark's result, checked hours and a trimmed instructor")
    func settled() throws {
        let request = CompletionRequest(badge: "A1", moduleID: "m", score: 85, hours: 4, instructor: "  ")
        let settled = try SettledCompletion(settling: request, passMark: 80, today: today)
        #expect(settled.completedOn == today)
        #expect(settled.result == .pass)
        #expect(settled.score == 85)
        #expect(settled.hours == 4)
        #expect(settled.instructor == nil)
    }

    @Test("settling checks the day first, then the result, then the hours")
    func settlingOrder() {
        let request = CompletionRequest(badge: "A1", moduleID: "m", completedOn: day("2025-07-01"), result: .pass, score: 10, hours: 0)
        #expect(throws: RuleViolation.futureDate(field: "completed_on", date: day("2025-07-01"), today: today)) {
            try SettledCompletion(settling: request, passMark: 80, today: today)
        }
        var past = request
        past.completedOn = day("2025-01-01")
        #expect(throws: RuleViolation.resultContradictsPassMark(result: .pass, score: 10, passMark: 80)) {
            try SettledCompletion(settling: past, passMark: 80, today: today)
        }
        past.result = nil
        #expect(throws: RuleViolation.hoursOutOfRange(0)) { try SettledCompletion(settling: past, passMark: 80, today: today) }
    }
}
