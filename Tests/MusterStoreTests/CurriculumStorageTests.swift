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

    @Test("every certification version is kept; a changed one under a stored version is a kept conflict")
    func certificationVersions() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        let stored = try #require(SampleCurriculum.initial.certification(SampleCurriculum.patrolCertification))
        var changed = stored
        changed.modules = [SampleCurriculum.deEscalation]
        let unchangedLoad = try fixture.apply(.loadCurriculum(Curriculum(modules: [], certifications: [changed])))
        #expect(unchangedLoad == .curriculumLoaded(CurriculumLoadSummary(
            keptConflictingVersions: ["\(stored.id)@\(stored.version)"])))
        #expect(try fixture.store.curriculum().certification(stored.id) == stored)

        var next = changed
        next.version = ModuleVersion("2")!
        next.effective = day("2026-01-01")
        next.waivable = false
        next.newModulesWithinDays = 30
        let added = try fixture.apply(.loadCurriculum(Curriculum(modules: [], certifications: [stored, next])))
        #expect(added == .curriculumLoaded(CurriculumLoadSummary(addedEntries: ["certification:patrol-ready"])))
        let curriculum = try fixture.store.curriculum()
        #expect(Array(curriculum.versions(ofCertification: stored.id)) == [stored, next])
        #expect(curriculum.certificationVersions.filter { $0.id == stored.id } == [stored, next])
        #expect(curriculum.certification(stored.id, inForceOn: day("2025-12-31")) == stored)
        #expect(curriculum.certification(stored.id, inForceOn: day("2026-01-01")) == next)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM curriculum_entry WHERE kind = 'certification'") == 2)
        #expect(try fixture.store.verifyAudit().drifts.isEmpty)
    }

    @Test("a database from before certification versions keeps its last loaded entry as version 1")
    func unversionedHistory() throws {
        let fixture = try StoreFixture()
        defer { fixture.directory.remove() }
        let id = SampleCurriculum.patrolCertification
        try fixture.store.executeBehindMustersBack("""
            INSERT INTO curriculum_entry (kind, item_id, content, loaded_at) VALUES ('certification', '\(id)',
            '{"id":"\(id)","modules":["first-aid"],"summary":"s","title":"Older layout"}', '2025-06-15')
            """)
        let certification = try #require(try fixture.store.curriculum().certification(id))
        #expect(certification.title == "Older layout")
        #expect(certification.version == Certification.defaultVersion)
        #expect(try fixture.store.curriculum().versions(ofCertification: id).count == 1)
    }
}
