import Yams

/// Turns the YAML of one curricula file into model values, reporting every problem it meets.
struct CurriculumDocumentParser {
    let context: YAMLReadContext
    var references: CurriculumReferences

    static let moduleKeys = [
        "id", "title", "area", "version", "effective", "summary", "hours", "delivery", "objectives", "assessment",
        "validity", "expiring_window_days", "accepts_from", "retrain_within_days", "refresher_of", "first_due_months",
        "failure_suspends", "min_hours", "prerequisites", "policy_basis", "course_numbers",
    ]
    static let certificationKeys = [
        "id", "title", "version", "effective", "summary", "modules", "waivable", "new_modules_within_days", "policy_basis",
    ]
    static let sourceKeys = ["id", "title", "issuer", "date", "binds", "status", "ended", "ended_by", "url", "note"]
    static let requirementKeys = ["id", "requirement", "binding", "sources", "modules"]

    // MARK: - Module

    mutating func module(_ root: Node) -> Module? {
        guard let reader = MappingReader(root, what: "module", context: context) else { return nil }
        reader.rejectUnknownKeys(allowed: Self.moduleKeys)
        let id = identifier(reader)
        let title = reader.string("title")
        let area = reader.word("area", TrainingArea.self)
        let version = reader.version("version")
        let effective = reader.date("effective")
        let summary = reader.string("summary")
        let hours = positiveHours(reader)
        let delivery = reader.textList("delivery")?.compactMap { reader.word($0.text, at: $0.node, key: "delivery", DeliveryMethod.self) }
        if let delivery, delivery.isEmpty, reader.list("delivery", required: false)?.isEmpty == true {
            context.report(reader.value("delivery", required: false), "'delivery' lists no method")
        }
        let objectives = reader.textList("objectives")?.map(\.text)
        if objectives?.isEmpty == true { context.report(reader.value("objectives", required: false), "'objectives' lists no objective") }
        let assessment = self.assessment(reader)
        let validity = self.validity(reader)
        let window = daysOrMore(reader, "expiring_window_days")
        let acceptsFrom = reader.version("accepts_from", required: false)
        if let acceptsFrom, let version, acceptsFrom > version {
            context.report(reader.value("accepts_from", required: false),
                           "accepts_from \(acceptsFrom) is newer than the module's own version \(version)")
        }
        let retrainWithinDays = daysOrMore(reader, "retrain_within_days")
        if retrainWithinDays != nil, reader.value("accepts_from", required: false) == nil {
            context.report(reader.value("retrain_within_days", required: false),
                           "'retrain_within_days' applies only with 'accepts_from' (it delays when older versions stop counting)")
        }
        let refresherOf = self.refresherOf(reader, id: id)
        let firstDueMonths = self.firstDueMonths(reader)
        let failureSuspends = reader.bool("failure_suspends", required: false)
        let minHours = self.minHours(reader, hours: hours)
        let prerequisites = reader.textList("prerequisites", required: false) ?? []
        let basis = policyBasis(reader)
        let courseNumbers = self.courseNumbers(reader)

        guard let id, let title, let area, let version, let effective, let summary, let hours, let delivery,
              let objectives, let assessment, let validity else { return nil }
        references.define(.module, id, version: version, at: context.location(reader.value("id", required: false)),
                          effective: effective, effectiveAt: reader.value("effective", required: false).map(context.location))
        for prerequisite in prerequisites {
            let location = context.location(prerequisite.node)
            references.refer(to: .module, prerequisite.text, at: location, as: "prerequisite")
            references.prerequisiteEdges.append(.init(module: id, prerequisite: prerequisite.text, location: location))
        }
        return Module(
            id: id, title: title, area: area, version: version, effective: effective, summary: summary, hours: hours,
            delivery: delivery, objectives: objectives, assessment: assessment, validity: validity,
            expiringWindowDays: window ?? Module.defaultExpiringWindowDays, acceptsFrom: acceptsFrom,
            prerequisites: prerequisites.map(\.text), policyBasis: basis, retrainWithinDays: retrainWithinDays ?? 0,
            refresherOf: refresherOf, firstDueMonths: firstDueMonths, failureSuspends: failureSuspends ?? false,
            minHours: minHours, courseNumbers: courseNumbers)
    }

    /// The initial course a refresher keeps current; it must name another module, checked across files.
    private mutating func refresherOf(_ reader: MappingReader, id: String?) -> String? {
        guard let initial = reader.string("refresher_of", required: false) else { return nil }
        let node = reader.value("refresher_of", required: false)
        guard initial != id else {
            context.report(node, "'refresher_of' names the module itself; it must name the initial course it refreshes")
            return nil
        }
        references.refer(to: .module, initial, at: context.location(node), as: "refresher_of")
        return initial
    }

    private func firstDueMonths(_ reader: MappingReader) -> Int? {
        guard let months = reader.integer("first_due_months", required: false) else { return nil }
        let node = reader.value("first_due_months", required: false)
        guard (1...120).contains(months) else {
            context.report(node, "'first_due_months' must be between 1 and 120, not \(months)")
            return nil
        }
        if reader.value("refresher_of", required: false) == nil {
            context.report(node, "'first_due_months' applies only to a refresher; set 'refresher_of' to the initial course")
        }
        return months
    }

