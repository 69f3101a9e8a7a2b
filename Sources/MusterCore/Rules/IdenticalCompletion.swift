/// What makes a completion the same record as one already stored: the officer, the module and its version,
/// the day, the result and the hours. Recording such a completion again (a retried `record`, a form saved
/// twice) stores nothing and reports the one on record, so a retry is safe. The score and instructor do not
/// make it different; a voided completion is no longer on record. (A roster is stricter: any entry that is the
/// same `CompletionAttempt` as one on record is skipped.)
public struct IdenticalCompletion: Hashable, Sendable {
    public var badge: String
    public var moduleID: String
    public var version: ModuleVersion
    public var completedOn: CalendarDate
    public var result: Completion.Result
    public var hours: Double?

    public init(badge: String, moduleID: String, version: ModuleVersion, completedOn: CalendarDate,
                result: Completion.Result, hours: Double?) {
        self.badge = badge
        self.moduleID = moduleID
        self.version = version
        self.completedOn = completedOn
        self.result = result
        self.hours = hours
    }

    public init(_ completion: Completion) {
        self.init(badge: completion.badge, moduleID: completion.moduleID, version: completion.moduleVersion,
                  completedOn: completion.completedOn, result: completion.result, hours: completion.hours)
    }

    /// Whether `completion` is this one, on record (not voided).
    public func isRecorded(by completion: Completion) -> Bool {
        completion.voidReason == nil && IdenticalCompletion(completion) == self
    }
}
