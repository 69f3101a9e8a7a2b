import GRDB
import MusterCore

/// Which officers a list, a status run or an export covers. Every field narrows; the empty filter is all.
public struct OfficerFilter: Sendable, Equatable {
    /// Matches badge, "Last, First" or "First Last" ignoring case, accents, punctuation and spacing (`SearchKey`).
    public var search: String?
    public var unit: String?
    public var badge: String?
    /// nil means every status.
    public var statuses: Set<Officer.Status>?
    /// With `unit`: also officers who were in the unit at some time (their dated moves name it), for reports
    /// judged as of a past day, which then keep those in it that day.
    public var includesFormerUnitMembers: Bool
    /// Only this agency's officers (`Agency.homeID` for the home agency's); nil: every agency's.
    public var agency: String?

    public init(
        search: String? = nil, unit: String? = nil, badge: String? = nil, statuses: Set<Officer.Status>? = nil,
        includesFormerUnitMembers: Bool = false, agency: String? = nil
    ) {
        self.agency = agency
        self.search = search
        self.unit = unit
        self.badge = badge
        self.statuses = statuses
        self.includesFormerUnitMembers = includesFormerUnitMembers
    }

    public static let all = OfficerFilter()
    public static let notSeparated = OfficerFilter(statuses: [.active, .leave])

    var isEmpty: Bool {
        narrowsOnlyByStatus && statuses == nil && agency == nil
    }

    /// True when nothing but the officers' statuses or the home agency narrows (or nothing at all): those keep
    /// most officers, so reading their records is cheaper without joining each row back to its officer.
    var narrowsOnlyByStatus: Bool {
        SearchKey.string(search ?? "").isEmpty && unit == nil && badge == nil && (agency == nil || agency == Agency.homeID)
    }

    /// A WHERE condition over the officer table aliased `o`, with its arguments. `byBadge` keeps SQLite
    /// from choosing the status index (a status matches most officers) when the caller reads a run of
    /// badges in badge order.
    func condition(byBadge: Bool = false) -> (sql: String, arguments: StatementArguments) {
        var parts: [String] = []
        var arguments = StatementArguments()
        // Matched as `SearchKey` says (`muster_search`), as the workspace's `/` matches. A search of punctuation
        // alone narrows nothing.
        if let search, case let key = SearchKey.string(search), !key.isEmpty {
            parts.append("muster_search(o.badge, o.last_name, o.first_name, ?)")
            arguments += [key]
        }
        if let unit, includesFormerUnitMembers {
            parts.append("""
                (o.unit = ? OR EXISTS (SELECT 1 FROM officer_fact f WHERE f.badge = o.badge AND f.kind = 'unit'
                 AND (f.from_unit = ? OR f.to_unit = ?)))
                """)
            arguments += [unit, unit, unit]
        } else if let unit {
            parts.append("o.unit = ?")
            arguments += [unit]
        }
        if let badge {
            parts.append("o.badge = ?")
            arguments += [badge]
        }
        if let agency {
            let members = AgencyCondition.members(of: agency)
            parts.append(members.sql)
            arguments += members.arguments
        }
        if let statuses {
            if statuses.isEmpty {
                parts.append("1 = 0")
            } else {
                let sorted = statuses.map(\.rawValue).sorted()
                parts.append("\(byBadge ? "+" : "")o.status IN (\(sorted.map { _ in "?" }.joined(separator: ", ")))")
                arguments += StatementArguments(sorted)
            }
        }
        return (parts.isEmpty ? "1 = 1" : parts.joined(separator: " AND "), arguments)
    }
}

/// A page of the officers list.
public struct OfficerQuery: Sendable, Equatable {
    public enum Sort: String, Sendable, CaseIterable {
        case badge, name, unit
    }

    public var filter: OfficerFilter
    public var sort: Sort
    public var descending: Bool
    public var offset: Int
    public var limit: Int

    public init(filter: OfficerFilter = .all, sort: Sort = .badge, descending: Bool = false, offset: Int = 0, limit: Int = 100) {
        self.filter = filter
        self.sort = sort
        self.descending = descending
        self.offset = offset
        self.limit = limit
    }

    var orderBy: String {
        let direction = descending ? " DESC" : ""
        switch sort {
        case .badge: return "o.badge\(direction)"
        case .name: return "o.last_name\(direction), o.first_name\(direction), o.badge\(direction)"
        case .unit: return "o.unit\(direction), o.last_name\(direction), o.first_name\(direction), o.badge\(direction)"
        }
    }
}

/// Which completions `muster export roster` writes.
public struct RosterExportFilter: Sendable, Equatable {
    public var moduleID: String?
    public var unit: String?
    /// Inclusive bounds on completed_on.
    public var from: CalendarDate?
    public var to: CalendarDate?
    /// Only completions of this agency's officers (`Agency.homeID` for the home agency's).
    public var agency: String?

    public init(moduleID: String? = nil, unit: String? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil,
                agency: String? = nil) {
        self.agency = agency
        self.moduleID = moduleID
        self.unit = unit
        self.from = from
        self.to = to
    }
}
