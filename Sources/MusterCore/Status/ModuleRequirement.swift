/// The requirement to hold one module: the first kind of `RequirementRule`.
///
/// Built by `StatusEngine.requirements(for:)` from every assignment that requires the module for the
/// officer, directly or through a certification, to them or to their unit.
public struct ModuleRequirement: RequirementRule, Equatable {
    public let moduleID: String
    /// Shared by reference: a requirement is built per officer, and copying a whole `Module` each time
    /// would cost more than judging it.
    private let terms: ModuleTerms?
    /// The earliest due date among the assignments that carry one.
    public private(set) var dueOn: CalendarDate?
    /// Every assignment requiring the module, in the order they were given.
    public private(set) var requiredBy: [Assignment]

    public init(moduleID: String, module: Module?, requiredBy: [Assignment] = []) {
        self.init(moduleID: moduleID, terms: module.map(ModuleTerms.init), requiredBy: requiredBy)
    }

    init(moduleID: String, terms: ModuleTerms?, requiredBy: [Assignment]) {
        self.moduleID = moduleID
        self.terms = terms
        self.dueOn = nil
        self.requiredBy = []
        for assignment in requiredBy { add(assignment) }
    }

    /// The newest loaded version, whose validity, window and `accepts_from` decide; nil when the
    /// module is not in the loaded curriculum, in which case nothing can count towards it.
    public var module: Module? { terms?.module }

    public var requirementID: String { moduleID }

    public static func == (lhs: ModuleRequirement, rhs: ModuleRequirement) -> Bool {
        lhs.moduleID == rhs.moduleID && lhs.module == rhs.module && lhs.dueOn == rhs.dueOn
            && lhs.requiredBy == rhs.requiredBy
    }

    /// Records one more assignment requiring the module; the earliest due date wins.
    public mutating func add(_ assignment: Assignment) {
        requiredBy.append(assignment)
        if let due = assignment.dueOn, dueOn.map({ due < $0 }) ?? true { dueOn = due }
    }

    public func evaluate(_ records: OfficerRecords, asOf date: CalendarDate) -> ModuleStanding {
        evaluate(records, ownCompletionsNewestFirst: records.ownCompletionsNewestFirst(), asOf: date)
    }

    /// `own` holds the indices of the officer's own completions, newest first (then highest id) as
    /// the notes are read, found and sorted once per officer by the engine rather than per requirement.
    func evaluate(_ records: OfficerRecords, ownCompletionsNewestFirst own: [Int], asOf date: CalendarDate) -> ModuleStanding {
        let badge = records.officer.badge
        var evidence: [CompletionEvidence] = []
        let basis = judge(records, own: own, asOf: date) { index, verdict in
            evidence.append(CompletionEvidence(completion: records.completions[index], verdict: verdict))
        }

        var covering: Waiver?
        var otherWaivers: [Waiver] = []
        for waiver in records.waivers where waiver.moduleID == moduleID && waiver.badge == badge {
            if waiver.covers(date) {
                if let current = covering, !Self.outlasts(waiver, current) {
                    otherWaivers.append(waiver)
                } else {
                    if let current = covering { otherWaivers.append(current) }
                    covering = waiver
                }
            } else {
                otherWaivers.append(waiver)
            }
        }
        if otherWaivers.count > 1 { otherWaivers.sort { ($0.from, $0.id) < ($1.from, $1.id) } }

        let windowOpensOn = windowOpens(before: basis?.expiresOn)
        return ModuleStanding(
            badge: badge, moduleID: moduleID,
            status: status(waived: covering != nil, basis: basis, windowOpensOn: windowOpensOn, asOf: date), asOf: date,
            basisIndex: basis?.visit, expiresOn: basis?.expiresOn, expiringWindowOpensOn: windowOpensOn, dueOn: dueOn,
            waiver: covering, otherWaivers: otherWaivers, evidence: evidence, requiredBy: requiredBy,
            isInCurriculum: terms != nil)
    }

