/// The certification-status engine: pure, clock-free, and built once per curriculum so that judging
/// each of 100,000 officers costs only that officer's own records. A `Sendable` value: share one
/// engine across tasks and evaluate officers in parallel.
///
/// Every answer is for one day and rests only on the facts in force that day: the module and
/// certification versions effective by then, the unit the officer was in, their hire, separation and
/// leave, the assignments in force, and the records dated on or before it.
public struct StatusEngine: Sendable {
    public let curriculum: Curriculum
    let histories: [String: ModuleHistory]
    /// The same histories by rank, for compact rows (`CompactCompletions`).
    public let ranked: RankedHistories
    private let certificationVersions: [String: [CertificationTerms]]

    public init(curriculum: Curriculum) {
        self.init(curriculum: curriculum, copyingIDs: false)
    }

    /// `copyingIDs`: each module id in storage of the engine's own, not the curriculum's.
    private init(curriculum: Curriculum, copyingIDs: Bool) {
        self.curriculum = curriculum
        let grouped = Dictionary(grouping: curriculum.moduleVersions, by: \.id)
        // One copy of each id, shared by every requirement, version term and (through `sharedModuleID`) decoded
        // completion: equal texts in the same storage compare equal without reading their bytes.
        let ids = Dictionary(uniqueKeysWithValues: grouped.keys.map { id in
            (id, copyingIDs ? String(decoding: Array(id.utf8), as: UTF8.self) : id)
        })
        let shared = { (id: String) in ids[id] ?? id }
        let ranks = Dictionary(uniqueKeysWithValues: grouped.keys.sorted().enumerated().map { ($1, $0) })
        histories = Dictionary(uniqueKeysWithValues: grouped.map { id, versions in
            (shared(id), ModuleHistory(id: shared(id), rank: ranks[id]!, versions: versions, shared: shared,
                                       rankOf: { ranks[$0] ?? -1 }))
        })
        ranked = RankedHistories(histories.values)
        certificationVersions = Dictionary(grouping: curriculum.certificationVersions, by: \.id)
            .mapValues { $0.sorted { $0.version < $1.version }.map(CertificationTerms.init) }
    }

    /// The same engine sharing no object with this one: its own histories, version terms and module ids, for one
    /// thread of a run over many officers. Reference counts are atomic, and two cores retaining and releasing the
    /// same objects for every line they judge fight over the memory those counts live in.
    public func isolated() -> StatusEngine {
        StatusEngine(curriculum: curriculum, copyingIDs: true)
    }

    /// The engine's own copy of a module id, for readers building many completions: a completion holding it
    /// is matched to its requirement without comparing bytes. Ids the curriculum does not know come back as given.
    public func sharedModuleID(_ id: String) -> String {
        histories[id]?.id ?? id
    }

    /// The modules the officer must hold on `date`, each with every assignment requiring it and the
    /// earliest due date the officer owes among them, sorted by module id. Nothing is required of an officer
    /// who does not serve that day, by an assignment not in force, or of a module before its first version
    /// takes effect.
    public func requirements(for records: OfficerRecords, asOf date: CalendarDate) -> [ModuleRequirement] {
        requirements(for: records, timeline: records.timeline, asOf: date)
    }

    func requirements(for records: OfficerRecords, timeline: OfficerTimeline, asOf date: CalendarDate) -> [ModuleRequirement] {
        guard timeline.serves(on: date) else { return [] }
        // An officer has a dozen or so requirements: a linear search beats building a dictionary.
        var requirements: [ModuleRequirement] = []
        requirements.reserveCapacity(16)
        func require(
            _ assignedID: String, by assignment: Assignment, due: CalendarDate?, adjustments: [DueAdjustment], unwaivable: Bool = false
        ) {
            let history = histories[assignedID]
            if let history, history.inForce(on: date) == nil { return }
            let moduleID = history?.id ?? assignedID
            if let index = requirements.firstIndex(where: { $0.moduleID == moduleID }) {
                requirements[index].add(assignment, due: due, adjustments: adjustments, unwaivable: unwaivable)
            } else {
                let initialCourse = history?.inForce(on: date)?.refresherOf.flatMap { histories[$0] }
                var requirement = ModuleRequirement(moduleID: moduleID, history: history, initialCourse: initialCourse)
                requirement.add(assignment, due: due, adjustments: adjustments, unwaivable: unwaivable)
                requirements.append(requirement)
            }
        }
        for assignment in records.assignments where assignment.applies(to: timeline, on: date) {
            let entry = assignment.scopeEntry(for: timeline, asOf: date)
            let due = assignment.dueOn(for: timeline, asOf: date)
            let adjustments: [DueAdjustment] = assignment.from < entry && assignment.dueOn != nil
                ? [.newMember(joined: entry, withinDays: assignment.newMembersWithinDays)] : []
            switch assignment.target {
            case .module(let id):
                require(id, by: assignment, due: due, adjustments: adjustments)
            case .certification(let id):
                guard let versions = certificationVersions[id], let inForce = Self.inForce(versions, on: date) else { continue }
                for moduleID in inForce.modules {
                    var moduleDue = due
                    var moduleAdjustments = adjustments
                    // A module a later version added is owed `new_modules_within_days` after that version took
                    // effect, by officers who were in scope before it.
                    if let addedBy = versions.firstIndex(where: { $0.modules.contains(moduleID) }), addedBy > 0,
                       let effective = versions[addedBy].effective, entry < effective {
                        let adding = versions[addedBy]
                        let floor = effective.adding(days: adding.newModulesWithinDays)
                        if moduleDue.map({ $0 < floor }) ?? true {
                            moduleDue = floor
                            moduleAdjustments.append(.addedModule(
                                certificationID: id, version: adding.version, effective: effective,
                                withinDays: adding.newModulesWithinDays))
                        }
                    }
                    require(moduleID, by: assignment, due: moduleDue, adjustments: moduleAdjustments, unwaivable: !inForce.waivable)
                }
            }
        }
        requirements.sort { lhs, rhs in
            // Ranks follow the ids' text order, so this is the order by id.
            if let left = lhs.history, let right = rhs.history { return left.rank < right.rank }
            return lhs.moduleID < rhs.moduleID
        }
        return requirements
    }

