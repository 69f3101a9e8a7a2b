import MusterCore

/// One row of `muster export roster`: a non-voided completion with its officer and module.
public struct RosterExportRow: Sendable, Equatable {
    public var badge: String
    public var lastName: String
    public var firstName: String
    public var unit: String?
    public var moduleID: String
    public var moduleTitle: String
    public var moduleVersion: String
    public var completedOn: CalendarDate
    public var result: Completion.Result
    public var score: Int?
    public var hours: Double?
    public var instructor: String?
    /// The first day the completion no longer counts; nil for a failed one, which never counts.
    public var expiresOn: CalendarDate?
    /// The state's number for the officer; last, so the older columns keep their places.
    public var postID: String? = nil

    /// The export's column order.
    public static let columns = [
        "badge", "last_name", "first_name", "unit", "module_id", "module_title", "module_version",
        "completed_on", "result", "score", "hours", "instructor", "expires_on", "valid_through", "post_id",
    ]

    /// The last day the completion counts.
    public var validThrough: CalendarDate? { expiresOn?.lastDayBefore }

    /// The values in `columns` order, for the CSV and JSON writers.
    public var values: [ExportValue] {
        [
            .text(badge), .text(lastName), .text(firstName), .optionalText(unit), .text(moduleID), .text(moduleTitle),
            .text(moduleVersion), .text(completedOn.iso), .text(result.rawValue), score.map { .integer($0) } ?? .null,
            hours.map { .number($0) } ?? .null, .optionalText(instructor), .optionalText(expiresOn?.iso),
            .optionalText(validThrough?.iso), .optionalText(postID),
        ]
    }
}
