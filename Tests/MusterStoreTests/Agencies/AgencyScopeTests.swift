import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

/// Partner agencies in the store: the liaison's reads are narrowed in the read path, the home agency's
/// reports leave partner officers out, and a home roster sync leaves them be.
@Suite("Partner agencies and liaisons in the store")
struct AgencyScopeTests {
    static let liaison = AccessPolicy(login: "liz", roles: [.liaison], ownBadge: nil, liaisonAgency: "lecc-east")

    /// The fixture's officers plus two of partner agency `lecc-east` and one of `lecc-west`, and a liaison for east.
    static func fixture() throws -> StoreFixture {
        let fixture = try StoreFixture()
        _ = try fixture.store.apply([
            .addAgency(Agency(id: "lecc-east", name: "East task force")),
            .addAgency(Agency(id: "lecc-west", name: "West task force")),
            .addOfficer(Officer(badge: "P1", lastName: "Partner", firstName: "One", unit: "North", agency: "lecc-east")),
            .addOfficer(Officer(badge: "P2", lastName: "Partner", firstName: "Two", agency: "lecc-east")),
            .addOfficer(Officer(badge: "W1", lastName: "West", firstName: "One", agency: "lecc-west")),
            .grantLiaison(login: "liz", agency: "lecc-east"),
        ], actor: "setup")
        return fixture
    }

    @Test("a liaison's access is read from its grant")
    func access() throws {
        let fixture = try Self.fixture()
        #expect(try fixture.store.access(for: "liz") == Self.liaison)
        #expect(try fixture.store.roles(login: "liz") == [.liaison])
        _ = try fixture.store.apply([.revokeRole(login: "liz", role: .liaison)], actor: "setup")
        #expect(try fixture.store.access(for: "liz") == AccessPolicy(login: "liz", roles: [], ownBadge: nil))
    }

    @Test("a liaison reads one officer only of its own agency, decided by the officer's stored row", arguments: [
        ("P1", true), ("P2", true), ("W1", false), ("A1", false), ("NOPE", false),
    ])
    func oneOfficer(badge: String, allowed: Bool) throws {
        let fixture = try Self.fixture()
        if allowed {
            #expect(try fixture.store.reading(.officer(badge: badge), as: Self.liaison) === fixture.store)
            try fixture.store.check(.read(.officer(badge: badge)), as: Self.liaison)
        } else {
            #expect(throws: StoreError.self) { try fixture.store.reading(.officer(badge: badge), as: Self.liaison) }
            #expect(throws: StoreError.self) { try fixture.store.check(.read(.officer(badge: badge)), as: Self.liaison) }
        }
    }

    @Test("the agency filter narrows lists and streams in SQL", arguments: [
        (Agency.homeID, ["A1", "A2", "B1", "C1"]),
        ("lecc-east", ["P1", "P2"]),
        ("lecc-west", ["W1"]),
    ])
    func filter(agency: String, badges: [String]) throws {
        let fixture = try Self.fixture()
        let filter = OfficerFilter(agency: agency)
        #expect(try fixture.store.officers(OfficerQuery(filter: filter)).map(\.badge) == badges)
        var streamed: [String] = []
        try fixture.store.forEachOfficerRecords(filter) { streamed.append($0.officer.badge) }
        #expect(streamed == badges)
        #expect(try fixture.store.officerCount(filter) == badges.count)
    }

    @Test("a home roster sync separates none of the partner agencies' officers")
    func syncSparesPartners() throws {
        let fixture = try Self.fixture()
        let rows = StoreFixture.officers.map { OfficerImportRow(badge: $0.badge, lastName: $0.lastName, firstName: $0.firstName) }
        let result = try fixture.apply(.importOfficers(rows: rows, sync: true))
        guard case .officersImported(let summary) = result else { Issue.record("\(result)"); return }
        #expect(summary.separated == 0)
        #expect(try fixture.store.officer(badge: "P1")?.status == .active)
        #expect(try fixture.store.officer(badge: "P1")?.agency == "lecc-east")
    }

    @Test("an officer's agency must exist; `home` is never stored", arguments: [
        RecordCommand.addOfficer(Officer(badge: "Z1", lastName: "Z", firstName: "Z", agency: "nowhere")),
        .addAgency(Agency(id: Agency.homeID, name: "Home")),
        .addAgency(Agency(id: "lecc-east", name: "Again")),
        .grantLiaison(login: "liz2", agency: "nowhere"),
        .grantLiaison(login: "liz", agency: "lecc-west"),
        .grantRole(login: "liz3", role: .liaison),
    ])
    func refused(command: RecordCommand) throws {
        let fixture = try Self.fixture()
        let events = try fixture.store.integer("SELECT COUNT(*) FROM audit_event")
        #expect(throws: StoreError.self) { try fixture.apply(command) }
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM audit_event") == events)
    }

    @Test("agencies, grants and partner officers are audited and verify")
    func audited() throws {
        let fixture = try Self.fixture()
        #expect(try fixture.store.verifyAudit().isIntact)
        #expect(try fixture.store.agencies().map { "\($0.agency.id):\($0.officers)" } == ["lecc-east:2", "lecc-west:1"])
    }
}
