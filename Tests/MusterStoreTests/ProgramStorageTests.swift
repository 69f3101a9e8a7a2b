import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("Programs in the store: loaded, assigned, waived, audited")
struct ProgramStorageTests {
    static let program = Program(
        id: "state-inservice", title: "State in-service", jurisdiction: "ST", version: ModuleVersion("2024.1")!,
        effective: day("2024-01-01"), cycle: .calendarYear, hours: 24,
        minimums: [ProgramMinimum(name: "De-escalation", modules: [SampleCurriculum.deEscalation], hours: 4)],
        waivers: ProgramWaiverRule(prorate: true, never: ["De-escalation"]),
        policyBasis: [PolicyReference(source: "state-act", section: "§1")])

    static func fixture() throws -> StoreFixture {
        let fixture = try StoreFixture()
        try fixture.apply(.loadCurriculum(Curriculum(modules: SampleCurriculum.initial.moduleVersions, programs: [program])))
        return fixture
    }

    @Test("a loaded program comes back with the stored curriculum; loading it again adds nothing")
    func loadedOnce() throws {
        let fixture = try Self.fixture()
        #expect(try fixture.store.curriculum().programVersions == [Self.program])
        let again = try fixture.apply(.loadCurriculum(Curriculum(modules: [], programs: [Self.program])))
        #expect(again == .curriculumLoaded(CurriculumLoadSummary()))
    }

    @Test("assignments and waivers are stored, read back and audited")
    func assignAndWaive() throws {
        let fixture = try Self.fixture()
        let unit = try fixture.apply(.assignProgram(ProgramAssignmentRequest(
            programID: Self.program.id, assignee: .unit("North"), from: day("2024-01-01"))))
        let officer = try fixture.apply(.assignProgram(ProgramAssignmentRequest(programID: Self.program.id, assignee: .officer(badge: "B1"))))
        let waiver = try fixture.apply(.waiveProgram(ProgramWaiverRequest(
            badge: "A1", programID: Self.program.id, reason: "military", from: day("2025-01-01"), until: day("2025-03-31"))))
        #expect([unit, officer, waiver] == [.programAssigned(id: 1), .programAssigned(id: 2), .programWaived(id: 1)])
        let records = try fixture.store.programRecords()
        #expect(records.assignments.map(\.assignee) == [.unit("North"), .officer(badge: "B1")])
        #expect(records.assignments[1].from == today)
        #expect(records.waivers.map(\.until) == [day("2025-03-31")])
        let report = try fixture.store.verifyAudit()
        #expect(report.firstBrokenLink == nil)
        #expect(report.drifts.isEmpty)
    }

    @Test("unknown programs, officers and units, inverted periods and empty reasons are refused", arguments: [
        (RecordCommand.assignProgram(ProgramAssignmentRequest(programID: "nope", assignee: .unit("North"))), "program"),
        (.assignProgram(ProgramAssignmentRequest(programID: "state-inservice", assignee: .unit("Atlantis"))), "unit"),
        (.assignProgram(ProgramAssignmentRequest(programID: "state-inservice", assignee: .officer(badge: "ZZ"))), "badge"),
        (.waiveProgram(ProgramWaiverRequest(badge: "A1", programID: "state-inservice", reason: "x",
                                            from: day("2025-02-01"), until: day("2025-01-01"))), "range"),
        (.waiveProgram(ProgramWaiverRequest(badge: "A1", programID: "state-inservice", reason: " ",
                                            from: day("2025-01-01"), until: day("2025-02-01"))), "reason"),
    ])
    func refused(command: RecordCommand, what: String) throws {
        let fixture = try Self.fixture()
        #expect(throws: (any Error).self) { try fixture.apply(command) }
        #expect(try fixture.store.programRecords().assignments.isEmpty)
        #expect(try fixture.store.programRecords().waivers.isEmpty)
    }
}