    /// Partial attendance that still counts: above 0 and no more than the module's own `hours`.
    private func minHours(_ reader: MappingReader, hours: Double?) -> Double? {
        guard let minimum = reader.number("min_hours", required: false) else { return nil }
        let node = reader.value("min_hours", required: false)
        guard minimum > 0 else {
            context.report(node, "'min_hours' must be greater than 0, not \(formatted(minimum))")
            return nil
        }
        if let hours, minimum > hours {
            context.report(node, "'min_hours' \(formatted(minimum)) is more than the module's hours \(formatted(hours))")
            return nil
        }
        return minimum
    }

    /// A count of days that may be 0 (`retrain_within_days`, `new_modules_within_days`), at most ten years
    /// like an assignment's (`RecordRules.newMembersWithinDaysRange`).
    private func daysOrMore(_ reader: MappingReader, _ key: String) -> Int? {
        guard let days = reader.integer(key, required: false) else { return nil }
        let range = RecordRules.newMembersWithinDaysRange
        guard range.contains(days) else {
            context.report(reader.value(key, required: false),
                           "'\(key)' must be between \(range.lowerBound) and \(range.upperBound), not \(days)")
            return nil
        }
        return days
    }

    private func positiveHours(_ reader: MappingReader) -> Double? {
        guard let hours = reader.number("hours") else { return nil }
        guard RecordRules.hoursAllowed(hours) else {
            context.report(reader.value("hours", required: false),
                           "'hours' must be greater than 0 and at most \(formatted(RecordRules.maximumHours)), not \(formatted(hours))")
            return nil
        }
        return hours
    }

    private func assessment(_ module: MappingReader) -> Assessment? {
        guard let reader = module.mapping("assessment", what: "assessment") else { return nil }
        reader.rejectUnknownKeys(allowed: ["kind", "pass_mark"])
        let kind = reader.word("kind", Assessment.Kind.self)
        let passMark = reader.integer("pass_mark", required: false)
        if let passMark, !(0...100).contains(passMark) {
            context.report(reader.value("pass_mark", required: false), "'pass_mark' must be between 0 and 100, not \(passMark)")
            return nil
        }
        return kind.map { Assessment(kind: $0, passMark: passMark) }
    }

    private func validity(_ module: MappingReader) -> Validity? {
        guard let reader = module.mapping("validity", what: "validity") else { return nil }
        reader.rejectUnknownKeys(allowed: ["kind", "months"])
        guard let kind = reader.string("kind") else { return nil }
        switch kind {
        case "rolling":
            guard let months = reader.integer("months") else { return nil }
            guard Validity.monthsRange.contains(months) else {
                context.report(reader.value("months", required: false),
                               "'months' must be between \(Validity.monthsRange.lowerBound) and \(Validity.monthsRange.upperBound), not \(months)")
                return nil
            }
            return .rolling(months: months)
        case "calendar_year", "once":
            if let months = reader.value("months", required: false) {
                context.report(months, "'months' applies only to rolling validity, not \(kind)")
            }
            return kind == "once" ? .once : .calendarYear
        default:
            context.report(reader.value("kind", required: false),
                           "'kind' has unknown value '\(kind)' (expected one of: rolling, calendar_year, once)")
            return nil
        }
    }

    // MARK: - Certification

    mutating func certification(_ root: Node) -> Certification? {
        guard let reader = MappingReader(root, what: "certification", context: context) else { return nil }
        reader.rejectUnknownKeys(allowed: Self.certificationKeys)
        let id = identifier(reader)
        let title = reader.string("title")
        let version = reader.version("version", required: false)
        let effective = reader.date("effective", required: false)
        let summary = reader.string("summary")
        let modules = reader.textList("modules")
        if modules?.isEmpty == true { context.report(reader.value("modules", required: false), "'modules' lists no module") }
        let waivable = reader.bool("waivable", required: false)
        let newModulesWithinDays = daysOrMore(reader, "new_modules_within_days")
        let basis = policyBasis(reader)
        // A version that did not parse must not stand in as the default "1" and clash with the real version 1.
        let versionUnreadable = version == nil && reader.value("version", required: false) != nil
        guard let id, let title, let summary, let modules, !versionUnreadable else { return nil }
        let certified = version ?? Certification.defaultVersion
        references.define(.certification, id, version: certified, at: context.location(reader.value("id", required: false)),
                          effective: effective, effectiveAt: reader.value("effective", required: false).map(context.location))
        for module in modules {
            references.refer(to: .module, module.text, at: context.location(module.node), as: "certification module")
        }
        return Certification(
            id: id, title: title, summary: summary, modules: modules.map(\.text), policyBasis: basis, version: certified,
            effective: effective, waivable: waivable ?? true,
            newModulesWithinDays: newModulesWithinDays ?? Certification.defaultNewModulesWithinDays)
    }

    // MARK: - Policy register

