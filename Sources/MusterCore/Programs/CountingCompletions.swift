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

    init(_ completions: [Completion], curriculum: Curriculum) {
        var passes: [Pass] = []
        for completion in completions where completion.result == .pass && completion.voidReason == nil {
            guard let version = curriculum.module(completion.moduleID, version: completion.moduleVersion)
                    ?? curriculum.module(completion.moduleID, forCompletionOn: completion.completedOn) else { continue }
            // Evidence, as the status rules ask it: too few recorded hours, or a prerequisite not passed first,
            // and the attempt gives nothing.
            if let hours = completion.hours, hours < version.hoursNeeded { continue }
            let prerequisitesMet = version.prerequisites.allSatisfy { prerequisite in
                completions.contains {
                    $0.moduleID == prerequisite && $0.result == .pass && $0.voidReason == nil
                        && $0.completedOn <= completion.completedOn
                }
            }
            guard prerequisitesMet else { continue }
            passes.append(Pass(id: completion.id, moduleID: completion.moduleID, area: version.area,
                               completedOn: completion.completedOn, hours: completion.hours ?? version.hours))
        }
        self.passes = passes.sorted { ($0.completedOn, $0.id) < ($1.completedOn, $1.id) }
    }
}
