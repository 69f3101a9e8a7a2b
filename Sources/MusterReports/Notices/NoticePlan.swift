import MusterCore
import MusterStore

/// What one run of `muster notices` sends: a notice to each officer with news and an e-mail address, and a
/// digest to each supervisor whose units have news. A message goes out when at least one of its items has not
/// been sent to that audience in that state and window before; it then lists all of the officer's items, so
/// the reader has the whole picture, and every item it carries is remembered (`SentNotice`).
public struct NoticePlan: Sendable {
    public struct OfficerNotice: Sendable {
        public var officer: Officer
        public var items: [NoticeItem]
        /// The items not sent to the officer before.
        public var newItems: [NoticeItem]
        /// The officer's next enrolled class, in words, when scheduling knows one.
        public var nextClass: String?
    }

    /// One officer's lines in a supervisor's digest.
    public struct DigestEntry: Sendable {
        public var officer: Officer
        public var unit: String
        public var items: [NoticeItem]
        public var newItems: [NoticeItem]
        /// False when the officer has no e-mail address: the digest is the only notice of their items.
        public var hasEmail: Bool
    }

    public struct Digest: Sendable {
        /// Where the digest goes: the supervisor's e-mail, or their login for local delivery.
        public var recipient: String
        /// The supervisor as set on the units (`muster units edit UNIT --supervisor`).
        public var supervisor: String
        public var entries: [DigestEntry]
        public var units: [String] { Array(Set(entries.map(\.unit))).sorted() }
    }

    public var asOf: CalendarDate
    public var windows: NoticeWindows
    /// Officers with news and an e-mail address.
    public var officerNotices: [OfficerNotice]
    /// Supervisors whose units have news.
    public var digests: [Digest]
    /// Officers with items but no e-mail address (listed in their supervisor's digest, when their unit has one).
    public var withoutEmail: [Officer]
    /// Units with officers who have items, but no supervisor to send a digest to.
    public var unitsWithoutSupervisor: [String]

    /// Judges every serving officer as of `asOf` and compares their items with what was sent before.
    /// `nextClass` names an officer's next enrolled class, when scheduling knows one.
    public static func build(
        from store: SQLiteRecordStore, curriculum: Curriculum, asOf: CalendarDate, windows: NoticeWindows,
        nextClass: (String) throws -> String? = { _ in nil }
    ) throws -> NoticePlan {
        let engine = StatusEngine(curriculum: curriculum)
        var planner = try NoticePlanner(store: store, curriculum: curriculum, asOf: asOf, windows: windows)
        let filter = OfficerFilter.notSeparated
        try StandingStream.forEach(store, filter, engine: engine, asOf: asOf,
                                   completions: .standingBasis(asOf: asOf, engine: engine), certifications: false) { records, standing in
            guard filter.keeps(records, on: asOf) else { return }
            let officer = records.officer
            let items = planner.items(badge: officer.badge, lines: standing.modules.map(\.line))
            try planner.add(officer, unit: records.timeline.unit(on: asOf) ?? officer.unit, items: items) { try nextClass(officer.badge) }
        }
        return planner.finish()
    }

    /// The unit's supervisor, the unit matched without regard to case and spacing, as units are typed.
    static func supervisor(of unit: String, in supervisors: [String: String]) -> String? {
        if let exact = supervisors[unit] { return exact }
        let wanted = folded(unit)
        return supervisors.first { folded($0.key) == wanted }?.value
    }

    private static func folded(_ unit: String) -> String {
        unit.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// An e-mail address as it is; a login becomes the e-mail of the officer with that login, or stays the login
    /// (the local mail system delivers to it).
    static func address(of supervisor: String, in store: SQLiteRecordStore) throws -> String {
        guard !supervisor.contains("@") else { return supervisor }
        if let email = try store.officer(login: supervisor)?.email, !email.isEmpty { return email }
        return supervisor
    }

    public var messageCount: Int { officerNotices.count + digests.count }
}
