/// Everything the engine says about one officer as of a date.
public struct OfficerStanding: Sendable, Equatable {
    public var badge: String
    public var asOf: CalendarDate
    /// One per required module, sorted by module id.
    public var modules: [ModuleStanding]
    /// One per certification assigned to the officer or their unit, sorted by certification id.
    public var certifications: [CertificationStanding]

    public init(badge: String, asOf: CalendarDate, modules: [ModuleStanding], certifications: [CertificationStanding]) {
        self.badge = badge
        self.asOf = asOf
        self.modules = modules
        self.certifications = certifications
    }

    /// Every requirement's standing, whatever its kind, in a stable order.
    public var requirements: [any RequirementStanding] { modules }
}
