/// One version of a named bundle of modules. An officer holds it while every one of its modules is valid.
/// Versions are dated like modules: the make-up in force on a date is the newest version effective by then.
public struct Certification: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var summary: String
    public var modules: [String]
    public var policyBasis: [PolicyReference]
    /// Defaults to `1` for a certification written without versions.
    public var version: ModuleVersion
    /// The first day this version's make-up applies; nil: it always has.
    public var effective: CalendarDate?
    /// False for carry authorisations: while any of its modules is waived the certification is `suspended`.
    public var waivable: Bool
    /// Days after this version takes effect that officers already holding an earlier version owe a module it
    /// adds (`new_modules_within_days`, default 90).
    public var newModulesWithinDays: Int

    public static let defaultVersion = ModuleVersion("1")!
    public static let defaultNewModulesWithinDays = 90

    public init(
        id: String, title: String, summary: String, modules: [String], policyBasis: [PolicyReference] = [],
        version: ModuleVersion = Certification.defaultVersion, effective: CalendarDate? = nil, waivable: Bool = true,
        newModulesWithinDays: Int = Certification.defaultNewModulesWithinDays
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.modules = modules
        self.policyBasis = policyBasis
        self.version = version
        self.effective = effective
        self.waivable = waivable
        self.newModulesWithinDays = newModulesWithinDays
    }

    enum CodingKeys: String, CodingKey {
        case id, title, summary, modules, version, effective, waivable
        case policyBasis = "policy_basis"
        case newModulesWithinDays = "new_modules_within_days"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id), title: try container.decode(String.self, forKey: .title),
            summary: try container.decode(String.self, forKey: .summary),
            modules: try container.decode([String].self, forKey: .modules),
            policyBasis: try container.decodeIfPresent([PolicyReference].self, forKey: .policyBasis) ?? [],
            version: try container.decodeIfPresent(ModuleVersion.self, forKey: .version) ?? Certification.defaultVersion,
            effective: try container.decodeIfPresent(CalendarDate.self, forKey: .effective),
            waivable: try container.decodeIfPresent(Bool.self, forKey: .waivable) ?? true,
            newModulesWithinDays: try container.decodeIfPresent(Int.self, forKey: .newModulesWithinDays)
                ?? Certification.defaultNewModulesWithinDays)
    }
}
