import TerminalUI

/// What a list key asks of the list the screen shows: the same six keys move every list.
enum ListMove: Sendable {
    case up, down, pageUp, pageDown, top, bottom
}

extension TableState {
    /// Moves the selection one row, one page (a screenful less one row) or to either end, clamped to the rows.
    mutating func apply(_ move: ListMove, rowCount: Int, visibleRows: Int) {
        let page = max(1, visibleRows - 1)
        let current = selected ?? 0
        let target = switch move {
        case .up: current - 1
        case .down: current + 1
        case .pageUp: current - page
        case .pageDown: current + page
        case .top: 0
        case .bottom: rowCount - 1
        }
        select(target, rowCount: rowCount, visibleRows: visibleRows)
    }
}
