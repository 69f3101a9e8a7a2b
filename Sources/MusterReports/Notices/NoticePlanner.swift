import MusterCore
import MusterStore

/// Folds officers' notice items into a `NoticePlan`, against what was sent before and who supervises each
/// unit: the one place that decides who gets a message, used by `muster notices` and the TUI dashboard.
public struct NoticePlanner: Sendable {
    public let asOf: CalendarDate
    public let windows: NoticeWindows
    private let curriculum: Curriculum
    private let sentToOfficers: Set<NoticeItem.Key>
    private let sentToSupervisors: Set<NoticeItem.Key>
    private let supervisors: [String: String]
    private let addresses: [String: String]
    private var plan: NoticePlan
    private var digests: [String: NoticePlan.Digest] = [:]
    private var unsupervised = Set<String>()

    public init(store: SQLiteRecordStore, curriculum: Curriculum, asOf: CalendarDate, windows: NoticeWindows) throws {
        self.asOf = asOf
        self.windows = windows
        self.curriculum = curriculum
        sentToOfficers = try store.sentNoticeKeys(.officer)
        sentToSupervisors = try store.sentNoticeKeys(.supervisor)
        supervisors = try store.unitSupervisors()
        var addresses: [String: String] = [:]
        for supervisor in Set(supervisors.values) { addresses[supervisor] = try NoticePlan.address(of: supervisor, in: store) }
        self.addresses = addresses
        plan = NoticePlan(asOf: asOf, windows: windows, officerNotices: [], digests: [], withoutEmail: [], unitsWithoutSupervisor: [])
    }

    /// The items an officer's status lines give.
    public func items(badge: String, lines: [ModuleStatusLine]) -> [NoticeItem] {
        lines.compactMap { windows.item(for: $0, badge: badge, asOf: asOf, title: curriculum.module($0.moduleID)?.title ?? $0.moduleID) }
    }

    /// Adds one serving officer, in `unit` on the day, with their items.
    public mutating func add(_ officer: Officer, unit: String?, items: [NoticeItem], nextClass: () throws -> String?) rethrows {
        guard !items.isEmpty else { return }
        let email = officer.email.flatMap { $0.isEmpty ? nil : $0 }
        if email != nil {
            let news = items.filter { !sentToOfficers.contains($0.key) }
            if !news.isEmpty {
                plan.officerNotices.append(NoticePlan.OfficerNotice(officer: officer, items: items, newItems: news, nextClass: try nextClass()))
            }
        } else {
            plan.withoutEmail.append(officer)
        }
        let unit = unit ?? "(no unit)"
        guard let supervisor = NoticePlan.supervisor(of: unit, in: supervisors) else {
            unsupervised.insert(unit)
            return
        }
        let recipient = addresses[supervisor] ?? supervisor
        let entry = NoticePlan.DigestEntry(officer: officer, unit: unit, items: items,
                                           newItems: items.filter { !sentToSupervisors.contains($0.key) }, hasEmail: email != nil)
        digests[recipient, default: NoticePlan.Digest(recipient: recipient, supervisor: supervisor, entries: [])].entries.append(entry)
    }

    /// Adds an officer as a status stream hands them over: only one serving on the day and not separated today,
    /// as `muster notices` judges them (the next enrolled class is not looked up: counts need no words).
    public mutating func add(_ timeline: OfficerTimeline, statusLines lines: [ModuleStatusLine]) {
        let officer = timeline.officer
        guard officer.status != .separated, timeline.serves(on: asOf) else { return }
        add(officer, unit: timeline.unit(on: asOf) ?? officer.unit, items: items(badge: officer.badge, lines: lines)) { nil }
    }

    /// The counts the dashboard shows.
    public var pending: PendingNotices {
        let plan = finish()
        return PendingNotices(officerNotices: plan.officerNotices.count, digests: plan.digests.count, withoutEmail: plan.withoutEmail.count)
    }

    public func finish() -> NoticePlan {
        var plan = plan
        plan.digests = digests.values.filter { $0.entries.contains { !$0.newItems.isEmpty } }.sorted { $0.recipient < $1.recipient }
        plan.unitsWithoutSupervisor = unsupervised.sorted()
        return plan
    }
}
