import MusterCore
import TerminalUI

extension AppUpdate {
    /// Signs in everyone who must still take the form's module (assigned, overdue, expired or expiring).
    static func addDueAttendees(_ state: inout AppState) {
        guard let data = state.agency.value else { return }
        let module = state.classes.form[.module]?.trimmed ?? ""
        let badges = (data.snapshot.dueByModule[module] ?? []).map { data.snapshot.officers[Int($0)].badge }
        appendAttendees(&state, badges, source: "assigned and due for \(module)")
    }

    /// Signs in every officer (not separated) of the unit chosen in "Unit to add".
    static func addUnitAttendees(_ state: inout AppState) {
        guard let data = state.agency.value, let unit = state.classes.form[.unit]?.value, unit != "—" else {
            state.status = .error("No unit to add: the agency has no units loaded")
            return
        }
        let badges = data.snapshot.officers.filter { $0.unit == unit && $0.officerStatus != .separated }.map(\.badge)
        appendAttendees(&state, badges, source: "in \(unit)")
    }

    /// Refreshes the attendee matches for the text typed so far: officers not separated whose badge or
    /// name contains it, at most `searchLimit` of them.
    static func findAttendees(_ state: inout AppState) {
        guard let data = state.agency.value, let query = state.classes.search.map({ SearchText.key($0.value) }), !query.isEmpty else {
            state.classes.searchResults = []
            return
        }
        let rows = data.snapshot.officers
        state.classes.searchResults = data.index.filter(rows.indices, query: query, limit: ClassesState.searchLimit) {
            rows[$0].officerStatus != .separated
        }
        state.classes.searchSelection = 0
    }

    /// Appends badges not yet on the sheet to the attendees field and says how many were added.
    static func appendAttendees(_ state: inout AppState, _ badges: [String], source: String) {
        let current = state.classes.form[.attendees]?.value ?? ""
        let present = Set(current.split(whereSeparator: { " ,;\n".contains($0) }).map { String($0.split(separator: ":").first ?? $0) })
        let added = badges.filter { !present.contains($0) }
        guard !added.isEmpty else {
            state.status = .info("Everyone \(source) is already on the roster")
            return
        }
        let joined = (current.strippingSpaces.isEmpty ? [] : [current.strippingSpaces]) + added
        state.classes.form.set(.attendees, joined.joined(separator: " "))
        state.status = .success("Added \(added.count) officer\(added.count == 1 ? "" : "s") \(source)")
    }
}
