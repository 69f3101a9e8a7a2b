import Foundation
import MusterCore
import MusterReports

/// One run of `muster notices`: each planned message, whether it went out, and the words and JSON that say so.
struct NoticeRun {
    struct Outcome: Encodable {
        enum Status: String, Encodable { case wouldSend = "would send", sent, failed }
        var kind: String
        var to: String
        var badge: String?
        var units: [String]?
        var officers: Int?
        var items: Int
        var newItems: Int
        var status: Status
        var deliveredTo: String?

        enum CodingKeys: String, CodingKey {
            case kind, to, badge, units, officers, items, status
            case newItems = "new_items", deliveredTo = "delivered_to"
        }
    }

    let plan: NoticePlan
    let dryRun: Bool
    var outcomes: [Outcome] = []
    var failures: [String] = []

    init(plan: NoticePlan, dryRun: Bool) {
        self.plan = plan
        self.dryRun = dryRun
        for notice in plan.officerNotices {
            outcomes.append(Outcome(kind: "officer", to: notice.officer.email ?? "", badge: notice.officer.badge, items: notice.items.count,
                                    newItems: notice.newItems.count, status: .wouldSend))
        }
        for digest in plan.digests {
            outcomes.append(Outcome(kind: "supervisor", to: digest.recipient, units: digest.units,
                                    officers: Set(digest.entries.map(\.officer.badge)).count,
                                    items: digest.entries.map(\.items.count).reduce(0, +),
                                    newItems: digest.entries.map(\.newItems.count).reduce(0, +), status: .wouldSend))
        }
    }

    /// Sends every message and remembers each one's items right after it went, so that a run cut short
    /// neither loses nor repeats what it had sent.
    mutating func send(from sender: MailAddress, through delivery: MailDelivery, remember: ([SentNotice]) throws -> Void) {
        let now = Date()
        let day = plan.asOf
        for (index, notice) in plan.officerNotices.enumerated() {
            let officer = notice.officer
            guard let to = MailAddress(name: "\(officer.firstName) \(officer.lastName)", address: officer.email ?? "") else {
                fail(index, "officer \(officer.badge): '\(officer.email ?? "")' is not an e-mail address Muster sends to")
                continue
            }
            let message = MailMessage(from: sender, to: to, subject: NoticeText.subject(notice),
                                      body: NoticeText.body(notice, asOf: day), date: now)
            let sent = notice.items.map { SentNotice(audience: .officer, key: $0.key, recipient: to.address, messageID: message.messageID) }
            deliver(index, message, name: "\(day.iso)-officer-\(officer.badge)", sent, delivery, remember)
        }
        for (offset, digest) in plan.digests.enumerated() {
            let index = plan.officerNotices.count + offset
            guard let to = MailAddress(address: digest.recipient) else {
                fail(index, "supervisor '\(digest.supervisor)' of \(digest.units.joined(separator: ", ")) is not an address Muster sends to")
                continue
            }
            let message = MailMessage(from: sender, to: to, subject: NoticeText.subject(digest),
                                      body: NoticeText.body(digest, asOf: day), date: now)
            let sent = digest.entries.flatMap { entry in
                entry.items.map { SentNotice(audience: .supervisor, key: $0.key, recipient: to.address, messageID: message.messageID) }
            }
            deliver(index, message, name: "\(day.iso)-supervisor-\(to.address)", sent, delivery, remember)
        }
    }

    private mutating func deliver(_ index: Int, _ message: MailMessage, name: String, _ sent: [SentNotice],
                                  _ delivery: MailDelivery, _ remember: ([SentNotice]) throws -> Void) {
        do {
            outcomes[index].deliveredTo = try delivery.deliver(message, name: name)
            outcomes[index].status = .sent
        } catch {
            return fail(index, "\(message.to.address): \(Self.words(error))")
        }
        do {
            try remember(sent)
        } catch {
            failures.append("\(message.to.address): sent, but not remembered (it will be sent again): \(Self.words(error))")
        }
    }

    private mutating func fail(_ index: Int, _ reason: String) {
        outcomes[index].status = .failed
        failures.append(reason)
    }

    private static func words(_ error: any Error) -> String {
        (error as? MusterFailure)?.message ?? String(describing: error)
    }

    /// The text report: a line per message, then who has no address and which units no supervisor.
    func report() -> String {
        var lines = outcomes.map { outcome in
            let who = outcome.kind == "officer"
                ? "officer \(outcome.badge ?? "") <\(outcome.to)>"
                : "digest  \(outcome.to) (\(outcome.units?.joined(separator: ", ") ?? ""); \(outcome.officers ?? 0) officer(s))"
            let place = outcome.deliveredTo.map { $0 == outcome.to ? "" : " → \($0)" } ?? ""
            return "\(outcome.status.rawValue): \(who): \(outcome.items) item(s), \(outcome.newItems) new\(place)"
        }
        let officers = outcomes.filter { $0.kind == "officer" }.count
        let verb = dryRun ? "would send" : "sent"
        let done = dryRun ? officers : outcomes.filter { $0.kind == "officer" && $0.status == .sent }.count
        let digests = dryRun ? plan.digests.count : outcomes.filter { $0.kind == "supervisor" && $0.status == .sent }.count
        lines.append("\(verb) \(done) officer notice(s) and \(digests) supervisor digest(s) as of \(plan.asOf.iso)"
            + (outcomes.isEmpty ? ": nothing new since the last run" : ""))
        if !plan.withoutEmail.isEmpty {
            lines.append("no e-mail address (listed in their unit's digest, where the unit has a supervisor): "
                + plan.withoutEmail.map(\.badge).joined(separator: ", "))
        }
        if !plan.unitsWithoutSupervisor.isEmpty {
            lines.append("units without a supervisor (set one with `muster units edit UNIT --supervisor …`): "
                + plan.unitsWithoutSupervisor.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    struct JSON: Encodable {
        var asOf: String
        var dryRun: Bool
        var messages: [Outcome]
        var withoutEmail: [String]
        var unitsWithoutSupervisor: [String]

        enum CodingKeys: String, CodingKey {
            case messages
            case asOf = "as_of", dryRun = "dry_run", withoutEmail = "without_email", unitsWithoutSupervisor = "units_without_supervisor"
        }
    }

    var json: JSON {
        JSON(asOf: plan.asOf.iso, dryRun: dryRun, messages: outcomes, withoutEmail: plan.withoutEmail.map(\.badge),
             unitsWithoutSupervisor: plan.unitsWithoutSupervisor)
    }
}
