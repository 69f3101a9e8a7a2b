/// A named bundle of modules. An officer holds it while every one of its modules is valid.
public struct Certification: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var summary: String
    public var modules: [String]
    public var policyBasis: [PolicyReference]

    public init(id: String, title: String, summary: String, modules: [String], policyBasis: [PolicyReference] = []) {
        self.id = id
        self.title = title
        self.summary = summary
        self.modules = modules
        self.policyBasis = policyBasis
    }

    enum CodingKeys: String, CodingKey {
        case id, title, summary, modules
        case policyBasis = "policy_basis"
    }
}
