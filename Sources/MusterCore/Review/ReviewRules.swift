/// The rule a version's approval follows, once for the store and the screens.
public enum ReviewRules {
    /// The required roles still wanting: those with no sign-off, or whose latest one asks for changes.
    public static func missing(required: [ReviewRole], signOffs: [SignOff]) -> [ReviewRole] {
        var latest: [ReviewRole: ReviewDecision] = [:]
        for signOff in signOffs { latest[signOff.role] = signOff.decision }
        return required.filter { latest[$0] != .approve }
    }

    /// Whether one more sign-off may be given: only on a pending version. An approved version is settled,
    /// so that the days it has bound on keep their answers; a change to it is a new version.
    public static func checkOpen(_ review: VersionReview) throws(RuleViolation) {
        switch review.approval {
        case .pending: return
        case .approvedAtLoad:
            throw .reviewClosed(module: review.moduleID, version: review.version,
                                why: "it was loaded with the founding curricula and counts as approved")
        case .approved(let day):
            throw .reviewClosed(module: review.moduleID, version: review.version,
                                why: "it was approved on \(day); a change is a new version")
        }
    }
}
