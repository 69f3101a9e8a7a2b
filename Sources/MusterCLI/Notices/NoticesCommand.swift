import ArgumentParser
import Foundation
import MusterCore
import MusterReports
import MusterStore

/// `muster notices`: the morning reminders, safe to run from cron every day.
struct NoticesCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "notices",
        abstract: "E-mail each officer their expiring, expired and overdue training, and each unit's supervisor a digest.",
        discussion: """
        One message per officer with an e-mail address (their items expiring within the windows, expired or \
        overdue, and their next enrolled class) and one digest per supervisor (set with `muster units edit UNIT \
        --supervisor LOGIN|ADDRESS`), which also lists the unit's officers who have no e-mail address.
        Every item a message carries is remembered (officer × module × state × window × date), so a daily run \
        from cron sends nothing new until an item changes: a module moving from the 60- into the 30-day window, \
        expiring, or falling overdue. Officers on leave get no reminders.
        Messages go to a sendmail-compatible program (default "\(MailDelivery.defaultSendmail)", the message \
        on its standard input, run without a shell) or, with -o DIR, into DIR as .eml files (counted as sent).
        The sender is --from or the address saved with --from ADDRESS --save-from.
        Exit status 1 when a message could not be handed over (the others are sent and remembered).
        """)

    @OptionGroup var store: StoreOptions
    @Option(name: .customLong("as-of"), help: ArgumentHelp("Judge as of this date (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?
    @Option(help: ArgumentHelp("Warn of expiry within these windows, in days.", valueName: "DAYS,…")) var within = "30,60,90"
    @Flag(help: "List what would be sent; send and remember nothing.") var dryRun = false
    @Option(help: ArgumentHelp("The sender, e.g. \"Training Unit <training@agency.example>\".", valueName: "ADDRESS"))
    var from: String?
    @Flag(help: "Save --from as the agency's sender for later runs.") var saveFrom = false
    @Option(help: ArgumentHelp("The sendmail-compatible command (default: \(MailDelivery.defaultSendmail)).", valueName: "CMD"))
    var sendmail: String?
    @Option(name: .short, help: ArgumentHelp("Write each message as a .eml file into DIR instead of sending it.", valueName: "DIR"))
    var output: String?
    @Option(help: "text or json.") var format: DocumentFormat = .text

    var need: AccessNeed { dryRun && !saveFrom ? .read(.allRecords) : .write(.sendNotices) }

    func validate() throws {
        if sendmail != nil, output != nil { throw ValidationError("give --sendmail CMD or -o DIR, not both") }
        if saveFrom, from == nil { throw ValidationError("--save-from saves the address given with --from") }
        if NoticeWindows(parsing: within) == nil {
            throw ValidationError("--within: '\(within)' is not a list of days from 1 to 3660, e.g. 30,60,90")
        }
        if let from, MailAddress(parsing: from) == nil {
            throw ValidationError("--from: '\(from)' is not an e-mail address (e.g. \"Training <training@agency.example>\")")
        }
    }

    func run() throws {
        let session = try openSession()
        let day = try DateArgument.parse(asOf, option: "--as-of") ?? .today()
        let windows = NoticeWindows(parsing: within) ?? .standard
        let store = try session.reads(.allRecords)
        if saveFrom, let from {
            try session.apply([.saveSetting(.noticeSender, value: from)])
            try StandardStreams.error("saved \(from) as the sender of notices")
        }
        let curriculum = try session.curriculum()
        let plan = try NoticePlan.build(from: store, curriculum: curriculum, asOf: day, windows: windows,
                                        nextClass: { try NextClassText.line(badge: $0, after: day, in: store, curriculum: curriculum) })
        let sender = try from ?? store.setting(.noticeSender)
        var run = NoticeRun(plan: plan, dryRun: dryRun)
        if !dryRun, plan.messageCount > 0 {
            guard let sender, let address = MailAddress(parsing: sender) else {
                throw MusterFailure.validation("no sender: give --from ADDRESS (add --save-from to keep it for later runs)")
            }
            let delivery = try output.map { try MailDelivery.folder($0, database: session.path) }
                ?? MailDelivery.sendmail(command: sendmail ?? MailDelivery.defaultSendmail)
            run.send(from: address, through: delivery) { try session.apply([.recordNotices($0)]) }
        }
        switch format {
        case .text: try StandardStreams.out(run.report())
        case .json: try StandardStreams.out(try JSONOutput.string(run.json))
        }
        if !run.failures.isEmpty {
            throw MusterFailure.validation(run.failures.joined(separator: "\n"))
        }
    }
}
