import MusterCore
import TerminalUI

/// The Modules tab's lines on a module's versions when any needed review: each version and whether it binds
/// (approved at load, approved on a day, or pending), so a pending newest version is never read as in force.
enum ModuleReviewLines {
    static func lines(_ versions: ArraySlice<Module>) -> [[Span]] {
        guard versions.contains(where: { $0.approval != .approvedAtLoad }) else { return [] }
        var lines: [[Span]] = [[Span("Review ", .muted), Span("`muster curricula show ID` prints each sign-off", .muted)]]
        for module in versions.reversed() {
            switch module.approval {
            case .approvedAtLoad:
                lines.append([Span("  \(module.version) ", .muted), Span("approved", .good), Span(" at load", .muted)])
            case .approved(let day):
                lines.append([Span("  \(module.version) ", .muted), Span("approved \(day)", .good),
                              Span(", binds from \(module.bindsFrom)", .muted)])
            case .pending:
                lines.append([Span("  \(module.version) ", .muted), Span("PENDING review", .warning, .bold),
                              Span(": binds from no day until approved", .muted)])
            }
        }
        return lines
    }
}
