import TerminalUI

/// Where the fixed parts of every screen go: title, tabs, a rule, the content, the status line and the
/// key hints, top to bottom.
struct AppLayout {
    let title: Rect
    let tabs: Rect
    let rule: Rect
    let content: Rect
    let status: Rect
    let hints: Rect

    init(size: Size) {
        let parts = Rect(size: size).splitRows([.fixed(1), .fixed(1), .fixed(1), .fill, .fixed(1), .fixed(1)])
        title = parts[0]
        tabs = parts[1]
        rule = parts[2]
        content = parts[3].inset(horizontal: 1)
        status = parts[4]
        hints = parts[5]
    }
}
