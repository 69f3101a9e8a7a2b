/// One officer's status on one required module, without the evidence behind it: the line reports,
/// exports and the dashboard print. `StatusEngine.moduleStatusLines` judges a whole agency this way
/// without building the explanation's lists; every field equals the matching `ModuleStanding`'s.
public struct ModuleStatusLine: Sendable, Equatable {
    public var moduleID: String
    public var status: ModuleStatus
    /// The completion date of the standing's basis, if any.
    public var completedOn: CalendarDate?
    public var expiresOn: CalendarDate?
    public var dueOn: CalendarDate?
    /// As `ModuleStanding.waiverSuspends`.
    public var waiverSuspends: Bool
    /// As `ModuleStanding.origin`.
    public var origin: AssignmentOrigin

    public init(moduleID: String, status: ModuleStatus, completedOn: CalendarDate? = nil, expiresOn: CalendarDate? = nil,
                dueOn: CalendarDate? = nil, waiverSuspends: Bool = false, origin: AssignmentOrigin = .routine) {
        self.origin = origin
        self.moduleID = moduleID
        self.status = status
        self.completedOn = completedOn
        self.expiresOn = expiresOn
        self.dueOn = dueOn
        self.waiverSuspends = waiverSuspends
    }

    /// Whether the line, as the officer's word counts it, suspends what they hold: a failed re-qualification, or
    /// a waiver where the certification requiring the module cannot be waived.
    public var suspends: Bool { status.suspends(waivable: !waiverSuspends) }
}

extension ModuleStanding {
    /// The standing without its evidence.
    public var line: ModuleStatusLine {
        ModuleStatusLine(moduleID: moduleID, status: status, completedOn: completedOn, expiresOn: expiresOn, dueOn: dueOn,
                         waiverSuspends: waiverSuspends, origin: origin)
    }
}
