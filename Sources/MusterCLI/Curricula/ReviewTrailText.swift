import MusterCore

/// A module's review trail as text, for `curricula show`: each loaded version, whether it binds, and its sign-offs.
enum ReviewTrailText {
    static func render(_ reviews: [VersionReview], modules: [Module]) -> String {
        var lines = ["Review (as loaded in the database):"]
        for review in reviews {
            let effective = modules.first { $0.version == review.version }?.effective
            lines.append("  \(review.version)  " + state(review, effective: effective))
            for signOff in review.signOffs {
                lines.append(CurriculumText.wrap(
                    "      \(signOff.on)  \(signOff.role.rawValue)  \(signOff.decision.rawValue)  by \(signOff.login): \(signOff.note)",
                    indent: "        "))
            }
        }
        return lines.joined(separator: "\n")
    }

    static func state(_ review: VersionReview, effective: CalendarDate?) -> String {
        switch review.approval {
        case .approvedAtLoad:
            return "approved: loaded with the founding curricula"
        case .approved(let day):
            let binds = effective.map { Swift.max($0, day) } ?? day
            return "approved \(day) (needed \(roles(review.required))); binds from \(binds)"
        case .pending:
            return "PENDING: binds from no day until approved; needs \(roles(review.required)), still wanting \(roles(review.missing))"
        }
    }

    private static func roles(_ roles: [ReviewRole]) -> String {
        roles.isEmpty ? "none" : roles.map(\.rawValue).joined(separator: ", ")
    }
}
