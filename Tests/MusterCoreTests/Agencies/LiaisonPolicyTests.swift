import Testing
@testable import MusterCore

@Suite("Access policy: liaisons and incident notes")
struct LiaisonPolicyTests {
    static let liaison = AccessPolicy(login: "liz", roles: [.liaison], ownBadge: nil, liaisonAgency: "lecc-east")

    @Test("a liaison reads its agency's officers only; a reader of all records reads every agency's", arguments: [
        (liaison, RecordRead.visibleRecords, true),
        (liaison, .allRecords, false),
        (liaison, .export, false),
        (liaison, .agencyOfficer(badge: "P1", agency: "lecc-east"), true),
        (liaison, .agencyOfficer(badge: "H1", agency: "home"), false),
        (liaison, .agencyOfficer(badge: "X1", agency: "lecc-west"), false),
        (liaison, .officer(badge: "P1"), false),
        (AccessPolicy.coordinator("kim"), .agencyOfficer(badge: "H1", agency: "home"), true),
        (AccessPolicy(login: "zoe", roles: [], ownBadge: "H1"), .agencyOfficer(badge: "H1", agency: "home"), true),
    ])
    func reads(policy: AccessPolicy, read: RecordRead, allowed: Bool) {
        #expect((policy.refusal(reading: read) == nil) == allowed)
    }

    @Test("the scope a liaison's lists are narrowed to", arguments: [
        (liaison, "lecc-east" as String?, nil as String?),
        (AccessPolicy(login: "liz", roles: [.liaison, .auditor], ownBadge: nil, liaisonAgency: "lecc-east"), nil, nil),
        (AccessPolicy(login: "liz", roles: [], ownBadge: nil, liaisonAgency: "lecc-east"), nil, nil),
        (AccessPolicy(login: "zoe", roles: [], ownBadge: "H1"), nil, "H1"),
    ])
    func scope(policy: AccessPolicy, agency: String?, badge: String?) {
        #expect(policy.visibleAgency == agency)
        #expect(policy.visibleBadge == badge)
    }

    @Test("incident notes and records", arguments: [
        (Role.coordinator, Permission.readIncidents, true), (.auditor, .readIncidents, true),
        (.instructor, .readIncidents, false), (.officer, .readIncidents, false), (.liaison, .readIncidents, false),
        (.coordinator, .recordIncidents, true), (.auditor, .recordIncidents, false), (.instructor, .recordIncidents, false),
    ])
    func incidents(role: Role, permission: Permission, allowed: Bool) {
        #expect(AccessPolicy(login: "x", roles: [role], ownBadge: nil).allows(permission) == allowed)
    }
}
