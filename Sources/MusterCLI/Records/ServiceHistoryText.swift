import MusterCore

/// An officer's dated facts in words, one line each, oldest first, as `officers show` prints them.
enum ServiceHistoryText {
    static func lines(officer: Officer, facts: [OfficerFact]) -> [String] {
        let timeline = OfficerTimeline(officer: officer, facts: facts)
        // Each leave as it stands with every return known, so one cut short shows where it ended.
        let leaves = timeline.leaves(knownOn: facts.map(\.on).max() ?? officer.hireDate ?? CalendarDate(dayNumber: 0))
        return timeline.facts.map { fact in
            switch fact.kind {
            case .unitChange(let from, let to):
                switch (from, to) {
                case (let from?, let to?): "\(fact.on) moved from \(from) to \(to)"
                case (nil, let to?): "\(fact.on) moved to \(to)"
                case (let from?, nil): "\(fact.on) left \(from) (no unit)"
                case (nil, nil): "\(fact.on) no unit"
                }
            case .leave:
                "leave \(fact.on) – " + (leaves.first { $0.from == fact.on }?.through?.iso ?? "open")
            case .returned: "returned \(fact.on)"
            case .separated: "separated \(fact.on)"
            case .reinstated: "reinstated \(fact.on)"
            }
        }
    }
}
