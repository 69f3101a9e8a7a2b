/// One screen cell: a grapheme and its style.
///
/// A wide grapheme (display width 2) occupies two cells: the first holds the grapheme, the second is a
/// *continuation* cell (`isContinuation == true`, grapheme `" "`) that backends never draw.
public struct Cell: Hashable, Sendable {
    public var grapheme: Character
    public var style: Style
    public var isContinuation: Bool

    public init(_ grapheme: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = isContinuation
    }

    /// A space in the plain style.
    public static let blank = Cell()

    /// The second half of a wide grapheme drawn in `style`.
    public static func continuation(_ style: Style) -> Cell {
        Cell(" ", style: style, isContinuation: true)
    }
}
