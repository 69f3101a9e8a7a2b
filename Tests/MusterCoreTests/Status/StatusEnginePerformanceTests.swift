import Foundation
import MusterCore
import Testing

private typealias F = StatusFixtures

/// Agency-scale timing, run on demand (`MUSTER_PERF=1 swift test -c release --filter StatusEnginePerformance`):
/// too slow for every run in a debug build, and a timing on a shared machine is not a pass/fail fact.
@Suite("Status engine at agency scale", .enabled(if: ProcessInfo.processInfo.environment["MUSTER_PERF"] != nil))
struct StatusEnginePerformanceTests {
    static let moduleIDs = (1...12).map { "module-\($0)" }

    static let curriculum = Curriculum(
        modules: moduleIDs.enumerated().map { index, id in
            F.module(id, validity: index % 3 == 0 ? .calendarYear : .rolling(months: 12 * (1 + index % 2)), acceptsFrom: "2023.1")
        },
        certifications: [
            Certification(id: "patrol", title: "Patrol", summary: "", modules: Array(moduleIDs[0..<6])),
            Certification(id: "field", title: "Field", summary: "", modules: Array(moduleIDs[6..<12])),
        ])

    /// One of a thousand distinct officers: a unit certification, a direct module, ~50 completions over
    /// five years with failures, voids and old versions among them, and the odd waiver.
    static func records(_ number: Int) -> OfficerRecords {
        var generator = SplitMix(seed: UInt64(number))
        let badge = "B\(number)"
        let officer = Officer(badge: badge, lastName: "L", firstName: "F", unit: "U\(number % 20)")
        let assignments = [
            Assignment(id: 1, target: .certification("patrol"), assignee: .unit(officer.unit!),
                       dueOn: F.date("2025-06-30"), assignedOn: F.date("2020-01-01")),
            Assignment(id: 2, target: .certification("field"), assignee: .officer(badge: badge), assignedOn: F.date("2020-01-01")),
        ]
        let start = F.date("2020-12-01")
        let completions = (0..<50).map { index in
            Completion(
                id: Int64(number * 100 + index), badge: badge, moduleID: moduleIDs[Int(generator.next() % 12)],
                moduleVersion: generator.next() % 10 == 0 ? F.version("2022.1") : F.version("2023.1"),
                completedOn: start.adding(days: Int(generator.next() % 1800)),
                result: generator.next() % 8 == 0 ? .fail : .pass,
                voidReason: generator.next() % 50 == 0 ? "entered in error" : nil)
        }
        let waivers = generator.next() % 10 == 0
            ? [Waiver(id: Int64(number), badge: badge, moduleID: moduleIDs[0], reason: "leave", from: F.date("2025-01-01"))]
            : []
        return OfficerRecords(officer: officer, assignments: assignments, completions: completions, waivers: waivers)
    }

    @Test("100,000 officers with 12 requirements and 50 completions each, in parallel")
    func hundredThousandOfficers() async {
        let engine = StatusEngine(curriculum: Self.curriculum)
        let asOf = F.date("2025-11-23")
        let officers = 100_000
        let batches = ProcessInfo.processInfo.activeProcessorCount * 4
        // Each batch gets its own records, as distinct officers would be: shared ones would make the
        // threads fight over reference counts and measure that instead of the engine.
        let distinct = (0..<batches).map { batch in (0..<500).map { Self.records(batch * 500 + $0) } }
        let clock = ContinuousClock()
        let started = clock.now
        let (modules, certifications) = await withTaskGroup(of: (ModuleStatusTally, CertificationStatusTally).self) { group in
            for batch in 0..<batches {
                group.addTask {
                    var modules = ModuleStatusTally()
                    var certifications = CertificationStatusTally()
                    for officer in stride(from: batch, to: officers, by: batches) {
                        let standing = engine.evaluate(distinct[batch][officer % 500], asOf: asOf)
                        for module in standing.modules { modules.add(module.status) }
                        for certification in standing.certifications { certifications.add(certification.status) }
                    }
                    return (modules, certifications)
                }
            }
            var modules = ModuleStatusTally()
            var certifications = CertificationStatusTally()
            for await (batchModules, batchCertifications) in group {
                modules = modules.merging(batchModules)
                certifications = certifications.merging(batchCertifications)
            }
            return (modules, certifications)
        }
        let elapsed = clock.now - started
        print("status engine: \(officers) officers in \(elapsed); modules \(modules.rows), certifications \(certifications.rows)")
        #expect(modules.total == officers * 12)
        #expect(certifications.total == officers * 2)
        #expect(ModuleStatus.allCases.filter { modules[$0] > 0 }.count >= 4)
    }
}

/// A tiny deterministic generator, so the data set is the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
