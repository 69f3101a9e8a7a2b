/// Something the terminal reports to the program.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    /// The terminal now has this size; the next frame is drawn in full.
    case resize(Size)
    case mouse(MouseEvent)
    /// Text pasted in one go (bracketed paste), to insert as-is rather than interpret as keys.
    case paste(String)
    /// The process was asked to stop (SIGINT, SIGTERM, SIGHUP); `Program` ends its loop and returns it.
    case interrupt(signal: Int32)
}

/// A mouse action at a cell.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case click, scrollUp, scrollDown
    }

    public var kind: Kind
    public var position: Position

    public init(_ kind: Kind, at position: Position) {
        self.kind = kind
        self.position = position
    }
}
