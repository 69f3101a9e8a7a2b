/// How long a completion stays valid.
public enum Validity: Hashable, Sendable {
    /// Valid for N months from the completion date, the day clamped to the month's end.
    case rolling(months: Int)
    /// One completion in every calendar year keeps an officer current: a completion counts through
    /// 31 December of the year after the one it was made in (it stops counting on 1 January two years on).
    case calendarYear
    /// Never expires.
    case once

    /// The months a rolling validity may run: ten years at most, so a typo such as `1200` or `Int.max` is
    /// caught by lint rather than carried into every expiry date.
    public static let monthsRange = 1...120

    /// The date a completion made on `completedOn` stops counting, or nil when it never does.
    public func expiresOn(completedOn: CalendarDate) -> CalendarDate? {
        switch self {
        case .rolling(let months):
            completedOn.adding(months: months)
        case .calendarYear:
            CalendarDate(uncheckedYear: completedOn.year + 2, month: 1, day: 1)
        case .once:
            nil
        }
    }

    /// The YAML `kind` word.
    public var kindName: String {
        switch self {
        case .rolling: "rolling"
        case .calendarYear: "calendar_year"
        case .once: "once"
        }
    }

    /// Words for people: "every 12 months", "each calendar year", "once".
    public var summary: String {
        switch self {
        case .rolling(let months) where months % 12 == 0 && months > 12: "every \(months / 12) years"
        case .rolling(let months): months == 1 ? "every month" : "every \(months) months"
        case .calendarYear: "each calendar year"
        case .once: "once"
        }
    }
}

extension Validity: Codable {
    enum CodingKeys: String, CodingKey { case kind, months }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "rolling": self = .rolling(months: try container.decode(Int.self, forKey: .months))
        case "calendar_year": self = .calendarYear
        case "once": self = .once
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "unknown validity kind '\(other)'")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kindName, forKey: .kind)
        if case .rolling(let months) = self { try container.encode(months, forKey: .months) }
    }
}
