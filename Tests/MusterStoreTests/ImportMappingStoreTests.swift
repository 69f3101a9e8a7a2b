import MusterCore
import Testing
@testable import MusterStore

@Suite("Saved import maps and the matching rules on the write path")
struct ImportMappingStoreTests {
    static let map = try! ColumnMap(parsing: "badge='Badge #',last_name=Surname,first_name=Given", fields: OfficerCSV.fields)

    @Test("a map is saved with the import that used it, audited, and saving it again writes nothing")
    func savedWithImport() throws {
        let fixture = try StoreFixture()
        let file = Array("Badge #,Surname,Given,Unit\nN1,New,One,north\n".utf8)
        let mapping = ImportMapping(name: "hr", map: Self.map, dateFormat: .monthDayYear)
        let dry = try fixture.store.importOfficersCSV(file, file: "hr.csv", sync: false, dryRun: true, map: Self.map,
                                                      saving: mapping, as: .coordinator("t"))
        #expect(dry.problems.isEmpty && !dry.applied)
        #expect(try fixture.store.importMappings().isEmpty)
        let real = try fixture.store.importOfficersCSV(file, file: "hr.csv", sync: false, dryRun: false, map: Self.map,
                                                       saving: mapping, as: .coordinator("t"))
        #expect(real.applied)
        #expect(try fixture.store.importMapping(named: "hr") == mapping)
        // The file's "north" is the unit stored as "North".
        #expect(try fixture.store.officer(badge: "N1")?.unit == "North")
        #expect(try fixture.apply(.saveImportMapping(mapping)) == .importMappingSaved(name: "hr", changed: false))
        var changed = mapping
        changed.dateFormat = .dayMonthYear
        #expect(try fixture.apply(.saveImportMapping(changed)) == .importMappingSaved(name: "hr", changed: true))
        #expect(try fixture.store.importMapping(named: "hr").dateFormat == .dayMonthYear)
        #expect(try fixture.store.verifyAudit().isIntact)
        #expect(throws: StoreError.self) { try fixture.store.importMapping(named: "other") }
    }

    @Test("a file badge without its leading zeros updates the stored officer; one two officers share is refused")
    func badgesWithoutZeros() throws {
        let fixture = try StoreFixture(officers: [
            Officer(badge: "04007", lastName: "O'Brien", firstName: "Pat"),
            Officer(badge: "0099", lastName: "Ames", firstName: "Al"), Officer(badge: "00099", lastName: "Ames", firstName: "Bo"),
        ])
        let update = try fixture.store.importOfficersCSV(
            Array("badge,last_name,first_name\n4007,O'Brien,Patrick\n".utf8), file: "o.csv", sync: false, dryRun: false,
            as: .coordinator("t"))
        #expect(update.summary?.counts == OfficerImportSummary(updated: 1))
        #expect(try fixture.store.officer(badge: "04007")?.firstName == "Patrick")
        #expect(try fixture.store.officer(badge: "4007") == nil)
        let ambiguous = try fixture.store.importOfficersCSV(
            Array("badge,last_name,first_name\n99,Ames,Cy\n".utf8), file: "o.csv", sync: false, dryRun: false, as: .coordinator("t"))
        #expect(ambiguous.problems.map(\.description)
            == ["o.csv:2: badge: badge '99' matches officers '00099' and '0099'; give the badge exactly"])
    }
}
