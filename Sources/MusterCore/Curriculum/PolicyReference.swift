/// One line of a module's or certification's `policy_basis`: which document, and where in it.
public struct PolicyReference: Hashable, Sendable, Codable {
    public var source: String
    public var section: String

    public init(source: String, section: String) {
        self.source = source
        self.section = section
    }
}
