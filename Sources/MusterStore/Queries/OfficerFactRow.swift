import GRDB
import MusterCore

/// `officer_fact`'s rows as `OfficerFact`s, and the fields a fact stores, in one place for the commands that
/// write facts and the queries that read them.
enum OfficerFactRow {
    /// The columns read, in the order `decode` expects them, each prefixed with `alias.` when given.
    static func columns(alias: String? = nil) -> String {
        let prefix = alias.map { "\($0)." } ?? ""
        return ["id", "badge", "kind", "on_date", "from_unit", "to_unit", "until_date"].map { prefix + $0 }
            .joined(separator: ", ")
    }

    static let insert = """
        INSERT INTO officer_fact (badge, kind, on_date, from_unit, to_unit, until_date, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """

    /// A row that selected `columns`; nil for a kind the table's CHECK would not have let in.
    static func decode(_ row: Row) -> OfficerFact? {
        let on = RowDecoding.date(row[3]) ?? CalendarDate(dayNumber: 0)
        let kind: OfficerFact.Kind? = switch row[2] as String {
        case "unit": .unitChange(from: row[4], to: row[5])
        case "separated": .separated
        case "reinstated": .reinstated
        case "leave": .leave(until: RowDecoding.date(row[6]))
        case "returned": .returned
        default: nil
        }
        guard let kind else { return nil }
        return OfficerFact(id: row[0], badge: row[1], on: on, kind: kind)
    }

    /// The statement arguments of `insert` for `kind` on `on`.
    static func arguments(badge: String, kind: OfficerFact.Kind, on: CalendarDate, recordedAt: String) -> StatementArguments {
        let fact = OfficerFact(id: 0, badge: badge, on: on, kind: kind)
        var fromUnit: String?
        var toUnit: String?
        var until: String?
        switch kind {
        case .unitChange(let from, let to): (fromUnit, toUnit) = (from, to)
        case .leave(let end): until = end?.iso
        case .separated, .reinstated, .returned: break
        }
        return [badge, fact.kindName, on.iso, fromUnit, toUnit, until, recordedAt]
    }

    /// The units an officer's facts say they were in, besides their current one.
    static func units(in facts: [OfficerFact]) -> Set<String> {
        var units = Set<String>()
        for fact in facts {
            guard case .unitChange(let from, let to) = fact.kind else { continue }
            if let from { units.insert(from) }
            if let to { units.insert(to) }
        }
        return units
    }
}
