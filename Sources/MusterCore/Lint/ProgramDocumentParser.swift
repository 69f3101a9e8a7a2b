import Yams

/// The program files (`programs/<id>.yaml`): a state's hours per cycle, with minimums and once-every courses,
/// each key checked where it stands and its modules and sources checked across files.
extension CurriculumDocumentParser {
    static let programKeys = [
        "id", "title", "jurisdiction", "version", "effective", "cycle", "hours", "minimums", "once_every",
        "new_officers", "waivers", "policy_basis",
    ]

    mutating func program(_ root: Node) -> Program? {
        guard let reader = MappingReader(root, what: "program", context: context) else { return nil }
        reader.rejectUnknownKeys(allowed: Self.programKeys)
        let id = identifier(reader)
        let title = reader.string("title")
        let jurisdiction = reader.string("jurisdiction")
        let version = reader.version("version")
        let effective = reader.date("effective")
        let cycle = programCycle(reader)
        let hours = programHours(reader, "hours")
        let minimums = programMinimums(reader)
        let onceEvery = programOnceEvery(reader)
        let newOfficers = reader.word("new_officers", NewOfficerRule.self, required: false)
        let waivers = programWaivers(reader, minimumNames: minimums.map(\.name))
        let basis = policyBasis(reader)
        if reader.value("policy_basis", required: false) == nil {
            context.report(reader.node, "a program needs 'policy_basis': the rule it keeps, traced to policy-sources.yaml")
        }
        guard let id, let title, let jurisdiction, let version, let effective, let cycle, let hours else { return nil }
        references.define(.program, id, version: version, at: context.location(reader.value("id", required: false)),
                          effective: effective, effectiveAt: reader.value("effective", required: false).map(context.location))
        return Program(id: id, title: title, jurisdiction: jurisdiction, version: version, effective: effective,
                       cycle: cycle, hours: hours, minimums: minimums, onceEvery: onceEvery,
                       newOfficers: newOfficers ?? .prorate, waivers: waivers ?? ProgramWaiverRule(), policyBasis: basis)
    }

    private func programHours(_ reader: MappingReader, _ key: String) -> Double? {
        guard let hours = reader.number(key) else { return nil }
        guard hours > 0, hours <= 10_000 else {
            context.report(reader.value(key, required: false), "'\(key)' must be greater than 0 and at most 10000, not \(formatted(hours))")
            return nil
        }
        return hours
    }

    private func programCycle(_ program: MappingReader) -> ProgramCycle? {
        guard let reader = program.mapping("cycle", what: "cycle") else { return nil }
        guard let kind = reader.string("kind") else { return nil }
        let kinds = ["anchored": ["kind", "months", "anchor"], "rolling": ["kind", "months", "from"],
                     "calendar_year": ["kind"], "fiscal_year": ["kind", "starts"]]
        guard let allowed = kinds[kind] else {
            context.report(reader.value("kind", required: false),
                           "'kind' has unknown value '\(kind)' (expected one of: anchored, rolling, calendar_year, fiscal_year)")
            return nil
        }
        reader.rejectUnknownKeys(allowed: allowed)
        func months() -> Int? {
            guard let months = reader.integer("months") else { return nil }
            guard (1...120).contains(months) else {
                context.report(reader.value("months", required: false), "'months' must be between 1 and 120, not \(months)")
                return nil
            }
            return months
        }
        switch kind {
        case "anchored":
            let length = months()
            let anchor = reader.date("anchor")
            guard let length, let anchor else { return nil }
            return .anchored(months: length, anchor: anchor)
        case "rolling":
            let length = months()
            if let from = reader.string("from"), from != "hire" {
                context.report(reader.value("from", required: false), "'from' must be 'hire' (rolling cycles run from the hire date), not '\(from)'")
                return nil
            }
            return length.map { .rolling(months: $0) }
        case "calendar_year":
            return .calendarYear
        default:
            guard let starts = reader.string("starts") else { return nil }
            let parts = starts.split(separator: "-").map { Int($0) }
            guard parts.count == 2, let month = parts[0], let day = parts[1],
                  CalendarDate(year: 2001, month: month, day: day) != nil else {
                context.report(reader.value("starts", required: false),
                               "'starts' must be a month and day such as \"07-01\", not '\(starts)'")
                return nil
            }
            return .fiscalYear(month: month, day: day)
        }
    }

    private mutating func programMinimums(_ program: MappingReader) -> [ProgramMinimum] {
        guard let items = program.list("minimums", required: false) else { return [] }
        var minimums: [ProgramMinimum] = []
        var names: Set<String> = []
        for item in items {
            guard let reader = MappingReader(item, what: "minimum", context: context) else { continue }
            reader.rejectUnknownKeys(allowed: ["name", "area", "modules", "hours"])
            let name = reader.string("name")
            let area = reader.word("area", TrainingArea.self, required: false)
            let modules = reader.textList("modules", required: false)
            let hours = programHours(reader, "hours")
            let hasArea = reader.value("area", required: false) != nil, hasModules = reader.value("modules", required: false) != nil
            if hasArea == hasModules {
                context.report(item, "a minimum names either 'area' or 'modules', not \(hasArea ? "both" : "neither")")
            }
            if modules?.isEmpty == true { context.report(reader.value("modules", required: false), "'modules' lists no module") }
            for module in modules ?? [] {
                references.refer(to: .module, module.text, at: context.location(module.node), as: "program minimum module")
            }
            if let name, !names.insert(name).inserted {
                context.report(reader.value("name", required: false), "duplicate minimum name '\(name)'")
            }
            guard let name, let hours, hasArea != hasModules else { continue }
            minimums.append(ProgramMinimum(name: name, area: area, modules: modules?.map(\.text) ?? [], hours: hours))
        }
        return minimums
    }

    private mutating func programOnceEvery(_ program: MappingReader) -> [OnceEvery] {
        guard let items = program.list("once_every", required: false) else { return [] }
        var rules: [OnceEvery] = []
        for item in items {
            guard let reader = MappingReader(item, what: "once_every entry", context: context) else { continue }
            reader.rejectUnknownKeys(allowed: ["modules", "cycles"])
            let modules = reader.textList("modules")
            if modules?.isEmpty == true { context.report(reader.value("modules", required: false), "'modules' lists no module") }
            for module in modules ?? [] {
                references.refer(to: .module, module.text, at: context.location(module.node), as: "once_every module")
            }
            let cycles = reader.integer("cycles")
            if let cycles, !(1...10).contains(cycles) {
                context.report(reader.value("cycles", required: false), "'cycles' must be between 1 and 10, not \(cycles)")
                continue
            }
            guard let modules, !modules.isEmpty, let cycles else { continue }
            rules.append(OnceEvery(modules: modules.map(\.text), cycles: cycles))
        }
        return rules
    }

    private func programWaivers(_ program: MappingReader, minimumNames: [String]) -> ProgramWaiverRule? {
        guard let reader = program.mapping("waivers", what: "waivers", required: false) else { return nil }
        reader.rejectUnknownKeys(allowed: ["prorate", "never"])
        let prorate = reader.bool("prorate", required: false) ?? false
        let never = reader.textList("never", required: false) ?? []
        for name in never where !minimumNames.contains(name.text) {
            context.report(name.node, "'never' names '\(name.text)', which is not one of the program's minimums")
        }
        return ProgramWaiverRule(prorate: prorate, never: never.map(\.text))
    }
}
