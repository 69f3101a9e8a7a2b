import MusterCore

/// A completion as just inserted: everything its `recordCompletion` event's after-state holds.
struct InsertedCompletion: Sendable {
    static let action = "recordCompletion"

    var id: Int64
    var badge: String
    var moduleID: String
    var moduleVersion: String
    var completedOn: CalendarDate
    var result: String
    var score: Int?
    var hours: Double?
    var instructor: String?
    var sessionID: Int64?

    /// Writes the event's after-state and returns its key (an `AuditPipeline`'s `describe`).
    @Sendable static func describe(_ completion: InsertedCompletion, into writer: inout CanonicalJSONWriter) -> String {
        RecordState.completion(
            id: completion.id, badge: completion.badge, moduleID: completion.moduleID,
            moduleVersion: completion.moduleVersion, completedOn: completion.completedOn, result: completion.result,
            score: completion.score, hours: completion.hours, instructor: completion.instructor,
            sessionID: completion.sessionID, into: &writer)
        return String(completion.id)
    }
}
