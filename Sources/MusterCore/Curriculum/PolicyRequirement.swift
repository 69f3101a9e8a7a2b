/// A trainable requirement a policy names, traced to its sources and to the modules that cover it.
public struct PolicyRequirement: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var requirement: String
    public var sources: [String]
    public var modules: [String]

    public init(id: String, requirement: String, sources: [String], modules: [String]) {
        self.id = id
        self.requirement = requirement
        self.sources = sources
        self.modules = modules
    }
}
