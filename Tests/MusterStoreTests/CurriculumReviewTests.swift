import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("Review of module versions loaded after the founding curricula")
struct CurriculumReviewTests {
    static let reviewer = AccessPolicy(login: "rev", roles: [.reviewer], ownBadge: nil)
    static let revised = SampleCurriculum.revised
    static let version = ModuleVersion("2024.1")!

    static func request(_ role: ReviewRole, _ decision: ReviewDecision = .approve) -> RecordCommand {
        .reviewModule(ModuleReviewRequest(moduleID: SampleCurriculum.deEscalation, version: version, role: role,
                                          decision: decision, note: "checked"))
    }

    static func approval(_ fixture: StoreFixture) throws -> VersionApproval? {
        try fixture.store.curriculum().module(SampleCurriculum.deEscalation, version: version)?.approval
    }

    @Test("the founding load counts as approved; a later version is pending and takes no completion")
    func laterVersionPending() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.store.curriculum().moduleVersions.allSatisfy { $0.approval == .approvedAtLoad })
        try fixture.apply(.loadCurriculum(Self.revised))
        #expect(try Self.approval(fixture) == .pending)
        let id = try fixture.record("A1", SampleCurriculum.deEscalation, on: "2025-06-01", score: 90)
        #expect(try fixture.store.completion(id: id)?.completion.moduleVersion.description == "2023.1")
        let reviews = try fixture.store.reviews(moduleID: SampleCurriculum.deEscalation)
        #expect(reviews.map(\.approval) == [.approvedAtLoad, .pending])
        #expect(reviews.last?.required == [.approver])
    }

    @Test("the sign-offs review.yaml names approve a version on the day the last one comes in")
    func approvalNeedsEveryRole() throws {
        let fixture = try StoreFixture()
        var revised = Self.revised
        revised.review = ReviewPolicy(required: [.civilRights, .approver])
        try fixture.apply(.loadCurriculum(revised))
        let first = try fixture.store.apply([Self.request(.approver)], as: Self.reviewer)
        #expect(first == [.moduleReviewed(ModuleReviewOutcome(signOffID: 2, approvedOn: nil, missing: [.civilRights]))])
        _ = try fixture.store.apply([Self.request(.civilRights, .changes)], as: Self.reviewer)
        #expect(try Self.approval(fixture) == .pending)
        let last = try fixture.store.apply([Self.request(.civilRights)], as: .coordinator("kim"))
        #expect(last == [.moduleReviewed(ModuleReviewOutcome(signOffID: 4, approvedOn: today, missing: []))])
        #expect(try Self.approval(fixture) == .approved(on: today))
        let id = try fixture.record("A1", SampleCurriculum.deEscalation, on: "2025-06-15", score: 90)
        #expect(try fixture.store.completion(id: id)?.completion.moduleVersion.description == "2024.1")
        #expect(throws: StoreError.self) { try fixture.store.apply([Self.request(.counsel)], as: Self.reviewer) }
        let signOffs = try fixture.store.reviews(moduleID: SampleCurriculum.deEscalation).last?.signOffs ?? []
        #expect(signOffs.map(\.login) == ["rev", "rev", "kim"])
        #expect(try fixture.store.verifyAudit().drifts.isEmpty)
    }

    @Test("a reviewer may sign off but not record training, and a refused review writes nothing")
    func reviewerRole() throws {
        let fixture = try StoreFixture()
        try fixture.apply(.loadCurriculum(Self.revised))
        let refusal = try #require(Self.reviewer.refusal(for: .recordCompletions))
        #expect(throws: StoreError.accessDenied(AccessDenied(refusal))) {
            try fixture.store.apply([.recordCompletion(CompletionRequest(badge: "A1", moduleID: SampleCurriculum.firstAid))],
                                    as: Self.reviewer)
        }
        let instructor = AccessPolicy(login: "pat", roles: [.instructor], ownBadge: nil)
        let events = try fixture.store.integer("SELECT COUNT(*) FROM audit_event")
        #expect(throws: StoreError.self) { try fixture.store.apply([Self.request(.approver)], as: instructor) }
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM audit_event") == events)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM curriculum_review WHERE kind = 'sign-off'") == 0)
    }
}
