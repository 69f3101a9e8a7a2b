/// The Exports tab's keys.
enum ExportsBindings {
    static let bindings: [KeyBinding] = [
        KeyBinding(.exportsEdit, [.enter, .character("e")], in: .exports, "Edit the selected field", short: "edit", hint: true,
                   perform: ExportsUpdate.edit),
        KeyBinding(.exportsPreview, [.character("p")], in: .exports, "Preview the first rows", short: "preview", hint: true) {
            ExportsUpdate.preview(&$0)
        },
        KeyBinding(.exportsWrite, [.character("w")], in: .exports, "Write the file", short: "write", hint: true,
                   disabledReason: { $0.context.refusal(.export) }, perform: ExportsUpdate.write),
    ]
}
