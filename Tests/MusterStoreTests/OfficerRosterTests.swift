import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

@Suite("The officer roster the TUI opens on")
struct OfficerRosterTests {
    @Test("every officer, in the order the records stream, with what a list shows and nothing else")
    func roster() throws {
        let officers = StoreFixture.officers + [
            Officer(badge: "a0", lastName: "Lower", firstName: "Case", unit: "South", rank: "Sergeant"),
            Officer(badge: "Ä1", lastName: "Umlaut", firstName: "Badge", status: .leave),
            Officer(badge: "B10", lastName: "Chen", firstName: "Bo", unit: "South", status: .separated),
        ]
        let fixture = try StoreFixture(officers: officers)
        let roster = try fixture.store.officerRoster()
        var streamed: [String] = []
        try fixture.store.forEachOfficerRecords(.all) { streamed.append($0.officer.badge) }
        #expect(roster.map(\.badge) == streamed)
        for officer in officers {
            let listed = try #require(roster.first { $0.badge == officer.badge })
            #expect(listed == Officer(badge: officer.badge, lastName: officer.lastName, firstName: officer.firstName,
                                      unit: officer.unit, status: officer.status))
        }
    }
}
