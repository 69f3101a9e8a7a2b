/// How many standings are in each status, e.g. the dashboard's certified / expiring / lapsed counts.
/// Tallies from separate threads combine with `merging(_:)`.
public struct StatusTally<Status: Hashable & Sendable & CaseIterable>: Sendable, Equatable {
    private var counts: [Status: Int] = [:]

    public init() {}

    public init<Statuses: Sequence>(_ statuses: Statuses) where Statuses.Element == Status {
        for status in statuses { add(status) }
    }

    /// The count for one status (zero when none).
    public subscript(status: Status) -> Int { counts[status, default: 0] }

    /// The count across every status.
    public var total: Int { counts.values.reduce(0, +) }

    /// Every status with its count, in the status type's declared order, zeros included.
    public var rows: [(status: Status, count: Int)] { Status.allCases.map { ($0, self[$0]) } }

    public mutating func add(_ status: Status, count: Int = 1) {
        counts[status, default: 0] += count
    }

    public func merging(_ other: StatusTally) -> StatusTally {
        var merged = self
        for (status, count) in other.counts { merged.add(status, count: count) }
        return merged
    }

    public static func == (lhs: StatusTally, rhs: StatusTally) -> Bool {
        Status.allCases.allSatisfy { lhs[$0] == rhs[$0] }
    }
}

public typealias ModuleStatusTally = StatusTally<ModuleStatus>
public typealias CertificationStatusTally = StatusTally<CertificationStatus>
