import MusterCore

/// The compliance report's curriculum, day and narrowing.
public struct ComplianceQuery: Sendable {
    public var curriculum: Curriculum
    /// The day statuses are judged on.
    public var asOf: CalendarDate
    /// Only this module's rows.
    public var moduleID: String?
    /// Only this unit's officers.
    public var unit: String?
    /// Only rows whose status rests on a completion made in these inclusive bounds.
    public var from: CalendarDate?
    public var to: CalendarDate?

    public init(curriculum: Curriculum, asOf: CalendarDate, moduleID: String? = nil, unit: String? = nil,
                from: CalendarDate? = nil, to: CalendarDate? = nil) {
        self.curriculum = curriculum
        self.asOf = asOf
        self.moduleID = moduleID
        self.unit = unit
        self.from = from
        self.to = to
    }
}
