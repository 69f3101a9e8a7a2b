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
