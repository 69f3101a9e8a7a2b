/// Everything loaded from one curricula folder: modules and certifications (possibly several versions of
/// each), the policy register and the requirements traced to it.
public struct Curriculum: Sendable, Equatable {
    /// Every module version, sorted by id then version.
    public private(set) var moduleVersions: [Module]
    /// Every certification version, sorted by id then version.
    public private(set) var certificationVersions: [Certification]
    public private(set) var policySources: [PolicySource]
    public private(set) var requirements: [PolicyRequirement]
    /// Every program version, sorted by id then version (`Curriculum+Programs.swift`).
    public private(set) var programVersions: [Program]
    /// The sign-offs a later version of a module already in the database needs (`review.yaml`).
    public var review: ReviewPolicy
    /// What events assign (`triggers.yaml`), by id.
    public var triggers: [IncidentTrigger] = []

    /// For each module id, the range of its versions in `moduleVersions`.
    private var moduleRanges: [String: Range<Int>]
    private var certificationRanges: [String: Range<Int>]

    public init(
        modules: [Module], certifications: [Certification] = [], policySources: [PolicySource] = [],
        requirements: [PolicyRequirement] = [], programs: [Program] = [], review: ReviewPolicy = .approverAlone
    ) {
        self.review = review
        moduleVersions = modules.sorted { ($0.id, $0.version) < ($1.id, $1.version) }
        certificationVersions = certifications.sorted { ($0.id, $0.version) < ($1.id, $1.version) }
        self.policySources = policySources.sorted { $0.id < $1.id }
        self.requirements = requirements.sorted { $0.id < $1.id }
        programVersions = programs.sorted { ($0.id, $0.version) < ($1.id, $1.version) }
        moduleRanges = Self.ranges(moduleVersions.map(\.id))
        certificationRanges = Self.ranges(certificationVersions.map(\.id))
    }

    private static func ranges(_ ids: [String]) -> [String: Range<Int>] {
        var ranges: [String: Range<Int>] = [:]
        for (index, id) in ids.enumerated() {
            ranges[id] = (ranges[id]?.lowerBound ?? index)..<(index + 1)
        }
        return ranges
    }

    /// The newest version of each module, sorted by id.
    public var modules: [Module] {
        moduleRanges.values.sorted { $0.lowerBound < $1.lowerBound }.map { moduleVersions[$0.upperBound - 1] }
    }

    /// The newest version of each certification, sorted by id.
    public var certifications: [Certification] {
        certificationRanges.values.sorted { $0.lowerBound < $1.lowerBound }.map { certificationVersions[$0.upperBound - 1] }
    }

    /// The newest loaded version of a module.
    public func module(_ id: String) -> Module? {
        moduleRanges[id].map { moduleVersions[$0.upperBound - 1] }
    }

    /// A specific version of a module.
    public func module(_ id: String, version: ModuleVersion) -> Module? {
        versions(of: id).first { $0.version == version }
    }

    /// Every loaded version of a module, oldest first.
    public func versions(of moduleID: String) -> ArraySlice<Module> {
        moduleRanges[moduleID].map { moduleVersions[$0] } ?? []
    }

    /// The version of a module in force on `day`: the newest that binds by then (`Module.bindsFrom`: its
    /// `effective`, or its approval when that came later; a pending version never); nil before the first
    /// version binds (the module is not required of anyone then).
    public func module(_ id: String, inForceOn day: CalendarDate) -> Module? {
        versions(of: id).last { $0.binds(on: day) }
    }

    /// The version a completion of the module dated `day` belongs to: the one in force then, or the first
    /// version when the completion predates every version.
    public func module(_ id: String, forCompletionOn day: CalendarDate) -> Module? {
        module(id, inForceOn: day) ?? versions(of: id).first
    }

    /// The newest loaded version of a certification.
    public func certification(_ id: String) -> Certification? {
        certificationRanges[id].map { certificationVersions[$0.upperBound - 1] }
    }

    /// Every loaded version of a certification, oldest first.
    public func versions(ofCertification id: String) -> ArraySlice<Certification> {
        certificationRanges[id].map { certificationVersions[$0] } ?? []
    }

    /// The certification's make-up in force on `day`: the newest version effective by then (a version
    /// without `effective` always is); nil before the first takes effect.
    public func certification(_ id: String, inForceOn day: CalendarDate) -> Certification? {
        versions(ofCertification: id).last { ($0.effective.map { $0 <= day }) ?? true }
    }

    public func policySource(_ id: String) -> PolicySource? {
        policySources.first { $0.id == id }
    }

    public func requirement(_ id: String) -> PolicyRequirement? {
        requirements.first { $0.id == id }
    }
}
