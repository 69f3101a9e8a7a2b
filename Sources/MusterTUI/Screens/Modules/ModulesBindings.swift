/// The Modules tab's keys: which of its three views to show.
enum ModulesBindings {
    static let bindings: [KeyBinding] = [
        KeyBinding(.modulesModules, [.character("m")], in: .modules, "Show modules by area", short: "modules", hint: true) {
            ModulesUpdate.show(&$0, .modules)
        },
        KeyBinding(.modulesCertifications, [.character("c")], in: .modules, "Show certifications", short: "certs", hint: true) {
            ModulesUpdate.show(&$0, .certifications)
        },
        KeyBinding(.modulesCoverage, [.character("p")], in: .modules, "Show the policy-requirement coverage matrix",
                   short: "coverage", hint: true) { ModulesUpdate.show(&$0, .coverage) },
        KeyBinding(.modulesSearch, [.character("/")], in: .modules,
                   "Search the modules (id or title) or the certifications (id, title or a module's id)", short: "search", hint: true,
                   disabledReason: { $0.modules.view == .coverage ? "Search works on the modules (m) and certifications (c) views" : nil },
                   perform: SearchUpdate.begin),
    ]
}
