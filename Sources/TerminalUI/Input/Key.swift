/// A key press, decoded by the terminal backend; `label` is how hint bars and help print it.
public enum Key: Hashable, Sendable {
    /// A printable character, as typed (so `?`, `G`, `é`, `東`). Space is `.character(" ")`.
    case character(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1…F24.
    case function(Int)
    /// Control plus a letter or symbol, lowercase (`.ctrl("s")`).
    case ctrl(Character)
    /// Alt (Meta) plus a character.
    case alt(Character)
}
