import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

/// A module's `course_numbers` are stored with its version; a receiver's number given later updates the stored
/// version (audited), where any other change to a stored version is kept out.
@Suite("Course numbers in storage")
struct CourseNumberStorageTests {
    @Test("a load that only gives course numbers updates the stored version, audited, and the chain still verifies")
    func updatesNumbers() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        var numbered = SampleCurriculum.initial.moduleVersions
        numbered[0].courseNumbers = ["TX": "1849"]
        let result = try fixture.apply(.loadCurriculum(Curriculum(modules: numbered)))
        guard case .curriculumLoaded(let summary) = result else {
            Issue.record("expected a load summary")
            return
        }
        let key = "\(numbered[0].id)@\(numbered[0].version)"
        #expect(summary.addedEntries == ["course_numbers:\(key)"])
        #expect(summary.keptConflictingVersions.isEmpty)
        #expect(try fixture.store.curriculum().module(numbered[0].id, version: numbered[0].version)?.courseNumbers == ["TX": "1849"])
        let events = try fixture.store.auditLog(AuditLogFilter(action: "setCourseNumbers"))
        #expect(events.map(\.entityKey) == [key])
        #expect(events.first?.before?.contains("course_numbers") == false)
        #expect(events.first?.after?.contains("1849") == true)
        #expect(try fixture.store.verifyAudit().isIntact)

        // The same numbers again change nothing; a title change with them is still kept out.
        let again = try fixture.apply(.loadCurriculum(Curriculum(modules: numbered)))
        #expect(again == .curriculumLoaded(CurriculumLoadSummary(unchangedModuleVersions: numbered.count)))
        numbered[0].courseNumbers = ["TX": "1850"]
        numbered[0].title = "Renamed"
        guard case .curriculumLoaded(let kept) = try fixture.apply(.loadCurriculum(Curriculum(modules: numbered))) else {
            Issue.record("expected a load summary")
            return
        }
        #expect(kept.keptConflictingVersions == [key])
    }

    @Test("an officer's post_id is stored, changed, cleared, and read back")
    func postID() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        try fixture.apply(.editOfficer(badge: "A1", changes: OfficerChanges(postID: .some("0012345"))))
        #expect(try fixture.store.officer(badge: "A1")?.postID == "0012345")
        try fixture.apply(.editOfficer(badge: "A1", changes: OfficerChanges(postID: .some(nil))))
        #expect(try fixture.store.officer(badge: "A1")?.postID == nil)
        #expect(try fixture.store.verifyAudit().isIntact)
    }
}
