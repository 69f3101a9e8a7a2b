import MusterCore

/// What validation needs to know beyond the form: the curriculum, today, and who exists.
struct ValidationContext {
    var curriculum: Curriculum
    var asOf: CalendarDate
    /// The stored badge a typed one names, with or without leading zeros (`BadgeMatch`).
    var resolveBadge: (String) -> BadgeMatch.Resolution
    var units: [String]
}
