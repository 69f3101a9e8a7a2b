import GRDB

/// A run of badges in SQLite's byte order: from `from` (inclusive, nil for the first badge) up to
/// `before` (exclusive, nil for past the last one).
public struct BadgeSpan: Sendable, Equatable {
    public var from: String?
    public var before: String?

    public init(from: String? = nil, before: String? = nil) {
        self.from = from
        self.before = before
    }

    public static let all = BadgeSpan()

    /// The spans between consecutive `boundaries` (from `badgeBoundaries`), covering every badge once.
    public static func between(_ boundaries: [String]) -> [BadgeSpan] {
        var spans: [BadgeSpan] = []
        var from: String?
        for boundary in boundaries {
            spans.append(BadgeSpan(from: from, before: boundary))
            from = boundary
        }
        spans.append(BadgeSpan(from: from, before: nil))
        return spans
    }

    /// The condition on a badge column (to be prefixed with a table alias), or nil for every badge.
    func condition(column: String) -> (sql: String, arguments: StatementArguments)? {
        switch (from, before) {
        case (nil, nil): nil
        case (let from?, nil): ("\(column) >= ?", [from])
        case (nil, let before?): ("\(column) < ?", [before])
        case (let from?, let before?): ("\(column) >= ? AND \(column) < ?", [from, before])
        }
    }
}
