import Foundation
import MusterCore
@testable import MusterStore
import MusterTestSupport

/// The day every test store believes is today.
let today = CalendarDate(iso: "2025-06-15")!

func day(_ text: String) -> CalendarDate {
    CalendarDate(iso: text)!
}

/// A file-backed store in its own temporary directory, with the sample curriculum and a few officers.
struct StoreFixture {
    let directory: TemporaryDirectory
    let store: SQLiteRecordStore
    var path: String { directory.file("muster.sqlite") }

    static let officers = [
        Officer(badge: "A1", lastName: "Ångström", firstName: "Zoë", unit: "North", rank: "Officer", login: "zoe"),
        Officer(badge: "A2", lastName: "Baker", firstName: "Sam", unit: "North"),
        Officer(badge: "B1", lastName: "Chen", firstName: "Li", unit: "South", hireDate: day("2020-03-01")),
        Officer(badge: "C1", lastName: "Diaz", firstName: "Ana"),
    ]

    init(curriculum: Curriculum? = SampleCurriculum.initial, officers: [Officer] = StoreFixture.officers) throws {
        directory = try TemporaryDirectory()
        store = try MusterDatabase.open(path: directory.file("muster.sqlite"), clock: .fixed(today))
        var commands: [RecordCommand] = []
        if let curriculum { commands.append(.loadCurriculum(curriculum)) }
        commands += officers.map(RecordCommand.addOfficer)
        if !commands.isEmpty { _ = try store.apply(commands, actor: "setup") }
    }

    /// Loads `curriculum` and approves every version it leaves pending (`SQLiteRecordStore.approvePending`).
    func loadApproved(_ curriculum: Curriculum, on day: CalendarDate? = CalendarDate(iso: "2023-01-01")!) throws {
        try apply(.loadCurriculum(curriculum))
        try store.approvePending(on: day)
    }

    /// Applies one command and returns its result.
    @discardableResult
    func apply(_ command: RecordCommand, actor: String = "tester") throws -> CommandResult {
        try store.apply([command], actor: actor)[0]
    }

    /// Records a completion and returns its id; a second one on the same day needs other `hours`, or it is the
    /// same record (`IdenticalCompletion`) and nothing is stored.
    func record(_ badge: String, _ module: String, on date: String, result: Completion.Result? = nil,
                score: Int? = nil, hours: Double? = nil) throws -> Int64 {
        let outcome = try apply(.recordCompletion(CompletionRequest(
            badge: badge, moduleID: module, completedOn: day(date), result: result, score: score, hours: hours)))
        return try #require(outcome.createdID)
    }
}

import Testing

extension SQLiteRecordStore {
    /// Gives every pending module version the sign-offs it still wants (`curricula review`). With `day`, through the
    /// same connection under a clock that says that day, as a council that approved them then would have, so that
    /// they bind from their `effective` dates in the histories tests write; without, on this store's today.
    func approvePending(on day: CalendarDate?) throws {
        let council = day.map { SQLiteRecordStore(writer: writer, clock: .fixed($0), signingKey: signingKey) } ?? self
        let signOffs = try council.reviews(moduleID: nil).filter { $0.approval == .pending }.flatMap { review in
            review.missing.map { role in
                RecordCommand.reviewModule(ModuleReviewRequest(
                    moduleID: review.moduleID, version: review.version, role: role, decision: .approve, note: "approved for the test"))
            }
        }
        if !signOffs.isEmpty { _ = try council.apply(signOffs, actor: "council") }
    }
}
