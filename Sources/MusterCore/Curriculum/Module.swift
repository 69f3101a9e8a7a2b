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
    /// With `accepts_from`: how many days after this version takes effect completions of versions below
    /// `accepts_from` keep counting (`retrain_within_days`, default 0).
    public var retrainWithinDays: Int
    /// The initial course this module refreshes (`refresher_of`); with `firstDueMonths`, a counting completion
    /// of it carries the officer until the first refresher is due.
    public var refresherOf: String?
    /// Months after the counting completion of `refresherOf` that the first refresher is due (`first_due_months`).
    public var firstDueMonths: Int?
    /// Whether a failed re-qualification dated after the basis makes the module `failed` (`failure_suspends`).
    public var failureSuspends: Bool
    /// The fewest recorded hours that still count when they fall short of `hours` (`min_hours`); nil: `hours`.
    public var minHours: Double?
    /// The receivers' numbers for this course by jurisdiction (`course_numbers: { TX: "1849" }`); roster
    /// profiles print the one they name. Kept optional so a module without numbers stores as it did before.
    private var storedCourseNumbers: [String: String]?

    /// The course numbers by jurisdiction code (`TX`, `CA`); empty when none are given.
    public var courseNumbers: [String: String] {
        get { storedCourseNumbers ?? [:] }
        set { storedCourseNumbers = newValue.isEmpty ? nil : newValue }
    }
    /// Whether the version binds yet (`curricula review`); not a YAML key and not stored in the version's
    /// content: the store sets it from the review trail.
    public var approval: VersionApproval = .approvedAtLoad

    public static let defaultExpiringWindowDays = 30

    public init(
        id: String, title: String, area: TrainingArea, version: ModuleVersion, effective: CalendarDate,
        summary: String, hours: Double, delivery: [DeliveryMethod], objectives: [String],
        assessment: Assessment, validity: Validity, expiringWindowDays: Int = Module.defaultExpiringWindowDays,
        acceptsFrom: ModuleVersion? = nil, prerequisites: [String] = [], policyBasis: [PolicyReference] = [],
        retrainWithinDays: Int = 0, refresherOf: String? = nil, firstDueMonths: Int? = nil,
        failureSuspends: Bool = false, minHours: Double? = nil, courseNumbers: [String: String] = [:]
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
        self.retrainWithinDays = retrainWithinDays
        self.refresherOf = refresherOf
        self.firstDueMonths = firstDueMonths
        self.failureSuspends = failureSuspends
        self.minHours = minHours
        self.storedCourseNumbers = courseNumbers.isEmpty ? nil : courseNumbers
    }

    /// The fewest recorded hours a completion of this version needs to count.
    public var hoursNeeded: Double { minHours.map { Swift.min($0, hours) } ?? hours }

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
        case retrainWithinDays = "retrain_within_days"
        case refresherOf = "refresher_of"
        case firstDueMonths = "first_due_months"
        case failureSuspends = "failure_suspends"
        case minHours = "min_hours"
        case storedCourseNumbers = "course_numbers"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id), title: try container.decode(String.self, forKey: .title),
            area: try container.decode(TrainingArea.self, forKey: .area),
            version: try container.decode(ModuleVersion.self, forKey: .version),
            effective: try container.decode(CalendarDate.self, forKey: .effective),
            summary: try container.decode(String.self, forKey: .summary), hours: try container.decode(Double.self, forKey: .hours),
            delivery: try container.decode([DeliveryMethod].self, forKey: .delivery),
            objectives: try container.decode([String].self, forKey: .objectives),
            assessment: try container.decode(Assessment.self, forKey: .assessment),
            validity: try container.decode(Validity.self, forKey: .validity),
            expiringWindowDays: try container.decodeIfPresent(Int.self, forKey: .expiringWindowDays)
                ?? Module.defaultExpiringWindowDays,
            acceptsFrom: try container.decodeIfPresent(ModuleVersion.self, forKey: .acceptsFrom),
            prerequisites: try container.decodeIfPresent([String].self, forKey: .prerequisites) ?? [],
            policyBasis: try container.decodeIfPresent([PolicyReference].self, forKey: .policyBasis) ?? [],
            retrainWithinDays: try container.decodeIfPresent(Int.self, forKey: .retrainWithinDays) ?? 0,
            refresherOf: try container.decodeIfPresent(String.self, forKey: .refresherOf),
            firstDueMonths: try container.decodeIfPresent(Int.self, forKey: .firstDueMonths),
            failureSuspends: try container.decodeIfPresent(Bool.self, forKey: .failureSuspends) ?? false,
            minHours: try container.decodeIfPresent(Double.self, forKey: .minHours),
            courseNumbers: try container.decodeIfPresent([String: String].self, forKey: .storedCourseNumbers) ?? [:])
    }
}
