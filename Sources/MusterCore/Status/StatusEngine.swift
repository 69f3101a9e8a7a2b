/// The certification-status engine: pure, clock-free, and built once per curriculum so that judging
/// each of 100,000 officers costs only that officer's own records. A `Sendable` value: share one
/// engine across tasks and evaluate officers in parallel.
public struct StatusEngine: Sendable {
    public let curriculum: Curriculum
    /// The newest loaded version of each module, whose rules decide.
    private let newestModules: [String: ModuleTerms]
    private let certificationModules: [String: [String]]

    public init(curriculum: Curriculum) {
        self.curriculum = curriculum
        newestModules = Dictionary(
            curriculum.modules.map { ($0.id, ModuleTerms($0)) }, uniquingKeysWith: { _, newest in newest })
        certificationModules = Dictionary(
            curriculum.certifications.map { ($0.id, $0.modules) }, uniquingKeysWith: { first, _ in first })
    }

    /// The modules the officer must hold, each with every assignment requiring it and the earliest
    /// due date among them, sorted by module id. Assignments that do not apply to the officer are ignored.
    public func requirements(for records: OfficerRecords) -> [ModuleRequirement] {
        // An officer has a dozen or so requirements: a linear search beats building a dictionary.
        var requirements: [ModuleRequirement] = []
        requirements.reserveCapacity(16)
        func require(_ moduleID: String, by assignment: Assignment) {
            if let index = requirements.firstIndex(where: { $0.moduleID == moduleID }) {
                requirements[index].add(assignment)
            } else {
                requirements.append(ModuleRequirement(moduleID: moduleID, terms: newestModules[moduleID], requiredBy: [assignment]))
            }
        }
        for assignment in records.assignments where assignment.applies(to: records.officer) {
            switch assignment.target {
            case .module(let id):
                require(id, by: assignment)
            case .certification(let id):
                for moduleID in certificationModules[id] ?? [] { require(moduleID, by: assignment) }
            }
        }
        requirements.sort { $0.moduleID < $1.moduleID }
        return requirements
    }

    /// Every requirement rule for the officer, whatever its kind (today: modules only).
    public func rules(for records: OfficerRecords) -> [any RequirementRule] {
        requirements(for: records)
    }

    /// The ids of the certifications assigned to the officer or their unit, sorted and distinct.
    public func assignedCertifications(for records: OfficerRecords) -> [String] {
        var ids: [String] = []
        for assignment in records.assignments where assignment.applies(to: records.officer) {
            if case .certification(let id) = assignment.target, !ids.contains(id) { ids.append(id) }
        }
        return ids.sorted()
    }

    /// The officer's standing on every required module and every assigned certification as of `date`.
    public func evaluate(_ records: OfficerRecords, asOf date: CalendarDate) -> OfficerStanding {
        let modules = moduleStandings(for: records, asOf: date)
        let certifications = assignedCertifications(for: records).map { id in
            certificationStanding(id, badge: records.officer.badge, moduleStandings: modules)
        }
        return OfficerStanding(badge: records.officer.badge, asOf: date, modules: modules, certifications: certifications)
    }

    /// The officer's standing on each required module as of `date`, sorted by module id.
    public func moduleStandings(for records: OfficerRecords, asOf date: CalendarDate) -> [ModuleStanding] {
        let own = records.ownCompletionsNewestFirst()
        return requirements(for: records).map { $0.evaluate(records, ownCompletionsNewestFirst: own, asOf: date) }
    }

    /// The officer's standing on each assigned certification as of `date`, sorted by certification id.
    public func certificationStandings(for records: OfficerRecords, asOf date: CalendarDate) -> [CertificationStanding] {
        evaluate(records, asOf: date).certifications
    }

    /// `moduleStandings` is sorted by module id, and every module of an assigned certification is among
    /// them, since assigning a certification requires its modules.
    private func certificationStanding(
        _ id: String, badge: String, moduleStandings: [ModuleStanding]
    ) -> CertificationStanding {
        guard let moduleIDs = certificationModules[id] else {
            return CertificationStanding(badge: badge, certificationID: id, modules: [], isInCurriculum: false)
        }
        let modules = moduleIDs.compactMap { moduleID in
            moduleStandings.binarySearch(moduleID).map { moduleStandings[$0] }
        }
        return CertificationStanding(badge: badge, certificationID: id, modules: modules)
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
