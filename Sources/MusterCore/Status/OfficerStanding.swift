/// Everything the engine says about one officer as of a date.
public struct OfficerStanding: Sendable, Equatable {
    public var badge: String
    public var asOf: CalendarDate
    /// Whether the officer served that day; an officer who did not has no requirements.
    public var service: Service
    /// One per required module, sorted by module id.
    public var modules: [ModuleStanding]
    /// One per certification assigned to the officer or their unit, sorted by certification id.
    public var certifications: [CertificationStanding]

    public init(
        badge: String, asOf: CalendarDate, service: Service = .serving, modules: [ModuleStanding],
        certifications: [CertificationStanding]
    ) {
        self.badge = badge
        self.asOf = asOf
        self.service = service
        self.modules = modules
        self.certifications = certifications
    }

    /// Every requirement's standing, whatever its kind, in a stable order.
    public var requirements: [any RequirementStanding] { modules }

    /// An officer's service on one day.
    public enum Service: Hashable, Sendable {
        case serving
        /// Hired on the date given, after the day judged.
        case notYetHired(CalendarDate)
        /// Separated on the date given (the first day not serving), on or before the day judged.
        case separated(CalendarDate?)

        public init(_ timeline: OfficerTimeline, on day: CalendarDate) {
            if let hired = timeline.officer.hireDate, day < hired {
                self = .notYetHired(hired)
            } else if timeline.serves(on: day) {
                self = .serving
            } else {
                self = .separated(timeline.separation(asOf: day))
            }
        }

        public var isServing: Bool { self == .serving }

        /// Words for `--explain`: "not yet hired (hired 2026-11-15)", "separated 2026-11-30".
        public var words: String {
            switch self {
            case .serving: "serving"
            case .notYetHired(let hired): "not yet hired (hired \(hired)): nothing is required before the hire date"
            case .separated(let on?): "separated \(on): nothing is required on or after the separation date"
            case .separated(nil): "separated: nothing is required"
            }
        }
    }
}
