import ArgumentParser
import MusterCore
import MusterStore

/// `muster curricula review MODULE@VERSION --as ROLE --decision approve|changes --note TEXT`: one sign-off on a
/// later version of a module already in the database, through the audited write path.
struct CurriculaReviewCommand: RecordsCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Sign off a pending module version (MODULE@VERSION) in one review role.",
        discussion: """
            A later version of a module the database already holds (`curricula load`) is pending: it binds from no day until \
            every sign-off Curricula/review.yaml requires is in (the approver's alone without the file), each role's \
            latest decision 'approve'. It then binds from the later of its effective date and the approval, and its \
            retrain_within_days count from then. One login may sign in several roles. An approved version takes no \
            more sign-offs: a change is a new version. Coordinators and reviewers may sign.
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The module version, e.g. uof-policy-annual@2027.1.", valueName: "MODULE@VERSION"))
    var target: String
    /// `--as ROLE`, shared with the root command's `--as BADGE` (see `AsOption`).
    @OptionGroup var asOption: AsOption
    @Option(help: "approve or changes.") var decision: ReviewDecision
    @Option(help: "Why: what was checked, or what must change.") var note: String

    var need: AccessNeed { .write(.reviewCurricula) }

    /// The role `--as` names; checked in `validate`, so a bad one is a usage error before the database opens.
    private var role: ReviewRole { asOption.value.flatMap(ReviewRole.init(rawValue:)) ?? .approver }

    func validate() throws {
        let roles = ReviewRole.allCases.map(\.rawValue).joined(separator: ", ")
        guard let value = asOption.value else { throw ValidationError("missing --as ROLE (one of: \(roles))") }
        guard ReviewRole(rawValue: value) != nil else { throw ValidationError("--as '\(value)' is not a review role (one of: \(roles))") }
    }

    func run() throws {
        let (moduleID, version) = try Self.parse(target)
        let session = try openSession()
        let request = ModuleReviewRequest(moduleID: moduleID, version: version, role: role, decision: decision, note: note)
        try session.apply([.reviewModule(request)]) { results in
            guard case .moduleReviewed(let outcome)? = results.first else { return "" }
            var text = "sign-off \(outcome.signOffID): \(moduleID)@\(version) \(decision.rawValue) as \(role.rawValue)"
            if let day = outcome.approvedOn {
                text += "\n\(moduleID)@\(version) is approved on \(day)"
            } else {
                text += "\n\(moduleID)@\(version) is pending; still wanting: "
                    + outcome.missing.map(\.rawValue).joined(separator: ", ")
            }
            return text
        }
    }

    static func parse(_ target: String) throws -> (String, ModuleVersion) {
        let parts = target.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, let version = ModuleVersion(String(parts[1])) else {
            throw MusterFailure.usage("'\(target)' is not MODULE@VERSION, e.g. uof-policy-annual@2027.1")
        }
        return (String(parts[0]), version)
    }
}

extension ReviewDecision: ExpressibleByArgument {}