    /// The same judgement as `evaluate`, without collecting the evidence, the other waivers or the
    /// assignments behind them: what judging a whole agency for a report needs.
    func statusLine(_ records: OfficerRecords, ownCompletionsNewestFirst own: [Int], asOf date: CalendarDate) -> ModuleStatusLine {
        let basis = judge(records, own: own, asOf: date) { _, _ in }
        let badge = records.officer.badge
        let waived = records.waivers.contains { $0.moduleID == moduleID && $0.badge == badge && $0.covers(date) }
        return ModuleStatusLine(
            moduleID: moduleID,
            status: status(waived: waived, basis: basis, windowOpensOn: windowOpens(before: basis?.expiresOn), asOf: date),
            completedOn: basis.map { records.completions[$0.index].completedOn }, expiresOn: basis?.expiresOn, dueOn: dueOn)
    }

    /// The counting completion a status rests on: the officer's own completion of this module that counts
    /// as of `date` and is the best basis (`CompletionEvidence.isBetterBasis`). `visit` sees each of the
    /// module's completions with its verdict, newest first; `Basis.visit` is the basis's place among them.
    private func judge(
        _ records: OfficerRecords, own: [Int], asOf date: CalendarDate, visit: (Int, CompletionVerdict) -> Void
    ) -> Basis? {
        let completions = records.completions
        var best: Basis?
        var visited = 0
        // Comparing lengths first settles most other modules' completions without a string comparison.
        let length = moduleID.utf8.count
        for index in own where completions[index].moduleID.utf8.count == length && completions[index].moduleID == moduleID {
            let verdict = CompletionVerdict(completions[index], terms: terms, asOf: date)
            visit(index, verdict)
            defer { visited += 1 }
            guard case .counts(let expiresOn) = verdict else { continue }
            if let current = best, !CompletionEvidence.isBetterBasis(
                completions[index], verdict, than: completions[current.index], .counts(expiresOn: current.expiresOn))
            {
                continue
            }
            best = Basis(index: index, visit: visited, expiresOn: expiresOn)
        }
        return best
    }

    private struct Basis {
        /// In `records.completions`.
        var index: Int
        /// Among the completions `judge` visited.
        var visit: Int
        var expiresOn: CalendarDate?
    }

    private func windowOpens(before expiresOn: CalendarDate?) -> CalendarDate? {
        expiresOn.map { $0.adding(days: -(terms?.expiringWindowDays ?? 0)) }
    }

    private func status(waived: Bool, basis: Basis?, windowOpensOn: CalendarDate?, asOf date: CalendarDate) -> ModuleStatus {
        if waived { return .waived }
        if let basis {
            if let expiresOn = basis.expiresOn, !(date < expiresOn) { return .expired }
            if let windowOpensOn, !(date < windowOpensOn) { return .expiring }
            return .current
        }
        if let dueOn, dueOn < date { return .overdue }
        return .assigned
    }

    /// Whether `candidate` runs at least as long as `current` (open-ended is longest), preferring the
    /// later-recorded waiver on a tie, so the explanation cites the waiver that matters longest.
    private static func outlasts(_ candidate: Waiver, _ current: Waiver) -> Bool {
        switch (candidate.until, current.until) {
        case (nil, nil): current.id < candidate.id
        case (nil, _): true
        case (_, nil): false
        case (let mine?, let theirs?): mine != theirs ? theirs < mine : current.id < candidate.id
        }
    }
}

/// A module's rules, boxed once per curriculum so every officer's requirement shares them and the
/// hot path reads the three fields it needs without copying the module.
final class ModuleTerms: Sendable {
    let module: Module
    let validity: Validity
    let acceptsFrom: ModuleVersion?
    let expiringWindowDays: Int

    init(_ module: Module) {
        self.module = module
        validity = module.validity
        acceptsFrom = module.acceptsFrom
        expiringWindowDays = module.expiringWindowDays
    }
}

extension OfficerRecords {
    /// Indices of the completions that are the officer's own, newest first (then highest id). Only
    /// own ones: a grouping mistake upstream must never let another officer's completion count.
    func ownCompletionsNewestFirst() -> [Int] {
        let badge = officer.badge
        // Plain integer keys sort faster than dates compared field by field.
        var keys: [(day: Int, id: Int64, index: Int)] = []
        keys.reserveCapacity(completions.count)
        for index in completions.indices where completions[index].badge == badge {
            let day = completions[index].completedOn
            keys.append(((day.year * 100 + day.month) * 100 + day.day, completions[index].id, index))
        }
        keys.sort { ($1.day, $1.id) < ($0.day, $0.id) }
        return keys.map { $0.index }
    }
}
