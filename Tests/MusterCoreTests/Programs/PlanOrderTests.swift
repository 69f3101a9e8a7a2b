import MusterCore
import MusterDemo
import PropertyBased
import Testing

/// `muster plan` sorts small keys (`PlanOrder`) rather than the items: over items arriving span by span, with
/// equal days, equal hours short, no day or no hours, badges whose byte order (SQLite's, the order officers
/// arrive in) is not Swift's, badges and programs equal only as Swift compares them, and items equal in every
/// field compared, the keys must give exactly the order of `PlanItem.urgentFirst` under Swift's stable sort.
@Suite("Plan items sorted by keys in spans come in urgentFirst's order")
struct PlanOrderTests {
    static func item(_ badge: String, _ program: String?, _ item: String = "total", hours: Double?, due: String?,
                     need: PlanItem.Need = .hours) -> PlanItem {
        PlanItem(badge: badge, programID: program, need: need, item: item, hoursShort: hours,
                 dueBy: due.map { CalendarDate(iso: $0)! }, status: "in-progress")
    }

    /// The plain path's order: `urgentFirst` under the standard library's sort, which is stable.
    static func plain(_ items: [PlanItem]) -> [Int] {
        items.indices.sorted { PlanItem.urgentFirst(items[$0], items[$1]) }
    }

    /// The items cut into spans before each index of `cuts` (empty spans too), sorted by keys: their indices.
    static func keyed(_ items: [PlanItem], cuts: [Int]) -> [Int] {
        let bounds = [0] + cuts.map { min(max($0, 0), items.count) }.sorted() + [items.count]
        var spans: [PlanOrder.Span] = []
        for (start, end) in zip(bounds, bounds.dropFirst()) {
            var span = PlanOrder.Span()
            for index in start..<end { span.append(items[index]) }
            #expect(span.count == end - start)
            spans.append(span)
        }
        return PlanOrder.sorted(spans).map { bounds[$0.span] + $0.row }
    }

    static let nfd = "e\u{301}"

    static let cases: [(String, [PlanItem])] = [
        ("equal days and hours: by badge, then program, then item", [
            item("1002", "tx", hours: 8, due: "2027-08-31"),
            item("1001", "tx", "Use of force", hours: 8, due: "2027-08-31", need: .minimum),
            item("1001", "il", hours: 8, due: "2027-08-31"),
            item("1001", "tx", hours: 8, due: "2027-08-31"),
            item("10010", "il", hours: 8, due: "2027-08-31"),
        ]),
        ("the earliest day first, then the most hours short", [
            item("1", "tx", hours: 2, due: "2027-08-31"),
            item("1", "tx", "De-escalation (1849)", hours: 2.5, due: "2027-08-31", need: .minimum),
            item("2", nil, "uof-a", hours: nil, due: "2026-01-01", need: .module),
            item("2", "tx", hours: 40, due: "2027-08-31"),
            item("3", "tx", "uof-a or uof-b", hours: nil, due: "2026-01-01", need: .course),
        ]),
        ("no day is the latest day, no hours are none short", [
            item("1", nil, "uof-a", hours: nil, due: nil, need: .module),
            item("1", "tx", hours: 0, due: "9999-12-31"),
            item("2", nil, "uof-b", hours: nil, due: "9999-12-31", need: .module),
            item("2", "tx", hours: 0.5, due: nil),
            item("3", "tx", hours: nil, due: nil),
        ]),
        ("badges in byte order, which is not Swift's, and badges equal only as Swift compares them", [
            item("B1", "tx", hours: 4, due: "2027-08-31"),
            item("a1", "tx", hours: 4, due: "2027-08-31"),
            item(nfd + "1", "tx", hours: 4, due: "2027-08-31"),
            item(nfd + "1", nil, "uof-b", hours: nil, due: "2027-08-31", need: .module),
            item("z1", "tx", hours: 4, due: "2027-08-31"),
            item("Z1", "il", hours: 4, due: "2027-08-31"),
            item("é1", "il", hours: 4, due: "2027-08-31"),
            item("é1", nil, "uof-a", hours: nil, due: "2027-08-31", need: .module),
            item("Ö1", "tx", hours: 4, due: "2027-08-31"),
            item("日本1", "tx", hours: 4, due: "2027-08-31"),
            item("🚓1", "tx", hours: 4, due: "2027-08-31"),
        ]),
        ("items equal in every field compared keep the order they came in", [
            item("1", "tx", "total", hours: 3, due: "2027-08-31", need: .minimum),
            item("1", "tx", "total", hours: 3, due: "2027-08-31"),
            item("1", nil, "uof-a", hours: nil, due: "2026-05-01", need: .module),
            item("1", "", "uof-a", hours: 0, due: "2026-05-01", need: .course),
            item("1", nil, "uof-a", hours: nil, due: "2026-05-01", need: .module),
            item("0", "tx", "total", hours: 3, due: "2027-08-31", need: .minimum),
        ]),
    ]

    @Test("the keys give urgentFirst's order, whatever the spans", arguments: cases.indices, [[], [1], [2, 2, 4], [0, 3, 99]])
    func keyedEqualsPlain(index: Int, cuts: [Int]) {
        let (name, items) = Self.cases[index]
        #expect(Self.keyed(items, cuts: cuts) == Self.plain(items), "\(name)")
    }

    @Test("a case's plain order is not the order the items came in")
    func casesAreNotSortedAlready() {
        for (name, items) in Self.cases {
            #expect(Self.plain(items) != Array(items.indices), "\(name)")
        }
    }

    static let badges = ["0001", "1", "10", "9", "B", "a", nfd, "é", "ß", "Ö", "Z", "日本", "🚓", "é\u{327}", "e\u{327}\u{301}"]
    static let programs: [String?] = [nil, "", "il", "tx", "ä"]
    static let names = ["total", "Use of force", "uof-a", "Ünits", "u"]
    static let hours: [Double?] = [nil, 0, 0.5, 2, 40]
    static let days: [String?] = [nil, "2026-01-01", "2026-01-02", "2027-08-31", "9999-12-31"]

    @Test("random items from small pools, officers in byte order, random spans")
    func randomItems() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var random = SeededGenerator(seed: UInt64(seed))
            let officers = Self.badges.shuffled(using: &random).prefix(Int.random(in: 1...Self.badges.count, using: &random))
            var items: [PlanItem] = []
            for badge in officers.sorted(by: { Array($0.utf8).lexicographicallyPrecedes($1.utf8) }) {
                for _ in 0..<Int.random(in: 0...6, using: &random) {
                    items.append(Self.item(badge, Self.programs.randomElement(using: &random)!,
                                           Self.names.randomElement(using: &random)!,
                                           hours: Self.hours.randomElement(using: &random)!,
                                           due: Self.days.randomElement(using: &random)!,
                                           need: PlanItem.Need.allCases.randomElement(using: &random)!))
                }
            }
            let cuts = (0..<Int.random(in: 0...4, using: &random)).map { _ in Int.random(in: 0...items.count, using: &random) }
            #expect(Self.keyed(items, cuts: cuts) == Self.plain(items), "seed \(seed)")
        }
    }
}
