import MusterCore

/// A module's review trail in `curricula show --format json`: the `review` key beside the module's own, one
/// object per loaded version (oldest first) saying whether it binds and carrying its sign-offs, as the text
/// output's `ReviewTrailText` prints them.
enum ReviewTrailJSON {
    static func versions(_ reviews: [VersionReview], modules: [Module]) -> ResultJSON {
        .list(reviews.map { review in
            let effective = modules.first { $0.version == review.version }?.effective
            return .object([
                "version": .string(review.version.description),
                "approval": .string(approval(review.approval)),
                "approved_on": .text(review.approval.approvedOn?.iso),
                "binds_from": .text(bindsFrom(review.approval, effective: effective)?.iso),
                "required": .texts(review.required.map(\.rawValue)),
                "missing": .texts(review.approval.isPending ? review.missing.map(\.rawValue) : []),
                "sign_offs": .list(review.signOffs.map { signOff in
                    .object([
                        "role": .string(signOff.role.rawValue), "login": .string(signOff.login),
                        "decision": .string(signOff.decision.rawValue), "note": .string(signOff.note),
                        "on": .string(signOff.on.iso),
                    ])
                }),
            ])
        })
    }

    /// `approved-at-load`, `approved` or `pending`.
    static func approval(_ approval: VersionApproval) -> String {
        switch approval {
        case .approvedAtLoad: "approved-at-load"
        case .approved: "approved"
        case .pending: "pending"
        }
    }

    /// The first day the version binds; nil while it is pending (or when its module is not loaded).
    private static func bindsFrom(_ approval: VersionApproval, effective: CalendarDate?) -> CalendarDate? {
        guard let effective else { return nil }
        switch approval {
        case .approvedAtLoad: return effective
        case .approved(let day): return Swift.max(effective, day)
        case .pending: return nil
        }
    }
}

/// A module as `curricula show --format json` prints it: its own keys, then `review` when a database holds its
/// trail.
struct ModuleWithReview: Encodable {
    var module: Module
    var review: ResultJSON?

    private enum Key: String, CodingKey {
        case review
    }

    func encode(to encoder: Encoder) throws {
        try module.encode(to: encoder)
        guard let review else { return }
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(review, forKey: .review)
    }
}