    mutating func policySources(_ root: Node) -> [PolicySource] {
        listItems(root, what: "policy-sources.yaml") { parser, item in parser.policySource(item) }
    }

    private mutating func policySource(_ item: Node) -> PolicySource? {
        guard let reader = MappingReader(item, what: "policy source", context: context) else { return nil }
        reader.rejectUnknownKeys(allowed: Self.sourceKeys)
        let id = identifier(reader)
        let title = reader.string("title")
        let issuer = reader.string("issuer")
        let date = reader.date("date")
        let binds = reader.string("binds")
        let status = reader.word("status", PolicySource.Status.self)
        let ended = reader.date("ended", required: false)
        let endedBy = reader.string("ended_by", required: false)
        let url = reader.string("url")
        let note = reader.string("note", required: false)
        if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
            context.report(reader.value("url", required: false), "'url' must start with https:// or http://, not '\(url)'")
        }
        if let status {
            if !status.stillStands, ended == nil {
                context.report(reader.value("status", required: false), "a \(status.rawValue) source needs 'ended' (the day it stopped binding)")
            }
            if status.stillStands, ended != nil {
                context.report(reader.value("ended", required: false), "an \(status.rawValue) source cannot have 'ended'; set status to superseded or revoked")
            }
        }
        if let date, let ended, ended < date {
            context.report(reader.value("ended", required: false), "'ended' \(ended) is before the source's date \(date)")
        }
        guard let id, let title, let issuer, let date, let binds, let status, let url else { return nil }
        references.define(.source, id, at: context.location(reader.value("id", required: false)))
        if let endedBy {
            references.refer(to: .source, endedBy, at: context.location(reader.value("ended_by", required: false)), as: "ended_by")
        }
        return PolicySource(id: id, title: title, issuer: issuer, date: date, binds: binds, status: status,
                            ended: ended, endedBy: endedBy, url: url, note: note)
    }

    mutating func policyRequirements(_ root: Node) -> [PolicyRequirement] {
        listItems(root, what: "policy-requirements.yaml") { parser, item in parser.policyRequirement(item) }
    }

    private mutating func policyRequirement(_ item: Node) -> PolicyRequirement? {
        guard let reader = MappingReader(item, what: "policy requirement", context: context) else { return nil }
        reader.rejectUnknownKeys(allowed: Self.requirementKeys)
        let id = identifier(reader)
        let text = reader.string("requirement")
        let binding = reader.word("binding", RequirementBinding.self, required: false)
        let sources = reader.textList("sources")
        if sources?.isEmpty == true { context.report(reader.value("sources", required: false), "'sources' lists no policy source") }
        let modules = reader.textList("modules") ?? []
        guard let id, let text, let sources else { return nil }
        references.define(.requirement, id, at: context.location(reader.value("id", required: false)))
        if binding == .required, let node = reader.value("binding", required: false) {
            references.requiredBindings.append(.init(requirement: id, sources: sources.map(\.text), location: context.location(node)))
        }
        for source in sources {
            references.refer(to: .source, source.text, at: context.location(source.node), as: "requirement source")
        }
        for module in modules {
            references.refer(to: .module, module.text, at: context.location(module.node), as: "requirement module")
        }
        return PolicyRequirement(id: id, requirement: text, sources: sources.map(\.text), modules: modules.map(\.text),
                                 binding: binding)
    }

    // MARK: - Shared pieces

    private mutating func listItems<Item>(_ root: Node, what: String, _ parse: (inout Self, Node) -> Item?) -> [Item] {
        guard case .sequence(let sequence) = root else {
            context.report(root, "\(what) must be a list of entries, not \(root.kindDescription)")
            return []
        }
        var items: [Item] = []
        for item in sequence {
            if let parsed = parse(&self, item) { items.append(parsed) }
        }
        return items
    }

    func identifier(_ reader: MappingReader) -> String? {
        guard let id = reader.string("id") else { return nil }
        guard Self.isKebabCase(id) else {
            context.report(reader.value("id", required: false),
                           "'id' must be kebab-case (lower-case letters, digits and single hyphens), not '\(id)'")
            return nil
        }
        return id
    }

    mutating func policyBasis(_ reader: MappingReader) -> [PolicyReference] {
        guard let items = reader.list("policy_basis", required: false) else { return [] }
        var basis: [PolicyReference] = []
        for item in items {
            guard let entry = MappingReader(item, what: "policy_basis entry", context: context) else { continue }
            entry.rejectUnknownKeys(allowed: ["source", "section"])
            let source = entry.string("source")
            let section = entry.string("section")
            if let source {
                references.refer(to: .source, source, at: context.location(entry.value("source", required: false)),
                                 as: "policy_basis source")
            }
            if let source, let section { basis.append(PolicyReference(source: source, section: section)) }
        }
        return basis
    }

    static func isKebabCase(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return !text.isEmpty && parts.allSatisfy { part in
            !part.isEmpty && part.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) }
        }
    }

    func formatted(_ number: Double) -> String {
        // `Int(_:)` traps beyond Int's range, so only modest whole numbers lose their decimal point.
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
