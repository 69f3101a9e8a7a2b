/// How a roster writes a date: `YYYY`, `MM` and `DD` once each, with separators between (`MM/DD/YYYY`,
/// `YYYY-MM-DD`, `DD.MM.YYYY`, `YYYYMMDD`).
public struct RosterDateFormat: Hashable, Sendable, CustomStringConvertible {
    private enum Piece: Hashable, Sendable {
        case year, month, day
        case literal(Character)
    }

    private let pieces: [Piece]
    public let description: String

    public init?(_ text: String) {
        var pieces: [Piece] = []
        var rest = Substring(text)
        while let first = rest.first {
            if rest.hasPrefix("YYYY") {
                pieces.append(.year)
                rest = rest.dropFirst(4)
            } else if rest.hasPrefix("MM") {
                pieces.append(.month)
                rest = rest.dropFirst(2)
            } else if rest.hasPrefix("DD") {
                pieces.append(.day)
                rest = rest.dropFirst(2)
            } else if "/-. ".contains(first) {
                pieces.append(.literal(first))
                rest = rest.dropFirst()
            } else {
                return nil
            }
        }
        guard [Piece.year, .month, .day].allSatisfy({ piece in pieces.filter { $0 == piece }.count == 1 }) else { return nil }
        self.pieces = pieces
        description = text
    }

    public static let iso = RosterDateFormat("YYYY-MM-DD")!

    public func string(_ date: CalendarDate) -> String {
        func padded(_ number: Int, _ width: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return pieces.map { piece in
            switch piece {
            case .year: padded(date.year, 4)
            case .month: padded(date.month, 2)
            case .day: padded(date.day, 2)
            case .literal(let character): String(character)
            }
        }.joined()
    }
}
