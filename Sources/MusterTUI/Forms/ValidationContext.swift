import MusterCore

/// What validation needs to know beyond the form: the curriculum, today, and who exists.
struct ValidationContext {
    var curriculum: Curriculum
    var asOf: CalendarDate
    var isKnownBadge: (String) -> Bool
    var units: [String]
}
