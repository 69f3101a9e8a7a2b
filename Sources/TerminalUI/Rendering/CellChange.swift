/// One cell a terminal must draw: where, and what.
public struct CellChange: Hashable, Sendable {
    public var position: Position
    public var cell: Cell

    public init(position: Position, cell: Cell) {
        self.position = position
        self.cell = cell
    }
}

extension Buffer {
    /// The cells a terminal showing `old` must draw to show `new`, left to right, top to bottom.
    ///
    /// Continuation cells are never emitted: drawing a wide grapheme covers them. The cases that matter:
    /// - narrow cells replaced by a wide grapheme: only the grapheme is emitted;
    /// - a wide grapheme replaced by narrow ones: both cells changed (the continuation became a real cell),
    ///   so both are emitted and the terminal's wide glyph is fully overwritten;
    /// - `old` nil or of another size: every non-continuation cell of `new` (a full redraw).
    public static func changes(from old: Buffer?, to new: Buffer) -> [CellChange] {
        var result: [CellChange] = []
        let columns = new.size.columns
        let comparable = old?.size == new.size
        for (index, cell) in new.cells.enumerated() where !cell.isContinuation {
            if comparable, let old, old.cells[index] == cell { continue }
            result.append(CellChange(position: Position(column: index % columns, row: index / columns), cell: cell))
        }
        return result
    }
}
