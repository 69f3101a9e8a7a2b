import Testing
@testable import MusterCore

@Suite("What makes a completion the same record as one on record")
struct IdenticalCompletionTests {
    static let day = CalendarDate(iso: "2025-03-01")!
    static let stored = Completion(id: 7, badge: "A1", moduleID: "m", moduleVersion: ModuleVersion("2024.1")!,
                                   completedOn: day, result: .pass, score: 80, hours: 4, instructor: "Sgt. A")

    static func identical(badge: String = "A1", moduleID: String = "m", version: String = "2024.1", on: CalendarDate = day,
                          result: Completion.Result = .pass, hours: Double? = 4) -> IdenticalCompletion {
        IdenticalCompletion(badge: badge, moduleID: moduleID, version: ModuleVersion(version)!, completedOn: on,
                            result: result, hours: hours)
    }

    @Test("officer, module, version, day, result and hours all count", arguments: [
        (identical(), true),
        (identical(badge: "A2"), false),
        (identical(moduleID: "n"), false),
        (identical(version: "2025.1"), false),
        (identical(on: CalendarDate(iso: "2025-03-02")!), false),
        (identical(result: .fail), false),
        (identical(hours: 4.5), false),
        (identical(hours: nil), false),
    ])
    func fields(identical: IdenticalCompletion, expected: Bool) {
        #expect(identical.isRecorded(by: Self.stored) == expected)
    }

    @Test("score and instructor do not make a completion different; a voided one is not on record")
    func otherFields() {
        var other = Self.stored
        other.score = 95
        other.instructor = nil
        #expect(IdenticalCompletion(Self.stored).isRecorded(by: other))
        other.voidReason = "wrong badge"
        #expect(!IdenticalCompletion(Self.stored).isRecorded(by: other))
    }
}
