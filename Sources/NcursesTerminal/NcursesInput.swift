import CNcurses
import TerminalUI

/// What one `wget_wch` result means, before any terminal state is consulted.
public enum NcursesInput: Hashable, Sendable {
    case key(Key)
    /// `KEY_RESIZE`: ncurses has resized stdscr; the caller reads the new size.
    case resize
    /// `KEY_MOUSE`: the caller reads the event with `getmouse`.
    case mouse
    /// Nothing usable (timeout, or a key code we do not map).
    case none

    /// Decodes a `wget_wch` return code and the character it stored.
    ///
    /// - `OK` with a code point: printable characters become `.character`, Tab/Enter/Esc/Backspace their
    ///   keys, other C0 controls `.ctrl` (Ctrl-S arrives as 0x13 in cbreak mode).
    /// - `KEY_CODE_YES` with a `KEY_*` code: arrows, paging, function keys, resize, mouse.
    /// - `ERR` (timeout): `.none`.
    public static func decode(status: Int32, code: UInt32) -> NcursesInput {
        switch status {
        case OK: return decodeCharacter(code)
        case KEY_CODE_YES: return decodeKeyCode(Int32(bitPattern: code))
        default: return .none
        }
    }

    static func decodeCharacter(_ code: UInt32) -> NcursesInput {
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 0: return .key(.ctrl(" "))
        case 1...26:
            guard let letter = Unicode.Scalar(code + 0x60) else { return .none }
            return .key(.ctrl(Character(letter)))
        case 28...31:
            guard let symbol = Unicode.Scalar(code + 0x40) else { return .none }
            return .key(.ctrl(Character(symbol)))
        case 0x80..<0xA0: return .none
        default:
            guard let scalar = Unicode.Scalar(code) else { return .none }
            return .key(.character(Character(scalar)))
        }
    }

    static func decodeKeyCode(_ code: Int32) -> NcursesInput {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case KEY_BTAB: return .key(.backTab)
        case KEY_RESIZE: return .resize
        case KEY_MOUSE: return .mouse
        case (KEY_F0 + 1)...(KEY_F0 + 24): return .key(.function(Int(code - KEY_F0)))
        default: return .none
        }
    }
}
