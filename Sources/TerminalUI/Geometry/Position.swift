/// A cell coordinate: `column` counts from 0 at the left, `row` from 0 at the top.
public struct Position: Hashable, Sendable {
    public var column: Int
    public var row: Int

    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }
}
