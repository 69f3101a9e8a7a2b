/// How a cell is drawn: a colour role (mapped to foreground/background by the backend) plus attributes.
public struct Style: Hashable, Sendable {
    public var role: ColorRole
    public var attributes: TextAttributes

    public init(_ role: ColorRole = .normal, _ attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }

    /// The default style: `.normal` with no attributes.
    public static let plain = Style()

    /// This style with extra attributes added.
    public func adding(_ extra: TextAttributes) -> Style {
        Style(role, attributes.union(extra))
    }
}
