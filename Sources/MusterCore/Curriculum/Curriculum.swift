/// Everything loaded from one curricula folder: modules (possibly several versions of each),
/// certifications, the policy register and the requirements traced to it.
public struct Curriculum: Sendable, Equatable {
    /// Every module version, sorted by id then version.
    public private(set) var moduleVersions: [Module]
    public private(set) var certifications: [Certification]
    public private(set) var policySources: [PolicySource]
    public private(set) var requirements: [PolicyRequirement]

    private var newestIndexByID: [String: Int]

    public init(
        modules: [Module], certifications: [Certification] = [], policySources: [PolicySource] = [],
        requirements: [PolicyRequirement] = []
    ) {
        moduleVersions = modules.sorted { ($0.id, $0.version) < ($1.id, $1.version) }
        self.certifications = certifications.sorted { $0.id < $1.id }
        self.policySources = policySources.sorted { $0.id < $1.id }
        self.requirements = requirements.sorted { $0.id < $1.id }
        var newest: [String: Int] = [:]
        for (index, module) in moduleVersions.enumerated() { newest[module.id] = index }
        newestIndexByID = newest
    }

    /// The newest version of each module, sorted by id.
    public var modules: [Module] {
        newestIndexByID.values.sorted().map { moduleVersions[$0] }
    }

    /// The newest loaded version of a module.
    public func module(_ id: String) -> Module? {
        newestIndexByID[id].map { moduleVersions[$0] }
    }

    /// A specific version of a module.
    public func module(_ id: String, version: ModuleVersion) -> Module? {
        moduleVersions.first { $0.id == id && $0.version == version }
    }

    public func certification(_ id: String) -> Certification? {
        certifications.first { $0.id == id }
    }

    public func policySource(_ id: String) -> PolicySource? {
        policySources.first { $0.id == id }
    }

    public func requirement(_ id: String) -> PolicyRequirement? {
        requirements.first { $0.id == id }
    }
}
