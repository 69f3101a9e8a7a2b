/// A class session to create: the module taught, the day, and who taught it where.
public struct SessionRequest: Sendable, Equatable {
    public var moduleID: String
    public var heldOn: CalendarDate
    public var instructor: String?
    public var location: String?

    public init(moduleID: String, heldOn: CalendarDate, instructor: String? = nil, location: String? = nil) {
        self.moduleID = moduleID
        self.heldOn = heldOn
        self.instructor = instructor
        self.location = location
    }
}
