import MusterCore

/// A module or certification to assign to an officer or a unit.
public struct AssignmentEntry: Sendable, Equatable {
    public var target: Assignment.Target
    public var assignee: Assignment.Assignee
    public var dueOn: CalendarDate?

    public init(target: Assignment.Target, assignee: Assignment.Assignee, dueOn: CalendarDate? = nil) {
        self.target = target
        self.assignee = assignee
        self.dueOn = dueOn
    }
}
