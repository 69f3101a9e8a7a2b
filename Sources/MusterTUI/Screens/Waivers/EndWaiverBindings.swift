/// The keys of the question asked before a waiver ends (from the waiver picker, `W` in an officer's record).
enum EndWaiverBindings {
    static let bindings: [KeyBinding] = [
        KeyBinding(.endWaiverYes, [.character("y")], in: .confirmEndWaiver, "Yes: end the waiver today (audited; it is kept)",
                   short: "end it", hint: true, disabledReason: { $0.context.refusal(.waive) }, perform: EndWaiverUpdate.confirm),
        KeyBinding(.endWaiverNo, [.character("n"), .escape], in: .confirmEndWaiver, "No: keep the waiver", short: "keep",
                   hint: true, perform: EndWaiverUpdate.keep),
    ]
}
