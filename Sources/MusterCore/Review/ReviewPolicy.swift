/// Which sign-offs a later version of a module already in the database needs before it binds
/// (`Curricula/review.yaml`, `required: [...]`); without the file, the approver's alone.
public struct ReviewPolicy: Hashable, Sendable, Codable {
    /// Each role once, in `ReviewRole` order.
    public private(set) var required: [ReviewRole]

    public init(required: [ReviewRole]) {
        self.required = Array(Set(required)).sorted()
    }

    public static let approverAlone = ReviewPolicy(required: [.approver])
}
