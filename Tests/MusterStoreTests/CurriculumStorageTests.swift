import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("Curriculum snapshots")
struct CurriculumStorageTests {
    @Test("a loaded curriculum comes back whole")
    func roundTrip() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.store.curriculum() == SampleCurriculum.initial)
    }

    @Test("loading again adds nothing; a new release adds its new version and keeps the old one")
    func addsVersions() throws {
        let fixture = try StoreFixture()
        let again = try fixture.apply(.loadCurriculum(SampleCurriculum.initial))
        #expect(again == .curriculumLoaded(CurriculumLoadSummary(unchangedModuleVersions: 3)))
        let revised = try fixture.apply(.loadCurriculum(SampleCurriculum.revised))
        #expect(revised == .curriculumLoaded(CurriculumLoadSummary(
            addedModuleVersions: ["de-escalation@2024.1"], unchangedModuleVersions: 3)))
        // Loading only the old release later must not drop the newer version.
        try fixture.apply(.loadCurriculum(SampleCurriculum.initial))
        let stored = try fixture.store.curriculum()
        #expect(stored.moduleVersions.filter { $0.id == SampleCurriculum.deEscalation }.map(\.version.description) == ["2023.1", "2024.1"])
        #expect(stored.module(SampleCurriculum.deEscalation)?.version.description == "2024.1")
    }

    @Test("a stored version is never replaced by different content under the same version")
    func keepsStoredVersion() throws {
        let fixture = try StoreFixture()
        var changed = SampleCurriculum.initial.moduleVersions
        changed[0].title = "Renamed without a new version"
        let result = try fixture.apply(.loadCurriculum(Curriculum(modules: changed)))
        guard case .curriculumLoaded(let summary) = result else {
            Issue.record("expected a load summary")
            return
        }
        #expect(summary.keptConflictingVersions == ["\(changed[0].id)@\(changed[0].version)"])
        #expect(try fixture.store.curriculum().module(changed[0].id, version: changed[0].version)?.title
            == SampleCurriculum.initial.moduleVersions[0].title)
    }

    @Test("a changed certification is added as a new entry and becomes the current one")
    func certificationHistory() throws {
        let fixture = try StoreFixture()
        let changed = Certification(id: SampleCurriculum.patrolCertification, title: "Patrol ready", summary: "Patrol duty.",
                                    modules: [SampleCurriculum.deEscalation])
        let result = try fixture.apply(.loadCurriculum(Curriculum(modules: [], certifications: [changed])))
        #expect(result == .curriculumLoaded(CurriculumLoadSummary(addedEntries: ["certification:patrol-ready"])))
        #expect(try fixture.store.curriculum().certification(SampleCurriculum.patrolCertification)?.modules == [SampleCurriculum.deEscalation])
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM curriculum_entry WHERE kind = 'certification'") == 2)
    }
}
