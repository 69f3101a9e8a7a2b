import TerminalUI

/// What a list key asks of the list the screen shows: the same six keys move every list.
enum ListMove: Sendable {
    case up, down, pageUp, pageDown, top, bottom
}

extension TableState {
    /// Moves the selection one row, one page or to either end, clamped to the rows.
    mutating func apply(_ move: ListMove, rowCount: Int, visibleRows: Int) {
        switch move {
        case .up: moveSelection(by: -1, rowCount: rowCount, visibleRows: visibleRows)
        case .down: moveSelection(by: 1, rowCount: rowCount, visibleRows: visibleRows)
        case .pageUp: page(down: false, rowCount: rowCount, visibleRows: visibleRows)
        case .pageDown: page(down: true, rowCount: rowCount, visibleRows: visibleRows)
        case .top: select(0, rowCount: rowCount, visibleRows: visibleRows)
        case .bottom: select(rowCount - 1, rowCount: rowCount, visibleRows: visibleRows)
        }
    }
}
