import ArgumentParser
import MusterCore
import MusterStore

/// `muster waivers list|end`: the waivers on record. Ending one is dated; nothing is deleted.
struct WaiversCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waivers", abstract: "List waivers, or end one on a date.",
        subcommands: [WaiversListCommand.self, WaiversEndCommand.self])
}

struct WaiversListCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the waivers on record, ended ones included unless --active.",
        discussion: """
        Columns: id, officer, module, from (first day it excuses), until (last day; empty: open-ended), reason. \\
        A waiver ended with `muster waivers end` shows the day before its end as its last day; the audit log keeps \\
        what it was.
        """)

    @OptionGroup var store: StoreOptions
    @Option(help: "Only this officer's waivers.") var officer: String?
    @Flag(help: "Only waivers not over: in force on --as-of (default today) or starting later.") var active = false
    @Option(help: ArgumentHelp("The day --active judges (default: today).", valueName: "YYYY-MM-DD")) var asOf: String?
    @Option(help: ArgumentHelp(OutputFormat.help)) var format: OutputFormat = .table

    var need: AccessNeed { .read(officer.map { .officer(badge: $0) } ?? .visibleRecords) }

    func run() throws {
        let session = try openSession()
        // An officer's login sees its own waivers, read for its badge alone.
        let badge = officer ?? session.access.visibleBadge
        let records = try session.reads(badge.map { .officer(badge: $0) } ?? .allRecords)
        var waivers = try badge.map { try records.waivers(badge: try session.officer($0).badge) } ?? records.allWaivers()
        if active {
            let day = try DateArgument.parse(asOf, option: "--as-of") ?? .today()
            waivers = waivers.filter { WaiverEnding.isActive($0, on: day) }
        }
        try RecordPrinter.print(format: format, columns: WaiverColumns.names,
                                rows: waivers.sorted { $0.id < $1.id }.map(WaiverColumns.values))
    }
}

struct WaiversEndCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "end", abstract: "End a waiver: from --on (default today) the officer owes the module again.",
        discussion: "The waiver is kept with the day before --on as its last day; the change is audited.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The waiver id (see `muster waivers list`).") var id: Int64
    @Option(name: .customLong("on"), help: ArgumentHelp("The first day it no longer excuses (default: today).",
                                                         valueName: "YYYY-MM-DD"))
    var endedOn: String?

    var need: AccessNeed { .write(.waive) }

    func run() throws {
        let session = try openSession()
        let day = try DateArgument.parse(endedOn, option: "--on")
        let results = try session.apply([.endWaiver(id: id, on: day)])
        guard case .waiverEnded(_, let lastDay)? = results.first else { return }
        try StandardStreams.out("waiver \(id) ended: its last day is \(lastDay)")
    }
}

/// The columns `waivers list` prints, the same in every format.
enum WaiverColumns {
    static let names = ["id", "officer", "module", "from", "until", "reason"]

    static func values(_ waiver: Waiver) -> [String?] {
        [String(waiver.id), waiver.badge, waiver.moduleID, waiver.from.iso, waiver.until?.iso, waiver.reason]
    }
}
