import MusterCore

/// The fields of each form, prefilled from what the user was looking at.
enum FormCatalog {
    static func recordCompletion(badge: String, moduleID: String?, curriculum: Curriculum, asOf: CalendarDate) -> FormState {
        let hours = moduleID.map { moduleHours($0, on: asOf, curriculum: curriculum) } ?? ""
        return FormState(kind: .recordCompletion(badge: badge), fields: [
            FormField(.module, "Module", value: moduleID ?? "", placeholder: "module id, e.g. uof-deescalation"),
            FormField(.date, "Completed on", value: asOf.iso, placeholder: "YYYY-MM-DD"),
            FormField(.result, "Result", choices: ["pass", "fail"]),
            FormField(.score, "Score", placeholder: "0–100; a pass needs one if there is a pass mark"),
            FormField(.hours, "Hours", value: hours, placeholder: "optional"),
            FormField(.instructor, "Instructor", placeholder: "optional"),
        ], focus: moduleID == nil ? .module : .date)
    }

    static func assign(badge: String, unit: String?, moduleID: String?) -> FormState {
        FormState(kind: .assign(badge: badge), fields: [
            FormField(.target, "Training", value: moduleID ?? "", placeholder: "module, certification or state program id"),
            FormField(.assignee, "Assign to", choices: ["officer", "unit"]),
            FormField(.unit, "Unit", value: unit ?? "", placeholder: "used when assigning to the unit"),
            FormField(.from, "From", placeholder: "YYYY-MM-DD, optional: the first day it applies"),
            FormField(.due, "Due on", placeholder: "YYYY-MM-DD, optional; none for a program"),
        ])
    }

    static func waive(badge: String, moduleID: String?, asOf: CalendarDate) -> FormState {
        FormState(kind: .waive(badge: badge), fields: [
            FormField(.module, "Module", value: moduleID ?? "", placeholder: "module id"),
            FormField(.reason, "Reason", placeholder: "why the officer is excused"),
            FormField(.from, "From", value: asOf.iso, placeholder: "YYYY-MM-DD"),
            FormField(.until, "Until", placeholder: "YYYY-MM-DD, empty: open-ended"),
        ], focus: moduleID == nil ? .module : .reason)
    }

    static func void(_ completion: Completion) -> FormState {
        let summary = "\(completion.moduleID) on \(completion.completedOn), \(completion.result.rawValue)"
        return FormState(kind: .void(badge: completion.badge, completionID: completion.id, summary: summary), fields: [
            FormField(.reason, "Reason", placeholder: "why this completion does not stand"),
        ])
    }

    /// An incident against the officer; the store assigns what `Curricula/triggers.yaml` says it triggers.
    static func incident(badge: String, asOf: CalendarDate) -> FormState {
        FormState(kind: .incident(badge: badge), fields: [
            FormField(.kind, "Kind", choices: IncidentKind.allCases.map(\.rawValue)),
            FormField(.date, "Happened on", value: asOf.iso, placeholder: "YYYY-MM-DD"),
            FormField(.note, "Note", placeholder: "optional; read only by coordinators and auditors"),
        ], focus: .kind)
    }

    static func classSession(asOf: CalendarDate, units: [String]) -> FormState {
        FormState(kind: .classSession, fields: [
            FormField(.module, "Module", placeholder: "module id"),
            FormField(.date, "Date", value: asOf.iso, placeholder: "YYYY-MM-DD; a later day schedules it"),
            FormField(.time, "Starts at", placeholder: "HH:MM, optional"),
            FormField(.capacity, "Capacity", placeholder: "seats, optional"),
            FormField(.hours, "Hours", placeholder: "filled from the module"),
            FormField(.instructor, "Instructor", placeholder: "who taught it"),
            FormField(.location, "Location", placeholder: "where"),
            FormField(.unit, "Unit to add", choices: units.isEmpty ? ["—"] : units),
            FormField(.attendees, "Attendees", placeholder: "badges, e.g. 1042 1043:85 1044:fail 1045:absent"),
        ], isEditing: false)
    }

    static func export(asOf: CalendarDate) -> FormState {
        FormState(kind: .export, fields: [
            FormField(.kind, "Roster", choices: ExportRequest.Kind.allCases.map(\.rawValue)),
            FormField(.module, "Module", placeholder: "all modules"),
            FormField(.unit, "Unit", placeholder: "all units"),
            FormField(.from, "From", placeholder: "YYYY-MM-DD, optional"),
            FormField(.to, "To", placeholder: "YYYY-MM-DD, optional"),
            FormField(.format, "Format", choices: ExportRequest.Format.allCases.map(\.rawValue)),
            FormField(.excel, "For Excel", choices: ["no", "yes"]),
            FormField(.output, "Write to", value: "muster-\(asOf.iso).csv"),
        ], isEditing: false)
    }

    /// The hours a form fills in for a completion of `moduleID` dated `day`: those of the version the
    /// completion belongs to; empty for an unknown module.
    static func moduleHours(_ moduleID: String, on day: CalendarDate, curriculum: Curriculum) -> String {
        curriculum.module(moduleID, forCompletionOn: day).map { formatHours($0.hours) } ?? ""
    }

    static func formatHours(_ hours: Double) -> String {
        hours == hours.rounded() && abs(hours) < 1e15 ? String(Int(hours)) : String(hours)
    }
}
