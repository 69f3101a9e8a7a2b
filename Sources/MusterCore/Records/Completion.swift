/// One attempt at a module by one officer. Never edited after it is recorded; a wrong one is voided.
public struct Completion: Hashable, Sendable, Codable, Identifiable {
    public enum Result: String, CaseIterable, Sendable, Codable {
        case pass, fail
    }

    public var id: Int64
    public var badge: String
    public var moduleID: String
    public var moduleVersion: ModuleVersion
    public var completedOn: CalendarDate
    public var result: Result
    public var score: Int?
    public var hours: Double?
    public var instructor: String?
    /// The class session this came from, when recorded from a roster.
    public var sessionID: Int64?
    /// Set when the completion was voided; a voided completion never counts.
    public var voidReason: String?

    public var isVoided: Bool { voidReason != nil }

    public init(
        id: Int64, badge: String, moduleID: String, moduleVersion: ModuleVersion, completedOn: CalendarDate,
        result: Result = .pass, score: Int? = nil, hours: Double? = nil, instructor: String? = nil,
        sessionID: Int64? = nil, voidReason: String? = nil
    ) {
        self.id = id
        self.badge = badge
        self.moduleID = moduleID
        self.moduleVersion = moduleVersion
        self.completedOn = completedOn
        self.result = result
        self.score = score
        self.hours = hours
        self.instructor = instructor
        self.sessionID = sessionID
        self.voidReason = voidReason
    }

    enum CodingKeys: String, CodingKey {
        case id, badge
        case moduleID = "module_id"
        case moduleVersion = "module_version"
        case completedOn = "completed_on"
        case result, score, hours, instructor
        case sessionID = "session_id"
        case voidReason = "void_reason"
    }
}
