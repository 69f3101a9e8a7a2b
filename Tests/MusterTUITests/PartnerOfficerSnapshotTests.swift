import Foundation
import MusterCore
import MusterTestSupport
import Testing
@testable import MusterTUI

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
        #expect(after.completionsPerMonth == before.completionsPerMonth)
        #expect(after.servingOfficers == before.servingOfficers)
        // The workspace's own counts (the headline while judging, the units list) leave them out too.
        #expect(LoadedAgency(snapshot: after).servingCount == LoadedAgency(snapshot: before).servingCount)
        #expect(LoadedAgency(snapshot: after).servingPerUnit == LoadedAgency(snapshot: before).servingPerUnit)
    }

    /// The partner of `partnerCountsNowhere`, with a completion of this month.
    static func partnerRecords() throws -> OfficerRecords {
        var partner = try #require(FixtureAgency.records.first { $0.officer.badge == "A-1007" })
        partner.officer.badge = "LECC-1"
        partner.officer.agency = "lecc-east"
        partner.completions.append(Completion(id: 9_001, badge: "LECC-1", moduleID: "uof-deescalation", moduleVersion: try #require(ModuleVersion("2023.1")),
                                              completedOn: FixtureAgency.asOf, result: .pass))
        return partner
    }

    @Test("a liaison's snapshot counts its own agency's officers alone, and the home agency's none")
    func liaisonCountsItsOwn() throws {
        var liaison = AgencySnapshotBuilder(curriculum: FixtureAgency.curriculum, asOf: FixtureAgency.asOf, agency: "lecc-east")
        for records in FixtureAgency.records { liaison.add(records) }
        liaison.add(try Self.partnerRecords())
        let snapshot = liaison.build()
        #expect(snapshot.agency == "lecc-east")
        #expect(snapshot.servingOfficers == 1)
        #expect(snapshot.partnerOfficerCount == FixtureAgency.records.count)
        #expect(snapshot.completionsPerMonth.map(\.count).reduce(0, +) == 1)
        #expect(LoadedAgency(snapshot: snapshot).servingCount == 1)
    }

    @Test("the roster shown before standings counts the home agency's serving officers alone")
    func rosterCountsHome() throws {
        let officers = FixtureAgency.records.map(\.officer) + [try Self.partnerRecords().officer]
        let home = LoadedAgency(roster: officers, asOf: FixtureAgency.asOf)
        let serving = FixtureAgency.records.count { $0.officer.status != .separated }
        #expect(home.servingCount == serving)
        #expect(home.snapshot.partnerOfficerCount == 1)
        #expect(home.snapshot.officers.last?.agency == "lecc-east")
        let liaison = LoadedAgency(roster: officers, asOf: FixtureAgency.asOf, agency: "lecc-east")
        #expect(liaison.servingCount == 1)
    }
}
