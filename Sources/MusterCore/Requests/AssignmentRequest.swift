/// A request to assign a module or certification to an officer or a unit: the write both the CLI and the TUI send.
public struct AssignmentRequest: Sendable, Equatable {
    public var target: Assignment.Target
    public var assignee: Assignment.Assignee
    public var dueOn: CalendarDate?
    /// nil means today.
    public var assignedOn: CalendarDate?
    /// The first day it applies; nil means the day it is made.
    public var from: CalendarDate?
    /// nil means `Assignment.defaultNewMembersWithinDays`.
    public var newMembersWithinDays: Int?

    public init(target: Assignment.Target, assignee: Assignment.Assignee, dueOn: CalendarDate? = nil,
                assignedOn: CalendarDate? = nil, from: CalendarDate? = nil, newMembersWithinDays: Int? = nil) {
        self.target = target
        self.assignee = assignee
        self.dueOn = dueOn
        self.assignedOn = assignedOn
        self.from = from
        self.newMembersWithinDays = newMembersWithinDays
    }
}
