import Foundation
import MusterCore
@testable import MusterCLI
import MusterStore
import MusterTestSupport
import Testing

@Suite("The TUI's agency snapshot, loaded from the store")
struct SnapshotLoaderTests {
    @Test("module standings judged in parallel chunks give the same snapshot as judging each officer in turn")
    func sameAsOneByOne() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        var options = StoreOptions()
        options.path = folder.file("demo.sqlite")
        let session = try Session.open(options, create: true)
        let asOf = CalendarDate.today()
        _ = try DemoBuilder(session: session, curriculum: try CurriculumLoader.load(from: nil), officerCount: 40, seed: 3,
                            asOf: asOf).build()
        let curriculum = try session.curriculum()
        var builder = AgencySnapshotBuilder(curriculum: curriculum, asOf: asOf)
        try session.store.forEachOfficerRecords(.all) { builder.add($0) }
        let expected = builder.build()
        #expect(expected.officers.count == 40)
        #expect(expected.standings.total > 0 && !expected.overdue.isEmpty)
        for chunkSize in [1, 7, SnapshotLoader.chunkSize] {
            #expect(try SnapshotLoader.load(session.store, curriculum: curriculum, asOf: asOf, chunkSize: chunkSize) == expected)
        }
    }
}
