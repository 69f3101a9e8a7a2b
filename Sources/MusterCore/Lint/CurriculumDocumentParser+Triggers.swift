import Yams

extension CurriculumDocumentParser {
    static let triggerKeys = ["id", "event", "assign", "within_days", "origin"]

    /// `triggers.yaml`: a list of `{ id, event, assign, within_days, origin }`. The module each assigns is
    /// checked across files like any other reference.
    mutating func incidentTriggers(_ root: Node) -> [IncidentTrigger] {
        guard case .sequence(let sequence) = root else {
            context.report(root, "triggers.yaml must be a list of entries, not \(root.kindDescription)")
            return []
        }
        return sequence.compactMap { incidentTrigger($0) }
    }

    private mutating func incidentTrigger(_ item: Node) -> IncidentTrigger? {
        guard let reader = MappingReader(item, what: "trigger", context: context) else { return nil }
        reader.rejectUnknownKeys(allowed: Self.triggerKeys)
        var id = reader.string("id")
        if let given = id, !Self.isKebabCase(given) {
            context.report(reader.value("id", required: false),
                           "'id' must be kebab-case (lower-case letters, digits and single hyphens), not '\(given)'")
            id = nil
        }
        let event = reader.word("event", IncidentKind.self)
        let module = reader.string("assign")
        var days = reader.integer("within_days")
        if let given = days, !IncidentTrigger.withinDaysRange.contains(given) {
            let range = IncidentTrigger.withinDaysRange
            context.report(reader.value("within_days", required: false),
                           "'within_days' must be between \(range.lowerBound) and \(range.upperBound), not \(given)")
            days = nil
        }
        var origin = reader.word("origin", AssignmentOrigin.self)
        if origin == .routine {
            context.report(reader.value("origin", required: false),
                           "'origin' of a trigger is post-incident or remedial; routine training is assigned, not triggered")
            origin = nil
        }
        guard let id, let event, let module, let days, let origin else { return nil }
        references.define(.trigger, id, at: context.location(reader.value("id", required: false)))
        references.refer(to: .module, module, at: context.location(reader.value("assign", required: false)), as: "trigger assign")
        return IncidentTrigger(id: id, event: event, moduleID: module, withinDays: days, origin: origin)
    }
}
