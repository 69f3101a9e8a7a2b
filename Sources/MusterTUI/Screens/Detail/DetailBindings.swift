/// The keys of an open officer (coordinators), and of "My training" (an officer's own record).
enum DetailBindings {
    static let bindings: [KeyBinding] = [
        KeyBinding(.detailBack, [.escape], in: .detail, "Back to the officers list", short: "back", hint: true,
                   perform: DetailUpdate.back),
        KeyBinding(.detailPane, [.left, .right, .character("h"), .character("l")], in: .detail,
                   "Switch between requirements and history", short: "pane", hint: true, perform: DetailUpdate.switchPane),
        KeyBinding(.officerRecord, [.character("r")], in: .detail, "Record a completion for this officer", short: "record",
                   hint: true, disabledReason: { $0.context.refusal(.recordCompletions) }, perform: DetailUpdate.record),
        KeyBinding(.officerAssign, [.character("a")], in: .detail, "Assign a module or certification", short: "assign",
                   hint: true, disabledReason: { $0.context.refusal(.assign) }, perform: DetailUpdate.assign),
        KeyBinding(.officerWaive, [.character("w")], in: .detail, "Waive a module, with a reason", short: "waive",
                   hint: true, disabledReason: { $0.context.refusal(.waive) }, perform: DetailUpdate.waive),
        KeyBinding(.officerVoid, [.character("v")], in: .detail, "Void the completion selected in History, with a reason",
                   short: "void", hint: true, disabledReason: voidRefusal, perform: DetailUpdate.void),
        KeyBinding(.officerWaivers, [.character("W")], in: .detail, "List this officer's waivers; Enter on one ends it (asks first)",
                   short: "waivers", hint: true, disabledReason: waiversRefusal, perform: PickerUpdate.pickWaiver),
        KeyBinding(.officerIncident, [.character("i")], in: .detail,
                   "Record an incident (use of force, failed qualification…); it assigns the training it triggers",
                   short: "incident", hint: true, disabledReason: { $0.context.refusal(.recordIncidents) },
                   perform: DetailUpdate.incident),
        KeyBinding(.officerIncidents, [.character("I")], in: .detail,
                   "List this officer's incidents (notes for coordinators and auditors)", short: "incidents", hint: true,
                   disabledReason: incidentsRefusal, perform: PickerUpdate.pickIncident),

        KeyBinding(.myTrainingPane, [.left, .right, .character("h"), .character("l")], in: .myTraining,
                   "Switch between requirements and history", short: "pane", hint: true, perform: DetailUpdate.switchPane),
    ]

    private static func waiversRefusal(_ state: AppState) -> String? {
        guard let loaded = state.detail?.detail.value else { return "The officer's record is still loading" }
        return loaded.waivers.isEmpty ? "This officer has no waiver" : nil
    }

    private static func incidentsRefusal(_ state: AppState) -> String? {
        guard let loaded = state.detail?.detail.value else { return "The officer's record is still loading" }
        return loaded.incidents.isEmpty ? "This officer has no incident on record" : nil
    }

    private static func voidRefusal(_ state: AppState) -> String? {
        if let refusal = state.context.refusal(.voidCompletions) { return refusal }
        guard let detail = state.detail, detail.pane == .history else { return "Select a completion in History first (→)" }
        guard let completion = detail.selectedCompletion else { return "This officer has no completion to void" }
        if completion.isVoided { return "Completion #\(completion.id) is already voided" }
        return nil
    }
}
