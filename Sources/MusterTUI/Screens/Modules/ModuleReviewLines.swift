import MusterCore
import TerminalUI

/// The Modules tab's lines on a module's versions when any needed review: each version and whether it binds
/// (approved at load, approved on a day, or pending), so a pending newest version is never read as in force,
/// then the version's sign-offs from its trail.
enum ModuleReviewLines {
    static func lines(_ versions: ArraySlice<Module>, reviews: [VersionReview] = []) -> [[Span]] {
        guard versions.contains(where: { $0.approval != .approvedAtLoad }) else { return [] }
        var lines: [[Span]] = [[Span("Review", .header, .bold)]]
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
            let review = reviews.first { $0.version == module.version }
            if let review, review.approval == .pending, !review.missing.isEmpty {
                lines.append([Span("    still wanting ", .muted), Span(review.missing.map(\.rawValue).joined(separator: ", "))])
            }
            for signOff in review?.signOffs ?? [] {
                lines.append([Span("    \(signOff.on) ", .muted), Span(signOff.role.rawValue),
                              Span(" \(signOff.decision.rawValue)", signOff.decision == .approve ? .good : .warning),
                              Span(" by \(signOff.login): \(signOff.note)", .muted)])
            }
        }
        return lines
    }
}
