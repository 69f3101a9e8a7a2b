/// The keys of the help overlay (`?` opens it, from `GlobalBindings`).
enum HelpBindings {
    static let bindings: [KeyBinding] = [
        KeyBinding(.helpClose, [.escape, .character("?"), .character("q")], in: .help, "Close help", short: "close", hint: true,
                   perform: HelpUpdate.close),
        KeyBinding(.helpUp, [.up, .character("k")], in: .help, "Scroll up", short: "up") { HelpUpdate.scroll(&$0, by: -1) },
        KeyBinding(.helpDown, [.down, .character("j")], in: .help, "Scroll down", short: "down") { HelpUpdate.scroll(&$0, by: 1) },
        KeyBinding(.helpPageUp, [.pageUp], in: .help, "Scroll up a page", short: "page up") {
            HelpUpdate.scrollPage(&$0, down: false)
        },
        KeyBinding(.helpPageDown, [.pageDown], in: .help, "Scroll down a page", short: "page down") {
            HelpUpdate.scrollPage(&$0, down: true)
        },
    ]
}
