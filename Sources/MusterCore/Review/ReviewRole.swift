/// The capacity a sign-off on a module version is given in (`curricula review --as`). The council's review
/// brings in the civil-rights, privacy and legal offices beside the training reviewers and the approver; one
/// login may sign in several capacities, each sign-off naming its own.
public enum ReviewRole: String, CaseIterable, Sendable, Codable, Comparable {
    case reviewer
    case civilRights = "civil-rights"
    case privacy
    case counsel
    case approver

    public static func < (lhs: ReviewRole, rhs: ReviewRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What a sign-off says of the version (`curricula review --decision`).
public enum ReviewDecision: String, CaseIterable, Sendable, Codable {
    case approve
    /// Changes are asked for: the version stays pending until this role signs again with `approve`.
    case changes
}
