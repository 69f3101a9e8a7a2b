/// What a cycle asks of someone who came into scope after it began, or was waived for part of it.
///
/// A newcomer under `prorate` owes the hours scaled by the whole calendar months left after their entry day
/// (its own month counts only when it is the 1st) over the cycle's months, rounded up to the whole hour. A
/// waiver with `waivers: { prorate: true }` takes the whole months it covers in scope out of the same
/// fraction; without it, a waiver touching the cycle in scope excuses its hours and minimums outright. The
/// minimums named in `never` are reduced by neither kind of waiver.
enum ProgramProration {
    static func requirement(_ program: Program, span: CycleSpan, entry: CalendarDate, waivers: [ProgramWaiver]) -> CycleRequirement {
        let newcomer = span.start < entry
        var months = span.months
        if newcomer {
            switch program.newOfficers {
            case .prorate: months = span.wholeMonths(from: entry)
            case .full: break
            case .exemptFirstCycle: months = 0
            }
        }
        let inScope = max(entry, span.start)
        let touching = waivers.filter { $0.from <= span.end && inScope <= $0.until }
        var waived = 0
        var excused = false
        if !touching.isEmpty {
            if program.waivers.prorate {
                waived = min(months, monthsCovered(by: touching, span: span, from: inScope))
            } else {
                excused = true
            }
        }
        return CycleRequirement(enteredOn: newcomer ? entry : nil, rule: program.newOfficers, monthsInScope: months,
                                monthsWaived: waived, excused: excused, waivers: touching)
    }

    /// ⌈hours × (months in scope − months waived) / cycle months⌉; the hours themselves when nothing is taken off.
    static func required(_ hours: Double, _ requirement: CycleRequirement, span: CycleSpan, waivable: Bool) -> Double {
        if waivable && requirement.excused { return 0 }
        let months = requirement.monthsInScope - (waivable ? requirement.monthsWaived : 0)
        guard months < span.months else { return hours }
        guard months > 0, span.months > 0 else { return 0 }
        // A hair below the exact quotient, so that 40 × 12 / 24 stays 20 rather than rounding up from 20.000…1.
        return (hours * Double(months) / Double(span.months) - 1e-9).rounded(.up)
    }

    /// The whole calendar months of the cycle, on or after `from`, every day of which some waiver covers.
    static func monthsCovered(by waivers: [ProgramWaiver], span: CycleSpan, from: CalendarDate) -> Int {
        var count = 0
        var monthStart = span.start.day == 1 ? span.start : span.start.adding(months: 1).firstOfMonth
        while monthStart <= span.end {
            let monthEnd = monthStart.adding(months: 1).adding(days: -1)
            if from <= monthStart, monthEnd <= span.end, covers(waivers, from: monthStart, through: monthEnd) { count += 1 }
            monthStart = monthStart.adding(months: 1)
        }
        return count
    }

    /// Whether the waivers together cover every day of `from...through`.
    private static func covers(_ waivers: [ProgramWaiver], from: CalendarDate, through: CalendarDate) -> Bool {
        var next = from
        for waiver in waivers.sorted(by: { $0.from < $1.from }) where waiver.from <= next && next <= waiver.until {
            next = waiver.until.adding(days: 1)
            if through < next { return true }
        }
        return through < next
    }
}

extension CalendarDate {
    var firstOfMonth: CalendarDate { CalendarDate(year: year, month: month, day: 1) ?? self }
}
