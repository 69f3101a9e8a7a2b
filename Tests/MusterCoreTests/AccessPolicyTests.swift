import Testing
@testable import MusterCore

@Suite("Access policy")
struct AccessPolicyTests {
    @Test("each role allows exactly its permissions", arguments: [
        (Role.coordinator, Permission.manageUsers, true),
        (.coordinator, .waive, true),
        (.instructor, .recordCompletions, true),
        (.instructor, .voidCompletions, true),
        (.instructor, .waive, false),
        (.instructor, .export, false),
        (.auditor, .export, true),
        (.auditor, .audit, true),
        (.auditor, .recordCompletions, false),
        (.officer, .readAllRecords, false),
        (.officer, .recordCompletions, false),
        (.reviewer, .reviewCurricula, true),
        (.reviewer, .recordCompletions, false),
        (.reviewer, .loadCurricula, false),
        (.reviewer, .readAllRecords, false),
        (.coordinator, .reviewCurricula, true),
        (.instructor, .reviewCurricula, false),
    ])
    func rolePermissions(role: Role, permission: Permission, allowed: Bool) {
        let policy = AccessPolicy(login: "x", roles: [role], ownBadge: nil)
        #expect(policy.allows(permission) == allowed)
        #expect((policy.refusal(for: permission) == nil) == allowed)
    }

    @Test("an officer reads their own records and no one else's")
    func officerReadsOwn() {
        let policy = AccessPolicy(login: "jdoe", roles: [], ownBadge: "1234")
        #expect(policy.mayRead(badge: "1234"))
        #expect(!policy.mayRead(badge: "9999"))
        #expect(policy.readRefusal(badge: "9999") == "login 'jdoe' may read only its own records (officer 1234)")
    }

    @Test("a refusal says who the login is and which role would allow it")
    func refusalWording() {
        let policy = AccessPolicy(login: "pat", roles: [.instructor], ownBadge: nil)
        #expect(policy.refusal(for: .waive)
            == "login 'pat' may not grant waivers: it holds only instructor; a coordinator can grant coordinator with `muster users grant pat ROLE`")
    }
}

@Suite("Permission of each command and read")
struct CommandPermissionTests {
    static let officer = Officer(badge: "A1", lastName: "L", firstName: "F")
    static let completion = CompletionRequest(badge: "A1", moduleID: "m")

    @Test("every command declares the permission it needs", arguments: [
        (RecordCommand.addOfficer(officer), Permission.manageOfficers),
        (.editOfficer(badge: "A1", changes: OfficerChanges(rank: .some("Sgt"))), .manageOfficers),
        (.separateOfficer(badge: "A1"), .manageOfficers),
        (.importOfficers(rows: [], sync: true), .manageOfficers),
        (.assign(AssignmentRequest(target: .module("m"), assignee: .unit("North"))), .assign),
        (.recordCompletion(completion), .recordCompletions),
        (.recordRoster(RosterRequest(entries: [completion])), .recordCompletions),
        (.createSession(SessionRequest(moduleID: "m", heldOn: CalendarDate(iso: "2025-01-01")!)), .recordCompletions),
        (.voidCompletion(id: 1, reason: "typo"), .voidCompletions),
        (.waive(WaiverRequest(badge: "A1", moduleID: "m", reason: "medical")), .waive),
        (.grantRole(login: "x", role: .auditor), .manageUsers),
        (.revokeRole(login: "x", role: .auditor), .manageUsers),
        (.loadCurriculum(Curriculum(modules: [], certifications: [], policySources: [], requirements: [])), .loadCurricula),
        (.reviewModule(ModuleReviewRequest(moduleID: "m", version: ModuleVersion("2026.1")!, role: .counsel, decision: .approve,
                                           note: "n")), .reviewCurricula),
    ])
    func permission(command: RecordCommand, permission: Permission) {
        #expect(command.permission == permission)
    }

    @Test("a batch is refused whole when the login may not run one of its commands")
    func batchRefused() {
        let instructor = AccessPolicy(login: "pat", roles: [.instructor], ownBadge: nil)
        #expect(throws: Never.self) { try instructor.check([.recordCompletion(Self.completion), .voidCompletion(id: 1, reason: "x")]) }
        #expect(throws: AccessDenied(instructor.refusal(for: .manageOfficers)!)) {
            try instructor.check([.recordCompletion(Self.completion), .addOfficer(Self.officer)])
        }
    }

    @Test("reads are checked against the same table", arguments: [
        (Role?.none, String?("1234"), RecordRead.officer(badge: "1234"), true),
        (nil, "1234", .officer(badge: "9999"), false),
        (nil, "1234", .allRecords, false),
        (.instructor, nil, .allRecords, true),
        (.instructor, nil, .export, false),
        (.auditor, nil, .export, true),
        (.auditor, nil, .auditTrail, true),
        (.auditor, nil, .roleGrants, false),
        (.coordinator, nil, .roleGrants, true),
        (nil, "1234", .visibleRecords, true),
        (nil, nil, .visibleRecords, false),
        (.auditor, nil, .visibleRecords, true),
        (.officer, nil, .visibleRecords, false),
    ])
    func reads(role: Role?, ownBadge: String?, read: RecordRead, allowed: Bool) {
        let policy = AccessPolicy(login: "x", roles: Set([role].compactMap { $0 }), ownBadge: ownBadge)
        #expect((policy.refusal(reading: read) == nil) == allowed)
        #expect((policy.refusal(for: .read(read)) == nil) == allowed)
    }

    @Test("what a login sees without naming an officer: everyone, or only its own badge")
    func visibleBadge() {
        #expect(AccessPolicy(login: "z", roles: [], ownBadge: "1234").visibleBadge == "1234")
        #expect(AccessPolicy(login: "i", roles: [.instructor], ownBadge: "1234").visibleBadge == nil)
        #expect(AccessPolicy(login: "n", roles: [], ownBadge: nil).visibleBadge == nil)
    }

    @Test("a write need is its permission's refusal", arguments: Permission.allCases)
    func writeNeed(permission: Permission) {
        let instructor = AccessPolicy(login: "i", roles: [.instructor], ownBadge: nil)
        #expect(instructor.refusal(for: .write(permission)) == instructor.refusal(for: permission))
    }
}
