import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("Officer commands")
struct OfficerCommandTests {
    @Test("adding an officer stores every field")
    func add() throws {
        let fixture = try StoreFixture()
        let officer = try #require(try fixture.store.officer(badge: "A1"))
        #expect(officer == StoreFixture.officers[0])
        #expect(try fixture.store.officer(login: "zoe")?.badge == "A1")
    }

    @Test("refused officers name what is wrong", arguments: [
        (Officer(badge: "A1", lastName: "X", firstName: "Y"), StoreError.duplicateBadge("A1")),
        (Officer(badge: " ", lastName: "X", firstName: "Y"), StoreError.rule(.emptyField("badge"))),
        (Officer(badge: "N1", lastName: "", firstName: "Y"), StoreError.rule(.emptyField("last_name"))),
        (Officer(badge: "N1", lastName: "X", firstName: "Y", hireDate: day("2025-06-16")),
         StoreError.rule(.futureDate(field: "hire_date", date: day("2025-06-16"), today: today))),
        (Officer(badge: "N1", lastName: "X", firstName: "Y", login: "zoe"),
         StoreError.invalidField(field: "login", problem: "'zoe' already belongs to officer 'A1'")),
    ])
    func refusedAdd(officer: Officer, error: StoreError) throws {
        let fixture = try StoreFixture()
        #expect(throws: error) { try fixture.apply(.addOfficer(officer)) }
        #expect(try fixture.store.officerCount(.all) == StoreFixture.officers.count)
    }

    @Test("editing changes only the given fields and can clear one")
    func edit() throws {
        let fixture = try StoreFixture()
        let result = try fixture.apply(.editOfficer(badge: "A1", changes: OfficerChanges(unit: .some("South"), rank: .some(nil))))
        #expect(result == .officerEdited(badge: "A1", changed: true))
        let officer = try #require(try fixture.store.officer(badge: "A1"))
        #expect(officer.unit == "South")
        #expect(officer.rank == nil)
        #expect(officer.lastName == "Ångström")
        let events = try fixture.store.auditLog(limit: 1, offset: 0)
        #expect(events.first?.action == "editOfficer")
        #expect(events.first?.before?.contains("\"rank\":\"Officer\"") == true)
        // A cleared column is left out of the state.
        #expect(events.first?.after?.contains("\"rank\"") == false)
        #expect(events.first?.after?.contains("\"unit\":\"South\"") == true)
    }

    @Test("an edit that changes nothing writes no audit event")
    func noOpEdit() throws {
        let fixture = try StoreFixture()
        let before = try fixture.store.integer("SELECT COUNT(*) FROM audit_event")
        let result = try fixture.apply(.editOfficer(badge: "A2", changes: OfficerChanges(lastName: "Baker")))
        #expect(result == .officerEdited(badge: "A2", changed: false))
        #expect(try fixture.store.integer("SELECT COUNT(*) FROM audit_event") == before)
    }

    @Test("editing an unknown badge is refused with the badge")
    func editUnknown() throws {
        let fixture = try StoreFixture()
        #expect(throws: StoreError.unknownBadge("ZZ")) {
            try fixture.apply(.editOfficer(badge: "ZZ", changes: OfficerChanges(lastName: "Q")))
        }
        #expect(StoreError.unknownBadge("ZZ").description == "unknown badge 'ZZ'")
    }

    @Test("separating keeps the officer with status separated, and twice is refused")
    func separate() throws {
        let fixture = try StoreFixture()
        try fixture.apply(.separateOfficer(badge: "B1"))
        #expect(try fixture.store.officer(badge: "B1")?.status == .separated)
        #expect(throws: StoreError.alreadySeparated("B1")) { try fixture.apply(.separateOfficer(badge: "B1")) }
    }

    @Test("importing upserts by badge, keeps absent columns and counts new, updated and unchanged")
    func importUpsert() throws {
        let fixture = try StoreFixture()
        let rows = [
            OfficerImportRow(badge: "A1", lastName: "Ångström", firstName: "Zoë"),
            OfficerImportRow(badge: "A2", lastName: "Baker", firstName: "Samuel"),
            OfficerImportRow(badge: "N9", lastName: "New", firstName: "Person", unit: .some("East")),
        ]
        let result = try fixture.apply(.importOfficers(rows: rows, sync: false))
        #expect(result.importCounts == OfficerImportSummary(new: 1, updated: 1, unchanged: 1, separated: 0))
        #expect(try fixture.store.officer(badge: "A1")?.unit == "North")
        #expect(try fixture.store.officer(badge: "A2")?.firstName == "Samuel")
        #expect(try fixture.store.officer(badge: "N9")?.status == .active)
        #expect(try fixture.store.officer(badge: "B1")?.status == .active)
    }

    @Test("a sync import separates officers missing from the file")
    func importSync() throws {
        let fixture = try StoreFixture()
        try fixture.apply(.separateOfficer(badge: "C1"))
        let rows = [OfficerImportRow(badge: "A1", lastName: "Ångström", firstName: "Zoë")]
        let result = try fixture.apply(.importOfficers(rows: rows, sync: true))
        #expect(result.importCounts == OfficerImportSummary(new: 0, updated: 0, unchanged: 1, separated: 2))
        #expect(try fixture.store.officer(badge: "A2")?.status == .separated)
        #expect(try fixture.store.officer(badge: "B1")?.status == .separated)
        #expect(try fixture.store.officer(badge: "A1")?.status == .active)
    }
}
