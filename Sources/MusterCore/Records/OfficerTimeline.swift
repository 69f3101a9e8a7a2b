/// An officer's service over time, read from their hire date and dated facts (`OfficerFact`): the unit
/// they were in, whether they served and whether they were on leave, on any day. Judging a date by these
/// rather than by the officer's current row is what keeps a transfer or a separation from rewriting the past.
///
/// An officer without facts has always been in their current unit; one whose row says separated or on
/// leave without a dated fact behind it (written before facts were dated) is taken as such on every day.
public struct OfficerTimeline: Sendable, Equatable {
    public let officer: Officer
    /// The officer's facts, oldest first (then in recording order).
    public let facts: [OfficerFact]

    public init(officer: Officer, facts: [OfficerFact]) {
        self.officer = officer
        let own = facts.filter { $0.badge == officer.badge }
        self.facts = own.count > 1 ? own.sorted { ($0.on, $0.id) < ($1.on, $1.id) } : own
    }

    /// The unit the officer was in on `day`.
    public func unit(on day: CalendarDate) -> String? {
        var unit = officer.unit
        var sawChange = false
        for fact in facts {
            guard case .unitChange(let from, let to) = fact.kind else { continue }
            if day < fact.on {
                if !sawChange { unit = from }
                return unit
            }
            unit = to
            sawChange = true
        }
        return unit
    }

    /// The first day of the officer's unbroken stay in the unit they were in on `day`; nil when they were
    /// there from the start of the record.
    public func joinedUnit(asOf day: CalendarDate) -> CalendarDate? {
        facts.last { fact in
            if case .unitChange = fact.kind { return fact.on <= day }
            return false
        }?.on
    }

    /// Whether the officer served on `day`: hired by then and not separated (or reinstated since).
    public func serves(on day: CalendarDate) -> Bool {
        if let hired = officer.hireDate, day < hired { return false }
        var separated = !hasDatedSeparation && officer.status == .separated
        for fact in facts where fact.on <= day {
            switch fact.kind {
            case .separated: separated = true
            case .reinstated: separated = false
            default: break
            }
        }
        return !separated
    }

    /// The day the officer's current spell of service began as of `day`: the hire date or the latest
    /// reinstatement; nil when neither is known.
    public func servingSince(asOf day: CalendarDate) -> CalendarDate? {
        let reinstated = facts.last { $0.kind == .reinstated && $0.on <= day }?.on
        switch (officer.hireDate, reinstated) {
        case (let hired?, let back?): return max(hired, back)
        case (let hired, let back): return hired ?? back
        }
    }

    /// The separation in force on `day`, if the officer did not serve because of one.
    public func separation(asOf day: CalendarDate) -> CalendarDate? {
        guard let last = facts.last(where: { ($0.kind == .separated || $0.kind == .reinstated) && $0.on <= day }),
              last.kind == .separated else { return nil }
        return last.on
    }

    /// Every leave known on `day` (started on or before it), with its end as known then: the day before a
    /// `returned` fact dated on or before `day` that falls within it, else the leave's own `until`; nil while
    /// still open.
    public func leaves(knownOn day: CalendarDate) -> [LeavePeriod] {
        var periods: [LeavePeriod] = []
        if facts.allSatisfy({ if case .leave = $0.kind { false } else { true } }), officer.status == .leave {
            periods.append(LeavePeriod(from: nil, through: nil))
        }
        for fact in facts where fact.on <= day {
            switch fact.kind {
            case .leave(let until):
                periods.append(LeavePeriod(from: fact.on, through: until))
            case .returned:
                // Ends an open leave, or a dated one early.
                for index in periods.indices where periods[index].through.map({ fact.on <= $0 }) ?? true {
                    periods[index].through = fact.on.adding(days: -1)
                }
            default:
                break
            }
        }
        return periods
    }

    /// The leave covering `day`, if any.
    public func leave(on day: CalendarDate) -> LeavePeriod? {
        leaves(knownOn: day).last { $0.covers(day) }
    }

    /// The officer's status on `day` by the dated facts: separated, on leave, or active. The stored row keeps
    /// the status of the last write, which a dated leave outlives: a leave that ended, or one that has not
    /// begun, reads `active` here.
    public func status(on day: CalendarDate) -> Officer.Status {
        if separation(asOf: day) != nil || (!hasDatedSeparation && officer.status == .separated) {
            return serves(on: day) ? .active : .separated
        }
        return leave(on: day) == nil ? .active : .leave
    }

    private var hasDatedSeparation: Bool {
        facts.contains { $0.kind == .separated }
    }
}

/// A period of leave; `from` nil for a leave recorded before leaves were dated, `through` nil while open.
public struct LeavePeriod: Hashable, Sendable {
    public var from: CalendarDate?
    /// Inclusive last day.
    public var through: CalendarDate?

    public init(from: CalendarDate?, through: CalendarDate?) {
        self.from = from
        self.through = through
    }

    public func covers(_ day: CalendarDate) -> Bool {
        (from.map { $0 <= day } ?? true) && (through.map { day <= $0 } ?? true)
    }
}
