/// `PlanItem.urgentFirst` as small keys, for a plan of hundreds of thousands of items judged span by span on
/// every core: sorting the items themselves compared strings and moved their copies on one thread. Each item is
/// kept as a key of numbers (its day, its hours short, the rank of its badge and of its program and item among
/// all the plan's), and the strings are compared once per distinct badge and per distinct (program, item), not
/// once per comparison. Ties on every field keep the order items arrived in, as `urgentFirst` under a stable
/// sort does; `PlanOrderTests` prove the two orders equal.
public struct PlanOrder: Sendable {
    /// One span's items in the order they arrived, as keys.
    public struct Span: Sendable {
        fileprivate var keys: [Key] = []
        /// The badges in arrival order, each once while its items come together (an officer's items do).
        fileprivate var badges: [String] = []
        /// Each distinct (program, item) met, numbered in the order met.
        fileprivate var pairs: [Pair: UInt32] = [:]
        fileprivate var pairList: [Pair] = []
        /// The pair found last: an officer's items mostly repeat the previous officer's.
        private var lastPair: (pair: Pair, number: UInt32)?

        public init() {}

        /// How many items arrived.
        public var count: Int { keys.count }

        /// The next item, after those before.
        public mutating func append(_ item: PlanItem) {
            if badges.last != item.badge { badges.append(item.badge) }
            let pair = Pair(program: item.programID ?? "", item: item.item)
            let number: UInt32
            if let lastPair, lastPair.pair == pair {
                number = lastPair.number
            } else if let known = pairs[pair] {
                number = known
            } else {
                number = UInt32(pairList.count)
                pairs[pair] = number
                pairList.append(pair)
            }
            lastPair = (pair, number)
            keys.append(Key(day: Self.number(item.dueBy ?? .latest), hours: item.hoursShort ?? 0,
                            badge: UInt32(badges.count - 1), pair: number, span: 0, row: UInt32(keys.count)))
        }

        /// A day as a number in the same order: days of a month fit in 5 bits, months in 4.
        private static func number(_ day: CalendarDate) -> Int32 {
            Int32(day.year << 9 | day.month << 5 | day.day)
        }
    }

    /// Every span's items, most urgent first, each as where it arrived: its span's place among the spans and its
    /// place in the span.
    public static func sorted(_ spans: [Span]) -> [(span: Int, row: Int)] {
        let badgeRanks = ranks(of: spans.lazy.flatMap(\.badges))
        let pairRanks = ranks(of: spans.lazy.flatMap(\.pairList))
        var keys: [Key] = []
        keys.reserveCapacity(spans.reduce(0) { $0 + $1.count })
        var (badgeBase, pairBase) = (0, 0)
        for (spanIndex, span) in spans.enumerated() {
            for var key in span.keys {
                key.badge = badgeRanks[badgeBase + Int(key.badge)]
                key.pair = pairRanks[pairBase + Int(key.pair)]
                key.span = UInt32(spanIndex)
                keys.append(key)
            }
            badgeBase += span.badges.count
            pairBase += span.pairList.count
        }
        keys.sort(by: <)
        return keys.map { (Int($0.span), Int($0.row)) }
    }

    /// Each value's rank in Swift's `<` (equal values, `==` as canonical equivalence has it, share a rank). Badges
    /// come from the store in SQLite's byte order, which is Swift's for ASCII: when the values are already in
    /// order one comparison per value ranks them; otherwise they are sorted.
    static func ranks<Values: Collection>(of values: Values) -> [UInt32] where Values.Element: Comparable {
        let values = Array(values)
        var ranks = [UInt32](repeating: 0, count: values.count)
        var order = Array(values.indices)
        if zip(values, values.dropFirst()).contains(where: { $0.1 < $0.0 }) {
            order.sort { values[$0] < values[$1] }
        }
        var rank: UInt32 = 0
        for position in order.indices {
            if position > 0, values[order[position - 1]] < values[order[position]] { rank += 1 }
            ranks[order[position]] = rank
        }
        return ranks
    }

    /// A program (empty for a module) and an item: `urgentFirst`'s tie-break after the badge.
    struct Pair: Hashable, Comparable {
        var program: String
        var item: String

        static func < (lhs: Pair, rhs: Pair) -> Bool {
            (lhs.program, lhs.item) < (rhs.program, rhs.item)
        }
    }

    /// `urgentFirst`'s fields as numbers, the badge and pair as ranks once the spans are all in; then the place
    /// the item arrived.
    struct Key: Comparable {
        var day: Int32
        var hours: Double
        var badge: UInt32
        var pair: UInt32
        var span: UInt32
        var row: UInt32

        static func < (lhs: Key, rhs: Key) -> Bool {
            if lhs.day != rhs.day { return lhs.day < rhs.day }
            // The most hours short first.
            if lhs.hours != rhs.hours { return lhs.hours > rhs.hours }
            if lhs.badge != rhs.badge { return lhs.badge < rhs.badge }
            if lhs.pair != rhs.pair { return lhs.pair < rhs.pair }
            return (lhs.span, lhs.row) < (rhs.span, rhs.row)
        }
    }
}
