import MusterCore
import TerminalUI

extension DetailView {
    /// "My training"'s line about the classes the officer is enrolled in: the next one in full, then how many more.
    static func enrolledClassLines(_ detail: OfficerDetail, curriculum: Curriculum) -> [[Span]] {
        guard let next = detail.upcomingClasses.first else { return [] }
        let title = curriculum.module(next.moduleID)?.title ?? next.moduleID
        var text = "Enrolled: \(title), \(next.heldOn)" + (next.startsAt.map { " \($0)" } ?? "")
            + (next.location.map { " at \($0)" } ?? "")
        if detail.upcomingClasses.count > 1 {
            let more = detail.upcomingClasses.dropFirst().map { "\($0.moduleID) \($0.heldOn)" }
            text += " · then " + more.joined(separator: ", ")
        }
        return [[Span(text, .accent)]]
    }
}