    /// Every requirement rule for the officer on `date`, whatever its kind (today: modules only).
    public func rules(for records: OfficerRecords, asOf date: CalendarDate) -> [any RequirementRule] {
        requirements(for: records, asOf: date)
    }

    /// The ids of the certifications assigned to the officer or their unit and in force on `date`, sorted
    /// and distinct.
    public func assignedCertifications(for records: OfficerRecords, asOf date: CalendarDate) -> [String] {
        assignedCertifications(for: records, timeline: records.timeline, asOf: date)
    }

    private func assignedCertifications(for records: OfficerRecords, timeline: OfficerTimeline, asOf date: CalendarDate) -> [String] {
        guard timeline.serves(on: date) else { return [] }
        var ids: [String] = []
        for assignment in records.assignments where assignment.applies(to: timeline, on: date) {
            guard case .certification(let id) = assignment.target, !ids.contains(id) else { continue }
            if let versions = certificationVersions[id], Self.inForce(versions, on: date) == nil { continue }
            ids.append(id)
        }
        return ids.sorted()
    }

    /// The officer's standing on every required module and every assigned certification as of `date`.
    public func evaluate(_ records: OfficerRecords, asOf date: CalendarDate) -> OfficerStanding {
        let timeline = records.timeline
        let service = OfficerStanding.Service(timeline, on: date)
        guard service.isServing else {
            return OfficerStanding(badge: records.officer.badge, asOf: date, service: service, modules: [], certifications: [])
        }
        let day = OfficerDay(records, timeline: timeline, asOf: date)
        let modules = requirements(for: records, timeline: timeline, asOf: date).map { $0.evaluate(records, context: day) }
        let certifications = assignedCertifications(for: records, timeline: timeline, asOf: date).map { id in
            certificationStanding(id, badge: records.officer.badge, asOf: date, moduleStandings: modules, leave: day.leave)
        }
        return OfficerStanding(badge: records.officer.badge, asOf: date, modules: modules, certifications: certifications)
    }

    /// The officer's standing on each required module as of `date`, sorted by module id.
    public func moduleStandings(for records: OfficerRecords, asOf date: CalendarDate) -> [ModuleStanding] {
        let timeline = records.timeline
        let day = OfficerDay(records, timeline: timeline, asOf: date)
        return requirements(for: records, timeline: timeline, asOf: date).map { $0.evaluate(records, context: day) }
    }

    /// The officer's standing on each assigned certification as of `date`, sorted by certification id.
    public func certificationStandings(for records: OfficerRecords, asOf date: CalendarDate) -> [CertificationStanding] {
        evaluate(records, asOf: date).certifications
    }

    static func inForce(_ versions: [CertificationTerms], on date: CalendarDate) -> CertificationTerms? {
        var index = versions.count - 1
        while index >= 0 {
            if versions[index].effective.map({ $0 <= date }) ?? true { return versions[index] }
            index -= 1
        }
        return nil
    }

    /// `moduleStandings` is sorted by module id, and every module of an assigned certification in force is
    /// among them, since assigning a certification requires its modules.
    private func certificationStanding(
        _ id: String, badge: String, asOf date: CalendarDate, moduleStandings: [ModuleStanding], leave: LeavePeriod?
    ) -> CertificationStanding {
        guard let versions = certificationVersions[id], let certification = Self.inForce(versions, on: date) else {
            return CertificationStanding(badge: badge, certificationID: id, modules: [], isInCurriculum: false)
        }
        let modules = certification.modules.compactMap { moduleID in
            moduleStandings.binarySearch(moduleID).map { moduleStandings[$0] }
        }
        return CertificationStanding(
            badge: badge, certificationID: id, modules: modules, version: certification.version,
            waivable: certification.waivable, leave: leave)
    }
}

extension [ModuleStanding] {
    /// The index of the standing for `moduleID` in an array sorted by module id.
    fileprivate func binarySearch(_ moduleID: String) -> Int? {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if self[middle].moduleID < moduleID {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < endIndex && self[low].moduleID == moduleID ? low : nil
    }
}

/// What the engine reads of one certification version, boxed like `VersionTerms`.
final class CertificationTerms: Sendable {
    let modules: [String]
    let version: ModuleVersion
    let effective: CalendarDate?
    let waivable: Bool
    let newModulesWithinDays: Int

    init(_ certification: Certification) {
        modules = certification.modules
        version = certification.version
        effective = certification.effective
        waivable = certification.waivable
        newModulesWithinDays = certification.newModulesWithinDays
    }
}
