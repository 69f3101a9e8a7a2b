/// A terminal or widget size in character cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    /// Number of columns (display cells across).
    public var columns: Int
    /// Number of rows (lines down).
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// True when both dimensions are at least those of `minimum`.
    public func fits(_ minimum: Size) -> Bool {
        columns >= minimum.columns && rows >= minimum.rows
    }

    /// "80×24".
    public var description: String { "\(columns)×\(rows)" }
}
