/// A request to assign a module or certification to an officer or a unit: the write both the CLI and the TUI send.
public struct AssignmentRequest: Sendable, Equatable {
    public var target: Assignment.Target
    public var assignee: Assignment.Assignee
    public var dueOn: CalendarDate?
    /// nil means today.
    public var assignedOn: CalendarDate?

    public init(target: Assignment.Target, assignee: Assignment.Assignee, dueOn: CalendarDate? = nil,
                assignedOn: CalendarDate? = nil) {
        self.target = target
        self.assignee = assignee
        self.dueOn = dueOn
        self.assignedOn = assignedOn
    }
}
