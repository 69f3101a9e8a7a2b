import MusterCore

/// One waiver in words, as the waiver picker lists it: id, module title, period, whether it still holds,
/// and the reason on record.
enum WaiverLine {
    static func text(_ waiver: Waiver, state: AppState, asOf: CalendarDate) -> String {
        let title = state.context.curriculum.module(waiver.moduleID)?.title ?? waiver.moduleID
        let period = "\(waiver.from) – \(waiver.until?.iso ?? "open")"
        let word = !WaiverEnding.isActive(waiver, on: asOf) ? "over" : waiver.from > asOf ? "to come" : "in force"
        return "#\(waiver.id) \(title) · \(period) · \(word) · \(waiver.reason)"
    }
}
