import MusterCore
import TerminalUI

/// Everything the screen shows, as one value: `AppUpdate.update` changes it, `AppView.render` draws it.
struct AppState: Equatable, Sendable {
    static let minimumSize = Size(columns: 80, rows: 24)

    var size: Size
    var context: AppContext
    var tab = Tab.dashboard
    /// The roster first (`hasStandings` false), then the whole snapshot; reloads keep the old data in view.
    var agency: Loadable<AgencyData> = .loading
    /// Officers not separated, counted before anything else arrives.
    var headcount: Int?
    var officers = OfficersState()
    /// The open officer (coordinator) or the officer's own record ("My training").
    var detail: DetailState?
    var modules = ModulesState()
    var classes: ClassesState
    var exports: ExportsState
    var modal: Modal?
    var status: StatusMessage?
    var loadGeneration = 0
    /// The database's version the app last saw (`AppUpdate+Changes.swift`); nil until first read.
    var databaseVersion: Int64?
    /// A reload started because another process wrote is still running.
    var followingChanges = false

    init(context: AppContext, size: Size) {
        self.context = context
        self.size = size
        classes = ClassesState(form: FormCatalog.classSession(asOf: context.asOf, units: []))
        exports = ExportsState(form: FormCatalog.export(asOf: context.asOf))
        if let badge = context.officerBadge { detail = DetailState(badge: badge) }
    }

    /// The effects to start with: the agency (coordinators) or one's own record (officers).
    var initialEffects: [AppEffect] {
        if let badge = context.officerBadge { return [.loadOfficer(badge)] }
        return [.loadRoster, .loadClasses]
    }

    /// Officers not separated, as far as known yet: from the roster once it is here, else the headcount.
    var servingOfficers: Int? {
        agency.value?.loaded.servingCount ?? headcount
    }

    /// The rows a full-height list shows at the current size (content height minus a header line).
    var listRows: Int { max(1, AppLayout(size: size).content.height - 3) }

    var form: FormState? {
        if case .form(let form) = modal { return form }
        return nil
    }

    /// The form on the current tab, when that tab is a form (Classes, Exports).
    var tabForm: FormState? {
        guard !context.isOfficerView else { return nil }
        switch tab {
        case .classes: return classes.form
        case .exports: return exports.form
        default: return nil
        }
    }

    /// What holds unsaved input, named for the quit question; nil when nothing does.
    var unsavedInput: String? {
        if let form, form.isDirty { return "the \(form.kind.title.lowercased()) form" }
        if classes.form.isDirty { return "the class session on the Classes tab" }
        return nil
    }

    func validationContext(for form: FormState) -> ValidationContext {
        let data = agency.value
        return ValidationContext(
            curriculum: context.curriculum, asOf: context.asOf,
            isKnownBadge: { data?.index.officer(badge: $0) != nil }, units: data?.units ?? [])
    }
}
