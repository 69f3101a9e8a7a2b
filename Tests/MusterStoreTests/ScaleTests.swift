import Foundation
import MusterCore
@testable import MusterStore
import MusterTestSupport
import Testing

/// Agency-scale timings; off by default. Run with
/// `MUSTER_SCALE_TEST=100000 swift test -c release -Xswiftc -enable-testing --filter ScaleTests`.
@Suite("Scale", .enabled(if: ProcessInfo.processInfo.environment["MUSTER_SCALE_TEST"] != nil))
struct ScaleTests {
    @Test("import, roster, streaming, export and verify at agency scale")
    func scale() throws {
        let officerCount = Int(ProcessInfo.processInfo.environment["MUSTER_SCALE_TEST"] ?? "") ?? 100_000
        let completionsPerOfficer = Int(ProcessInfo.processInfo.environment["MUSTER_SCALE_COMPLETIONS"] ?? "") ?? 10
        let fixture = try StoreFixture(officers: [])
        func timed<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
            let start = Date()
            let value = try body()
            print(String(format: "scale: %@ %.2f s", label, Date().timeIntervalSince(start)))
            return value
        }
        var csv = "badge,last_name,first_name,unit,rank\n"
        for index in 0..<officerCount {
            csv += "B\(String(format: "%06d", index)),Last\(index % 977),First\(index % 113),Unit \(index % 40),Officer\n"
        }
        let outcome = try timed("officers import \(officerCount)") {
            try fixture.store.importOfficersCSV(Array(csv.utf8), file: "o.csv", sync: false, dryRun: false, actor: "scale")
        }
        #expect(outcome.summary?.new == officerCount)
        let modules = [SampleCurriculum.deEscalation, SampleCurriculum.firstAid, SampleCurriculum.legalUpdate]
        var entries: [CompletionRequest] = []
        entries.reserveCapacity(officerCount * completionsPerOfficer)
        for index in 0..<officerCount {
            for step in 0..<completionsPerOfficer {
                entries.append(CompletionRequest(
                    badge: "B\(String(format: "%06d", index))", moduleID: modules[step % 3],
                    completedOn: day("2020-01-01").adding(days: (index + step * 97) % 1900), score: 90))
            }
        }
        _ = try timed("roster \(entries.count) completions") {
            try fixture.apply(.recordRoster(RosterRequest(entries: entries)))
        }
        try fixture.apply(.assign(AssignmentRequest(target: .certification(SampleCurriculum.patrolCertification), assignee: .unit("Unit 1"))))
        var officers = 0
        var completions = 0
        try timed("forEachOfficerRecords") {
            try fixture.store.forEachOfficerRecords(.all) { set in
                officers += 1
                completions += set.completions.count
            }
        }
        #expect(officers == officerCount)
        #expect(completions == entries.count)
        try timed("search keystroke") { _ = try fixture.store.officers(OfficerQuery(filter: OfficerFilter(search: "Last97"), limit: 60)) }
        try timed("count keystroke") { _ = try fixture.store.officerCount(OfficerFilter(search: "Last97")) }
        let path = fixture.directory.file("roster.csv")
        try timed("roster export") {
            let writer = CSVExportWriter(output: try ExportOutput(path: path))
            try writer.writeRow(RosterExportRow.columns)
            try fixture.store.forEachRosterRow(RosterExportFilter()) { try writer.writeRow($0.values) }
            try writer.finish()
        }
        let report = try timed("verify audit") { try fixture.store.verifyAudit() }
        #expect(report.isIntact)
    }
}
