import MusterCore
import MusterStore

/// `muster status --programs` and `muster plan`: every officer's standing on each program assigned to them, for
/// the cycle holding a day. One streamed pass over the officers in badge order, each with their own completions;
/// the program assignments and waivers are few and read whole, then matched in memory.
public struct ProgramStatusReport: Sendable {
    public let filter: OfficerFilter
    public let asOf: CalendarDate
    /// Whether the standings list their counted completions (`ProgramStanding.counted`): only an explanation reads them.
    public let listsCounted: Bool
    private let engine: ProgramEngine

    public init(curriculum: Curriculum, filter: OfficerFilter, asOf: CalendarDate, listsCounted: Bool = true) {
        engine = ProgramEngine(curriculum: curriculum)
        self.filter = filter.asOfADay
        self.asOf = asOf
        self.listsCounted = listsCounted
    }

    /// Each officer's standings, in badge order and by program id within an officer. Officers are read and judged
    /// span by span on every core (`StandingStream.forEachSpan`); `body` runs on the calling thread.
    public func forEach(from store: SQLiteRecordStore, _ body: (OfficerRecords, ProgramStanding) throws -> Void) throws {
        let programs = ProgramRecordIndex(try store.programRecords())
        guard !programs.isEmpty else { return }
        let (engine, filter, asOf, listsCounted) = (engine, filter, asOf, listsCounted)
        // Program hours read only the passes that can count, from the index that holds them whole, as plain
        // values; of the rest only the officer and their facts (units, service) are read.
        try StandingStream.forEachSpan(
            store, filter, completions: nil, passes: engine,
            judge: { records, passes, _ -> [ProgramStanding] in
                let own = programs.records(for: records)
                guard !own.assignments.isEmpty, filter.keeps(records, on: asOf) else { return [] }
                return engine.standings(for: records, passes: passes, programs: own, asOf: asOf, listsCounted: listsCounted)
            },
            start: { [(OfficerRecords, [ProgramStanding])]() },
            add: { chunk, records, standings in if !standings.isEmpty { chunk.append((records, standings)) } }
        ) { chunk in
            for (records, standings) in chunk {
                for standing in standings { try body(records, standing) }
            }
        }
    }
}

/// Program assignments by badge and by unit, and waivers by badge.
struct ProgramRecordIndex: Sendable {
    private var byBadge: [String: [ProgramAssignment]] = [:]
    private var byUnit: [String: [ProgramAssignment]] = [:]
    private var waivers: [String: [ProgramWaiver]] = [:]

    init(_ records: (assignments: [ProgramAssignment], waivers: [ProgramWaiver])) {
        for assignment in records.assignments {
            switch assignment.assignee {
            case .officer(let badge): byBadge[badge, default: []].append(assignment)
            case .unit(let unit): byUnit[unit, default: []].append(assignment)
            }
        }
        for waiver in records.waivers { waivers[waiver.badge, default: []].append(waiver) }
    }

    var isEmpty: Bool { byBadge.isEmpty && byUnit.isEmpty }

    /// The assignments naming the officer or any unit they were ever in, and their waivers.
    func records(for records: OfficerRecords) -> ProgramRecords {
        var assignments = byBadge[records.officer.badge] ?? []
        var units: Set<String> = []
        if let unit = records.officer.unit { units.insert(unit) }
        for fact in records.facts {
            guard case .unitChange(let from, let to) = fact.kind else { continue }
            if let from { units.insert(from) }
            if let to { units.insert(to) }
        }
        // A partner agency's officer is never given the home agency's unit assignments (as `Assignment.applies`).
        if records.officer.agency == nil { for unit in units { assignments += byUnit[unit] ?? [] } }
        return ProgramRecords(assignments: assignments, waivers: waivers[records.officer.badge] ?? [])
    }
}

extension ProgramStatusReport {
    /// One officer's program standings, for the detail screen: the program records are read whole (they are few)
    /// and narrowed to the officer in memory.
    public static func standings(for records: OfficerRecords, from store: SQLiteRecordStore, curriculum: Curriculum,
                                 asOf: CalendarDate) throws -> [ProgramStanding] {
        let own = ProgramRecordIndex(try store.programRecords()).records(for: records)
        guard !own.assignments.isEmpty else { return [] }
        return ProgramEngine(curriculum: curriculum).standings(for: records, programs: own, asOf: asOf)
    }
}
