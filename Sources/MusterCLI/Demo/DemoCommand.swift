import MusterDemo
import ArgumentParser
import Foundation
import MusterCore
import MusterStore

/// `muster demo`: builds a demo agency through the same command layer as real input.
struct DemoCommand: RecordsCommand {
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
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { .write(.manageUsers) }

    func validate() throws {
        guard officers > 0 else { throw ValidationError("--officers must be at least 1") }
    }

    func run() throws {
        let started = Date()
        let session = try openSession(create: true)
        let day = try DateArgument.parse(asOf, option: "--as-of") ?? .today()
        let summary = try DemoBuilder(session: session, curriculum: try curricula.load(), officerCount: officers, seed: seed,
                                      asOf: day).build()
        let seconds = Date().timeIntervalSince(started)
        try ResultOutput.print(format, "demo agency in \(session.path): \(summary) (\(String(format: "%.1f", seconds)) s)",
                               json: ["database": .string(session.path), "officers": .int(officers), "seed": .integer(Int64(clamping: seed)),
                                      "as_of": .string(day.iso), "seconds": .number((seconds * 10).rounded() / 10)])
    }
}
