import MusterCore
@testable import MusterStore
import Testing

@Suite("The store checks every command's permission before it writes")
struct AccessCheckTests {
    static let instructor = AccessPolicy(login: "pat", roles: [.instructor], ownBadge: nil)
    static let officerLogin = AccessPolicy(login: "zoe", roles: [], ownBadge: "A1")

    @Test("a refused batch writes nothing and no audit event", arguments: [
        (instructor, [RecordCommand.addOfficer(Officer(badge: "N1", lastName: "L", firstName: "F"))], Permission.manageOfficers),
        (instructor, [.recordCompletion(CompletionRequest(badge: "A1", moduleID: "first-aid", completedOn: day("2025-01-01"))),
                      .waive(WaiverRequest(badge: "A1", moduleID: "first-aid", reason: "medical"))], .waive),
        (officerLogin, [.recordCompletion(CompletionRequest(badge: "A1", moduleID: "first-aid", completedOn: day("2025-01-01")))],
         .recordCompletions),
        (officerLogin, [.grantRole(login: "zoe", role: .coordinator)], .manageUsers),
    ])
    func refused(access: AccessPolicy, commands: [RecordCommand], permission: Permission) throws {
        let fixture = try StoreFixture()
        let events = try fixture.store.integer("SELECT COUNT(*) FROM audit_event")
        let refusal = try #require(access.refusal(for: permission))
        #expect(throws: StoreError.accessDenied(AccessDenied(refusal))) { try fixture.store.apply(commands, as: access) }
        #expect(throws: StoreError.accessDenied(AccessDenied(refusal))) { try fixture.store.dryRun(commands, as: access) }
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM audit_event") == events)
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM completion") == 0)
        #expect(try fixture.store.officerCount(.all) == StoreFixture.officers.count)
    }

    @Test("an import is refused before its file is read")
    func importRefusedFirst() throws {
        let fixture = try StoreFixture()
        let missing = fixture.directory.file("no-such-file.csv")
        #expect(throws: StoreError.accessDenied(AccessDenied(Self.instructor.refusal(for: .manageOfficers)!))) {
            try fixture.store.importOfficersCSV(path: missing, sync: false, dryRun: false, as: Self.instructor)
        }
        #expect(throws: StoreError.accessDenied(AccessDenied(Self.officerLogin.refusal(for: .recordCompletions)!))) {
            try fixture.store.importRosterCSV(path: missing, dryRun: false, as: Self.officerLogin)
        }
        #expect(throws: StoreError.self) {
            try fixture.store.importRosterCSV(path: missing, dryRun: false, as: .coordinator("kim"))
        }
    }

    @Test("an allowed command is stored under the acting login")
    func allowed() throws {
        let fixture = try StoreFixture()
        _ = try fixture.store.apply([.recordCompletion(CompletionRequest(
            badge: "A1", moduleID: "first-aid", completedOn: day("2025-01-01")))], as: Self.instructor)
        #expect(try fixture.store.auditLog(limit: 1, offset: 0).first?.actor == "pat")
    }

    @Test("a database with no role holder belongs to whoever sets it up; after that, logins get their own roles")
    func founding() throws {
        let fixture = try StoreFixture()
        #expect(try fixture.store.foundingAccess(for: "kim") == .coordinator("kim"))
        _ = try fixture.store.apply([.grantRole(login: "kim", role: .coordinator)], as: .coordinator("kim"))
        #expect(try fixture.store.foundingAccess(for: "zoe") == AccessPolicy(login: "zoe", roles: [], ownBadge: "A1"))
        #expect(try fixture.store.access(for: "kim").roles == [.coordinator])
    }

    @Test("a read is handed the store only when the policy allows it")
    func reads() throws {
        let fixture = try StoreFixture()
        #expect(throws: Never.self) { _ = try fixture.store.reading(.officer(badge: "A1"), as: Self.officerLogin) }
        #expect(throws: StoreError.accessDenied(AccessDenied(Self.officerLogin.readRefusal(badge: "A2")!))) {
            _ = try fixture.store.reading(.officer(badge: "A2"), as: Self.officerLogin)
        }
        #expect(throws: StoreError.self) { _ = try fixture.store.reading(.export, as: Self.instructor) }
    }
}
