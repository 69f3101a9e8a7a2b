import TerminalUI

/// The keys of every screen that does not take them for itself: tabs, reload, quit, help. `AppUpdate`
/// carries them out.
enum GlobalBindings {
    static let bindings: [KeyBinding] = [
        KeyBinding(.nextTab, [.tab], in: .global, "Next tab", short: "next tab", disabledReason: officerViewTabs) {
            AppUpdate.cycleTab(&$0, forward: true)
        },
        KeyBinding(.previousTab, [.backTab], in: .global, "Previous tab", short: "previous tab",
                   disabledReason: officerViewTabs) { AppUpdate.cycleTab(&$0, forward: false) },
        KeyBinding(.gotoTab, (1...5).map { .character(Character(String($0))) }, in: .global,
                   "Go to Dashboard, Officers, Modules, Classes or Exports", short: "tabs", hint: true,
                   disabledReason: officerViewTabs, perform: AppUpdate.goToTab),
        KeyBinding(.refresh, [.ctrl("r")], in: .global, "Reload from the database (changes made by the CLI show up)",
                   short: "reload", perform: AppUpdate.reload),
        KeyBinding(.quit, [.character("q")], in: .global, "Quit (asks first if a form holds unsaved input)", short: "quit",
                   hint: true, perform: AppUpdate.quit),
        KeyBinding(.help, [.character("?")], in: .global, "Show every key of this screen", short: "help",
                   perform: AppUpdate.showHelp),
    ]

    private static func officerViewTabs(_ state: AppState) -> String? {
        state.context.isOfficerView ? "The officer view has only My training" : nil
    }
}
