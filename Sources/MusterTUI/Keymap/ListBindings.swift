/// The keys every list shares (the officers table, an officer's two panes, the Modules lists, a tab form's
/// fields); `AppUpdate.move` hands the move to the list on screen.
enum ListBindings {
    static let bindings: [KeyBinding] = [
        KeyBinding(.listUp, [.up, .character("k")], in: .list, "Move up", short: "up") { AppUpdate.move(&$0, .up) },
        KeyBinding(.listDown, [.down, .character("j")], in: .list, "Move down", short: "down") { AppUpdate.move(&$0, .down) },
        KeyBinding(.listPageUp, [.pageUp], in: .list, "Up a page", short: "page up") { AppUpdate.move(&$0, .pageUp) },
        KeyBinding(.listPageDown, [.pageDown], in: .list, "Down a page", short: "page down") { AppUpdate.move(&$0, .pageDown) },
        KeyBinding(.listTop, [.home, .character("g")], in: .list, "First row", short: "top") { AppUpdate.move(&$0, .top) },
        KeyBinding(.listBottom, [.end, .character("G")], in: .list, "Last row", short: "bottom") { AppUpdate.move(&$0, .bottom) },
    ]
}
