/// Whether a module version may bind, and from when. Not a YAML key: the store keeps it beside each version
/// (`curriculum_review`) and sets it on the modules it reads back.
public enum VersionApproval: Hashable, Sendable {
    /// Loaded with the founding curricula (`muster init`), or before reviews existed: binds from `effective`.
    case approvedAtLoad
    /// Every required sign-off came in on this day: binds from the later of `effective` and this day.
    case approved(on: CalendarDate)
    /// Loaded later and not yet approved: binds from no day.
    case pending

    public var isPending: Bool { self == .pending }

    /// The day approval came in, for a version approved by review.
    public var approvedOn: CalendarDate? {
        if case .approved(let day) = self { return day }
        return nil
    }
}

extension Module {
    /// The first day this version binds: the later of its `effective` and its approval; `CalendarDate.latest`
    /// (no day anyone reaches) while it is pending. Every rule that asks which version is in force on a day
    /// reads this, so an approval dated after a day never changes that day's answer.
    public var bindsFrom: CalendarDate {
        switch approval {
        case .approvedAtLoad: effective
        case .approved(let day): Swift.max(effective, day)
        case .pending: .latest
        }
    }

    /// Whether the version binds on `day`.
    public func binds(on day: CalendarDate) -> Bool {
        !approval.isPending && bindsFrom <= day
    }
}
