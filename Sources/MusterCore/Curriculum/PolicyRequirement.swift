/// A trainable requirement a policy names, traced to its sources and to the modules that cover it.
public struct PolicyRequirement: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var requirement: String
    public var sources: [String]
    public var modules: [String]
    /// As the file states it; nil when it does not (then `CoverageMatrix` reads it off the sources).
    public var binding: RequirementBinding?

    public init(id: String, requirement: String, sources: [String], modules: [String], binding: RequirementBinding? = nil) {
        self.id = id
        self.requirement = requirement
        self.sources = sources
        self.modules = modules
        self.binding = binding
    }
}
