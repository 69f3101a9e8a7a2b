import MusterCore
import MusterStore

/// A certificate of completion: the officer's latest counting pass of a module, on a landscape page.
public struct CertificateDocument: Sendable {
    public var officer: Officer
    public var completion: Completion
    public var moduleTitle: String
    public var agency: String?

    /// The officer's newest non-voided pass of `moduleID` (on or before `onOrBefore`, when given); nil when none.
    public static func load(from store: SQLiteRecordStore, curriculum: Curriculum, officer: Officer, moduleID: String,
                            onOrBefore: CalendarDate?) throws -> CertificateDocument? {
        let passes = try store.completions(badge: officer.badge).map(\.completion).filter { completion in
            completion.moduleID == moduleID && completion.result == .pass && !completion.isVoided
                && onOrBefore.map { completion.completedOn <= $0 } != false
        }
        guard let newest = passes.max(by: { ($0.completedOn, $0.id) < ($1.completedOn, $1.id) }) else { return nil }
        let title = curriculum.module(moduleID, version: newest.moduleVersion)?.title ?? curriculum.module(moduleID)?.title ?? moduleID
        return CertificateDocument(officer: officer, completion: newest, moduleTitle: title, agency: nil)
    }

    public func html(generatedOn today: CalendarDate) -> String {
        PaperHTML.document(title: "Certificate \(officer.badge) \(completion.moduleID)", orientation: .landscape,
                           footer: "Muster · completion #\(completion.id) · printed \(today.iso)") { page in
            page.open(.div, class: "certificate")
            page.element(.h1, "Certificate of Completion")
            page.element(.p, "This certifies that")
            page.element(.p, "\(officer.firstName) \(officer.lastName)", class: "name")
            page.element(.p, "Badge \(officer.badge)" + (officer.unit.map { " · \($0)" } ?? ""), class: "meta")
            page.element(.p, "has successfully completed")
            page.element(.p, moduleTitle, class: "module")
            page.element(.p, "\(completion.moduleID), version \(completion.moduleVersion.description)", class: "meta")
            var details = ["on \(completion.completedOn.iso)"]
            if let score = completion.score { details.append("score \(score)") }
            if let hours = completion.hours { details.append("\(hours) hours") }
            page.element(.p, details.joined(separator: " · "))
            page.open(.div, class: "signature")
            for label in ["Instructor" + (completion.instructor.map { ": \($0)" } ?? ""), "Training coordinator"] {
                page.open(.div, class: "sig")
                page.element(.span, "", class: "line")
                page.element(.small, label)
                page.close(.div)
            }
            page.close(.div)
            page.close(.div)
        }
    }
}
