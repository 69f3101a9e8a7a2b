/// One version of a training module, as defined in `Curricula/modules/*.yaml`.
public struct Module: Hashable, Sendable, Codable, Identifiable {
    /// Kebab-case and stable across versions.
    public var id: String
    public var title: String
    public var area: TrainingArea
    public var version: ModuleVersion
    public var effective: CalendarDate
    public var summary: String
    /// Contact hours, always > 0.
    public var hours: Double
    public var delivery: [DeliveryMethod]
    public var objectives: [String]
    public var assessment: Assessment
    public var validity: Validity
    public var expiringWindowDays: Int
    /// The lowest version whose completions still count; nil means every version counts.
    public var acceptsFrom: ModuleVersion?
    public var prerequisites: [String]
    public var policyBasis: [PolicyReference]

    public static let defaultExpiringWindowDays = 30

    public init(
        id: String, title: String, area: TrainingArea, version: ModuleVersion, effective: CalendarDate,
        summary: String, hours: Double, delivery: [DeliveryMethod], objectives: [String],
        assessment: Assessment, validity: Validity, expiringWindowDays: Int = Module.defaultExpiringWindowDays,
        acceptsFrom: ModuleVersion? = nil, prerequisites: [String] = [], policyBasis: [PolicyReference] = []
    ) {
        self.id = id
        self.title = title
        self.area = area
        self.version = version
        self.effective = effective
        self.summary = summary
        self.hours = hours
        self.delivery = delivery
        self.objectives = objectives
        self.assessment = assessment
        self.validity = validity
        self.expiringWindowDays = expiringWindowDays
        self.acceptsFrom = acceptsFrom
        self.prerequisites = prerequisites
        self.policyBasis = policyBasis
    }

    /// Whether a completion recorded against `version` still counts for this module.
    public func accepts(version completedVersion: ModuleVersion) -> Bool {
        guard let acceptsFrom else { return true }
        return completedVersion >= acceptsFrom
    }

    enum CodingKeys: String, CodingKey {
        case id, title, area, version, effective, summary, hours, delivery, objectives, assessment, validity
        case expiringWindowDays = "expiring_window_days"
        case acceptsFrom = "accepts_from"
        case prerequisites
        case policyBasis = "policy_basis"
    }
}
