/// Why an officer's due date for a module is later than the assignment's `--due`: each is a rule of its own,
/// and `--explain` names the one that applied.
public enum DueAdjustment: Hashable, Sendable {
    /// The officer came into the assignment's scope after it began (hired, joined the unit) and has
    /// `withinDays` from `joined`.
    case newMember(joined: CalendarDate, withinDays: Int)
    /// A later version of a certification added the module; officers already in scope have `withinDays` from
    /// the day that version took effect.
    case addedModule(certificationID: String, version: ModuleVersion, effective: CalendarDate, withinDays: Int)
    /// A waiver of the module ended on `endedOn` (its last day); the module is due no earlier than 30 days on.
    case waiverEnded(waiverID: Int64, endedOn: CalendarDate)
    /// The due date fell in a leave; it moves to 30 days after the day the leave ended.
    case leave(LeavePeriod)

    /// Days after a waiver's last day before the module it waived is due.
    public static let daysAfterWaiver = 30
    /// Days after the day a leave ends before a due date that fell in it is due.
    public static let daysAfterLeave = 30

    /// Words for `--explain`.
    public var explanation: String {
        switch self {
        case .newMember(let joined, let days):
            "came into scope on \(joined): due \(days) days later"
        case .addedModule(let id, let version, let effective, let days):
            "added by \(id) version \(version) (in force \(effective)): due \(days) days later"
        case .waiverEnded(let id, let ended):
            "waiver #\(id) ended \(ended): due no earlier than \(DueAdjustment.daysAfterWaiver) days later"
        case .leave(let leave):
            "the due date fell in leave \(leave.words): moved to \(DueAdjustment.daysAfterLeave) days after it ended"
        }
    }
}

extension LeavePeriod {
    /// "2026-05-01 – 2026-06-30", "from 2026-05-01, open".
    public var words: String {
        switch (from, through) {
        case (let from?, let through?): "\(from) – \(through)"
        case (let from?, nil): "from \(from), open"
        case (nil, let through?): "until \(through)"
        case (nil, nil): "(undated)"
        }
    }
}
