/// When an assignment request only repeats one already made: the same module or certification, the same
/// officer or unit, the same due date and window for newcomers, still in force (or yet to start), and starting
/// the same day — or, when the request names no start, already in force today. Assigning it again would store
/// a second row that changes no officer's status, so nothing is written.
public enum RepeatedAssignment {
    public static func repeats(
        _ existing: Assignment, target: Assignment.Target, assignee: Assignment.Assignee, dueOn: CalendarDate?,
        from: CalendarDate?, newMembersWithinDays: Int, today: CalendarDate
    ) -> Bool {
        guard existing.target == target, existing.assignee == assignee, existing.dueOn == dueOn,
              existing.newMembersWithinDays == newMembersWithinDays
        else { return false }
        if let ended = existing.endedOn, ended <= today { return false }
        if let from { return existing.from == from }
        return existing.isInForce(on: today)
    }
}
