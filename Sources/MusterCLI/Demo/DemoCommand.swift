import MusterDemo
import ArgumentParser
import Foundation
import MusterCore
import MusterStore

/// `muster demo`: builds a demo agency through the same command layer as real input.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a realistic, deterministic demo agency (about five years of history).",
        discussion: "Refuses a database that already holds officers, so real records are never mixed with demo ones."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var curricula: CurriculaOptions
    @Option(help: "How many officers.") var officers = 400
    @Option(help: "Random seed; the same seed builds the same agency.") var seed: UInt64 = 1
    @Option(name: .customLong("as-of"), help: ArgumentHelp("Build the history up to this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func validate() throws {
        guard officers > 0 else { throw ValidationError("--officers must be at least 1") }
    }

    func run() throws {
        let day = try DateArgument.parse(asOf, option: "--as-of") ?? .today()
        let started = Date()
        let session = try Session.open(store, create: true)
        let summary = try DemoBuilder(session: session, curriculum: try curricula.load(), officerCount: officers, seed: seed,
                                      asOf: day).build()
        let seconds = Date().timeIntervalSince(started)
        StandardStreams.out("demo agency in \(session.path): \(summary) (\(String(format: "%.1f", seconds)) s)")
    }
}

/// Writes a `DemoAgency` into a database in batches, each batch one transaction through `RecordStore.apply`.
struct DemoBuilder {
    let session: Session
    let curriculum: Curriculum
    let officerCount: Int
    let seed: UInt64
    let asOf: CalendarDate

    /// Officers per write batch: large enough to amortise transactions, small enough to bound memory.
    static let batchSize = 2_000

    func build() throws -> String {
        guard try session.store.officerCount(.all) == 0 else {
            throw MusterFailure.validation("\(session.path) already holds officers; `muster demo` only fills an empty database")
        }
        let agency = DemoAgency(officerCount: officerCount, seed: seed, asOf: asOf, curriculum: curriculum)
        try session.apply([.loadCurriculum(curriculum), .grantRole(login: session.login, role: .coordinator)])
        var completions = 0
        var voided = 0
        var waivers = 0
        for start in stride(from: 0, to: agency.officers.count, by: Self.batchSize) {
            let batch = Array(agency.officers[start..<min(start + Self.batchSize, agency.officers.count)])
            var commands: [RecordCommand] = [.importOfficers(rows: batch.map(OfficerImportRow.init), sync: false)]
            var voids: [(index: Int, reason: String)] = []
            var entries: [CompletionRequest] = []
            for (offset, officer) in batch.enumerated() {
                let history = agency.history(of: officer, index: start + offset)
                for planned in history.completions {
                    if let reason = planned.voidReason { voids.append((entries.count, reason)) }
                    entries.append(CompletionRequest(
                        badge: officer.badge, moduleID: planned.moduleID, completedOn: planned.completedOn,
                        result: planned.result, score: planned.score, hours: planned.hours, instructor: planned.instructor))
                }
                for waiver in history.waivers {
                    commands.append(.waive(WaiverRequest(badge: officer.badge, moduleID: waiver.moduleID, reason: waiver.reason,
                                                         from: waiver.from, until: waiver.until)))
                }
                waivers += history.waivers.count
            }
            commands.append(.recordRoster(RosterRequest(entries: entries)))
            if start == 0 {
                commands += agency.assignments.map {
                    .assign(AssignmentRequest(target: $0.target, assignee: .unit($0.unit), dueOn: $0.dueOn, assignedOn: asOf.adding(days: -400)))
                }
            }
            let results = try session.apply(commands)
            guard case .rosterRecorded(let roster)? = results.first(where: { if case .rosterRecorded = $0 { true } else { false } })
            else { continue }
            completions += roster.newIDs.count
            let voidCommands = voids.compactMap { item -> RecordCommand? in
                item.index < roster.newIDs.count ? .voidCompletion(id: roster.newIDs[item.index], reason: item.reason) : nil
            }
            if !voidCommands.isEmpty { try session.apply(voidCommands) }
            voided += voidCommands.count
        }
        return "\(agency.officers.count) officers in \(Set(agency.officers.compactMap(\.unit)).count) units, "
            + "\(agency.assignments.count) unit assignments, \(completions) completions (\(voided) voided), \(waivers) waivers"
    }
}

extension OfficerImportRow {
    /// A complete import row for an officer known in full.
    init(_ officer: Officer) {
        self.init(badge: officer.badge, lastName: officer.lastName, firstName: officer.firstName, unit: .some(officer.unit),
                  rank: .some(officer.rank), email: .some(officer.email), login: .some(officer.login),
                  hireDate: .some(officer.hireDate), status: officer.status)
    }
}
