import TerminalUI

extension Rect {
    /// The rectangle without its first `rows` rows.
    func offsetTop(_ rows: Int) -> Rect {
        Rect(x: x, y: y + rows, width: width, height: height - rows)
    }
}
