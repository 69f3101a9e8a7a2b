import MusterCore
import TerminalUI

/// The Classes tab's update: the session form, signing officers in (by due, by unit, by name), and what
/// recording the roster answered.
enum ClassesUpdate {
    /// Keys go into the selected field until Esc (or Enter on the last field).
    static func edit(_ state: inout AppState) -> Next<AppEffect> {
        state.classes.form.isEditing = true
        return .none
    }

    /// A new, empty session form.
    static func clear(_ state: inout AppState) -> Next<AppEffect> {
        state.classes.form = FormCatalog.classSession(asOf: state.context.asOf, units: state.agency.value?.units ?? [])
        state.classes.openSession = nil
        state.classes.openEnrolled = []
        return .none
    }

    /// Fills Hours from the module, as the single record form does: whenever the module or date changes and
    /// Hours still holds what was filled in for the old ones (or nothing), it takes the new module's hours. Hours
    /// the coordinator typed are left alone.
    static func fillHours(_ state: inout AppState, before: FormState) {
        let curriculum = state.context.curriculum
        func filled(_ form: FormState) -> String {
            let day = form[.date].flatMap { CalendarDate(iso: $0.trimmed) } ?? state.context.asOf
            return FormCatalog.moduleHours(form[.module]?.trimmed ?? "", on: day, curriculum: curriculum)
        }
        let form = state.classes.form
        guard let hours = form[.hours]?.value, hours == before[.hours]?.value, hours == filled(before) else { return }
        let now = filled(form)
        if now != hours { state.classes.form.set(.hours, now) }
    }

    // MARK: - Signing officers in

    /// Puts everyone who must still take the form's module (assigned, overdue, expired or expiring) on the sheet
    /// unmarked (`:?`): each is marked as they sign in, so nobody is recorded a pass unseen.
    static func addDue(_ state: inout AppState) -> Next<AppEffect> {
        guard let data = state.agency.value else { return .none }
        let module = state.classes.form[.module]?.trimmed ?? ""
        let badges = (data.snapshot.dueByModule[module] ?? []).map { data.snapshot.officers[Int($0)].badge }
        appendAttendees(&state, badges, source: "assigned and due for \(module)", mark: ":?")
        return .none
    }

    /// Signs in every officer serving in the unit chosen in "Unit to add".
    static func addUnit(_ state: inout AppState) -> Next<AppEffect> {
        guard let data = state.agency.value, let unit = state.classes.form[.unit]?.value, unit != "—" else {
            state.status = .error("No unit to add: the agency has no units loaded")
            return .none
        }
        let badges = data.snapshot.officers.filter { $0.unit == unit && $0.standing.isCounted }.map(\.badge)
        appendAttendees(&state, badges, source: "in \(unit)")
        return .none
    }

    /// Appends badges not yet on the sheet to the attendees field and says how many were added.
    private static func appendAttendees(_ state: inout AppState, _ badges: [String], source: String, mark: String = "") {
        let current = state.classes.form[.attendees]?.value ?? ""
        let present = Set(current.split(whereSeparator: { " ,;\n".contains($0) }).map { String($0.split(separator: ":").first ?? $0) })
        let added = badges.filter { !present.contains($0) }
        guard !added.isEmpty else {
            state.status = .info("Everyone \(source) is already on the roster")
            return
        }
        let joined = (current.strippingSpaces.isEmpty ? [] : [current.strippingSpaces]) + added.map { $0 + mark }
        state.classes.form.set(.attendees, joined.joined(separator: " "))
        state.status = .success("Added \(added.count) officer\(added.count == 1 ? "" : "s") \(source)"
                                + (mark.isEmpty ? "" : ", not marked yet"))
    }

    // MARK: - Finding an attendee by name

    static func startFind(_ state: inout AppState) -> Next<AppEffect> {
        state.classes.search = TextInput()
        state.classes.searchResults = []
        state.classes.searchSelection = 0
        return .none
    }

    static func stopFind(_ state: inout AppState) -> Next<AppEffect> {
        state.classes.search = nil
        return .none
    }

    static func previousMatch(_ state: inout AppState) -> Next<AppEffect> {
        state.classes.searchSelection = max(0, state.classes.searchSelection - 1)
        return .none
    }

    static func nextMatch(_ state: inout AppState) -> Next<AppEffect> {
        state.classes.searchSelection = min(max(0, state.classes.searchResults.count - 1), state.classes.searchSelection + 1)
        return .none
    }

    /// Signs in the selected match.
    static func addFound(_ state: inout AppState) -> Next<AppEffect> {
        let results = state.classes.searchResults
        guard let data = state.agency.value, results.indices.contains(state.classes.searchSelection) else {
            state.status = .error("No officer matches; type part of a name or badge")
            return .none
        }
        let row = data.snapshot.officers[results[state.classes.searchSelection]]
        appendAttendees(&state, [row.badge], source: "(\(row.displayName))")
        return .none
    }

    /// A key typed into the find field.
    static func editFind(_ state: inout AppState, _ key: Key) {
        guard var search = state.classes.search, search.handle(key) else { return }
        state.classes.search = search
        findAttendees(&state)
    }

    static func pasteInFind(_ state: inout AppState, _ text: String) {
        guard var search = state.classes.search else { return }
        search.insert(text)
        state.classes.search = search
        findAttendees(&state)
    }

    /// Refreshes the attendee matches for the text typed so far: serving officers whose badge or
    /// name contains it, at most `searchLimit` of them.
    private static func findAttendees(_ state: inout AppState) {
        guard let data = state.agency.value, let query = state.classes.search.map({ SearchText.key($0.value) }), !query.isEmpty else {
            state.classes.searchResults = []
            return
        }
        let rows = data.snapshot.officers
        state.classes.searchResults = data.index.filter(rows.indices, query: query, limit: ClassesState.searchLimit) {
            rows[$0].standing.isCounted
        }
        state.classes.searchSelection = 0
    }

    // MARK: - Results

    /// The "Unit to add" choices follow the units of a new load, keeping the one chosen while it exists.
    static func unitsArrived(_ state: inout AppState, _ units: [String]) {
        guard let index = state.classes.form.fields.firstIndex(where: { $0.id == .unit }) else { return }
        let current = state.classes.form.fields[index].value
        let choices = units.isEmpty ? ["—"] : units
        state.classes.form.fields[index].choices = choices
        state.classes.form.fields[index].input = TextInput(choices.contains(current) ? current : choices[0])
        state.classes.form.initialValues[index] = state.classes.form.fields[index].value
    }

    /// The roster was recorded: a new form for the next session, and what was recorded.
    static func rosterRecorded(_ state: inout AppState, _ confirmation: String) {
        state.classes.form = FormCatalog.classSession(asOf: state.context.asOf, units: state.agency.value?.units ?? [])
        state.classes.lastRecorded = confirmation
    }

    /// Recording failed: the form stays as it was, saying why.
    static func rosterFailed(_ state: inout AppState, _ message: String) {
        state.classes.form.isSubmitting = false
        state.classes.form.submitError = message
    }
}
