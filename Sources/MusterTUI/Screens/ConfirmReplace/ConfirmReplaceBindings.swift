/// The keys of the question asked before an export replaces an existing file.
enum ConfirmReplaceBindings {
    static let bindings: [KeyBinding] = [
        KeyBinding(.replaceYes, [.character("y")], in: .confirmReplace, "Yes: replace the file with this export",
                   short: "replace", hint: true, perform: ConfirmReplaceUpdate.replace),
        KeyBinding(.replaceNo, [.character("n"), .escape], in: .confirmReplace, "No: keep the file, write nothing",
                   short: "keep", hint: true, perform: ConfirmReplaceUpdate.keep),
    ]
}
