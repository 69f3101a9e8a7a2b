import Foundation
import MusterCore
import MusterTestSupport
import Testing

/// A partner agency's officer on the dashboard's figures and in the officers table: listed with their agency,
/// counted nowhere, whatever they owe.
@Suite("Partner officers in the agency snapshot")
struct PartnerOfficerSnapshotTests {
    @Test("a partner officer is listed with their agency and adds to no figure")
    func partnerCountsNowhere() throws {
        var home = AgencySnapshotBuilder(curriculum: FixtureAgency.curriculum, asOf: FixtureAgency.asOf)
        var withPartners = AgencySnapshotBuilder(curriculum: FixtureAgency.curriculum, asOf: FixtureAgency.asOf)
        for records in FixtureAgency.records {
            home.add(records)
            withPartners.add(records)
        }
        // The same records as a late home officer, but of a partner agency: listed, not counted.
        var partner = try #require(FixtureAgency.records.first { $0.officer.badge == "A-1007" })
        partner.officer.badge = "LECC-1"
        partner.officer.agency = "lecc-east"
        withPartners.add(partner)
        let before = home.build()
        let after = withPartners.build()
        #expect(after.officers.count == before.officers.count + 1)
        #expect(after.officers.last?.agency == "lecc-east")
        #expect(after.partnerOfficerCount == 1)
        #expect(after.standings == before.standings)
        #expect(after.units == before.units)
        #expect(after.modules == before.modules)
        #expect(after.overdue == before.overdue)
        #expect(after.expiring == before.expiring)
    }
}
