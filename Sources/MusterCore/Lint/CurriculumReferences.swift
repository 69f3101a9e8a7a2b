/// What the parsed files define and what they point at, with locations, so cross-file checks can say
/// exactly where a dangling reference or a duplicate stands.
struct CurriculumReferences {
    enum Target: String {
        case module, source = "policy source", certification, requirement, program, trigger
    }

    struct Reference {
        var target: Target
        var id: String
        var location: SourceLocation
        /// How the referring file names the reference: "prerequisite", "policy_basis source".
        var role: String
    }

    struct Definition {
        var target: Target
        var id: String
        var version: ModuleVersion?
        var location: SourceLocation
        /// For modules and certifications, so versions of one id can be checked for order.
        var effective: CalendarDate?
        var effectiveLocation: SourceLocation?
    }

    struct PrerequisiteEdge {
        var module: String
        var prerequisite: String
        var location: SourceLocation
    }

    var references: [Reference] = []
    var definitions: [Definition] = []
    var prerequisiteEdges: [PrerequisiteEdge] = []
    /// Requirements that say `binding: required`, checked against the sources' statuses once all are read.
    var requiredBindings: [RequiredBinding] = []

    mutating func define(
        _ target: Target, _ id: String, version: ModuleVersion? = nil, at location: SourceLocation,
        effective: CalendarDate? = nil, effectiveAt effectiveLocation: SourceLocation? = nil
    ) {
        definitions.append(Definition(target: target, id: id, version: version, location: location,
                                      effective: effective, effectiveLocation: effectiveLocation))
    }

    mutating func refer(to target: Target, _ id: String, at location: SourceLocation, as role: String) {
        references.append(Reference(target: target, id: id, location: location, role: role))
    }
}
