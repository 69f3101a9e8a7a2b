/// An officer's completions that give program hours, each with the hours and area it gives: judged once per
/// officer, then summed for every program and cycle.
struct CountingCompletions: Sendable {
    struct Pass: Sendable {
        var id: Int64
        var moduleID: String
        var area: TrainingArea
        var completedOn: CalendarDate
        var hours: Double
    }

    /// Oldest first.
    let passes: [Pass]

    init(_ completions: [Completion], terms: ProgramModuleTerms) {
        // The earliest pass of each module, for prerequisites: one pass over the officer's completions.
        var earliestPass: [String: CalendarDate] = [:]
        for completion in completions where completion.result == .pass && completion.voidReason == nil {
            if earliestPass[completion.moduleID].map({ completion.completedOn < $0 }) ?? true {
                earliestPass[completion.moduleID] = completion.completedOn
            }
        }
        var passes: [Pass] = []
        passes.reserveCapacity(completions.count)
        for completion in completions where completion.result == .pass && completion.voidReason == nil {
            guard let version = terms.version(completion.moduleID, completion.moduleVersion, on: completion.completedOn)
            else { continue }
            // Evidence, as the status rules ask it: too few recorded hours, or a prerequisite not passed first,
            // and the attempt gives nothing.
            if let hours = completion.hours, hours < version.hoursNeeded { continue }
            let prerequisitesMet = version.prerequisites.allSatisfy { prerequisite in
                earliestPass[prerequisite].map { $0 <= completion.completedOn } ?? false
            }
            guard prerequisitesMet else { continue }
            passes.append(Pass(id: completion.id, moduleID: completion.moduleID, area: version.area,
                               completedOn: completion.completedOn, hours: completion.hours ?? version.hours))
        }
        self.passes = passes.sorted { ($0.completedOn, $0.id) < ($1.completedOn, $1.id) }
    }
}

/// What program counting reads of each module version, looked up once per curriculum rather than copied out of
/// the whole module for every completion.
struct ProgramModuleTerms: Sendable {
    final class Version: Sendable {
        let version: ModuleVersion
        let effective: CalendarDate
        let area: TrainingArea
        let hours: Double
        let hoursNeeded: Double
        let prerequisites: [String]

        init(_ module: Module) {
            version = module.version
            effective = module.effective
            area = module.area
            hours = module.hours
            hoursNeeded = module.hoursNeeded
            prerequisites = module.prerequisites
        }
    }

    private let versions: [String: [Version]]

    init(_ curriculum: Curriculum) {
        versions = Dictionary(grouping: curriculum.moduleVersions.map { ($0.id, Version($0)) }, by: \.0)
            .mapValues { $0.map(\.1).sorted { $0.version < $1.version } }
    }

    /// The completion's own version, else the one in force on its day, else the first (as `Curriculum` decides).
    func version(_ id: String, _ version: ModuleVersion, on day: CalendarDate) -> Version? {
        guard let all = versions[id] else { return nil }
        return all.first { $0.version == version } ?? all.last { $0.effective <= day } ?? all.first
    }
}
