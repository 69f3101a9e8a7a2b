import Testing
@testable import MusterCore

@Suite("What makes a completion a duplicate")
struct CompletionAttemptTests {
    static let day = CalendarDate(iso: "2025-03-01")!
    static let stored = Completion(id: 7, badge: "A1", moduleID: "m", moduleVersion: ModuleVersion("2024.1")!,
                                   completedOn: day, result: .pass, score: 80, hours: 4, instructor: "Sgt. A")

    @Test("the same officer, module, day and result on record, not voided, is the same attempt", arguments: [
        (CompletionAttempt(badge: "A1", moduleID: "m", completedOn: day, result: .pass), Completion?.none, true),
        (CompletionAttempt(badge: "A2", moduleID: "m", completedOn: day, result: .pass), nil, false),
        (CompletionAttempt(badge: "A1", moduleID: "n", completedOn: day, result: .pass), nil, false),
        (CompletionAttempt(badge: "A1", moduleID: "m", completedOn: CalendarDate(iso: "2025-03-02")!, result: .pass), nil, false),
        (CompletionAttempt(badge: "A1", moduleID: "m", completedOn: day, result: .fail), nil, false),
    ])
    func sameAttempt(attempt: CompletionAttempt, other: Completion?, expected: Bool) {
        #expect(attempt.isRecorded(by: other ?? Self.stored) == expected)
    }

    @Test("version, score, hours and instructor do not make an attempt different; a voided one is not on record")
    func otherFields() {
        var other = Self.stored
        other.moduleVersion = ModuleVersion("2025.1")!
        other.score = 95
        other.hours = 2
        other.instructor = nil
        let attempt = CompletionAttempt(Self.stored)
        #expect(attempt.isRecorded(by: other))
        other.voidReason = "wrong badge"
        #expect(!attempt.isRecorded(by: other))
    }
}
