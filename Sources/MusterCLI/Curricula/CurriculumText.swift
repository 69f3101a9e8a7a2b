import MusterCore

/// Human-readable views of curriculum definitions for `curricula list` and `curricula show`.
enum CurriculumText {
    static func listing(_ curriculum: Curriculum) -> String {
        var sections: [String] = []
        for area in TrainingArea.allCases {
            let modules = curriculum.modules.filter { $0.area == area }
            guard !modules.isEmpty else { continue }
            var table = TextTable(["MODULE", "VERSION", "HOURS", "RENEWS", "TITLE"])
            for module in modules {
                table.append([module.id, module.version.description, hours(module.hours), module.validity.summary, module.title])
            }
            sections.append("\(area.title) (\(area.rawValue))\n\(table.render())")
        }
        var certifications = TextTable(["CERTIFICATION", "MODULES", "TITLE"])
        for certification in curriculum.certifications {
            certifications.append([certification.id, String(certification.modules.count), certification.title])
        }
        sections.append("Certifications\n\(certifications.render())")
        return sections.joined(separator: "\n\n")
    }

    static func module(_ module: Module, in curriculum: Curriculum) -> String {
        let versions = curriculum.moduleVersions.filter { $0.id == module.id }.map(\.version.description)
        var lines = [
            "\(module.title)",
            "id:          \(module.id)",
            "version:     \(module.version)  (effective \(module.effective); loaded versions: \(versions.joined(separator: ", ")))",
            "area:        \(module.area.rawValue) — \(module.area.title)",
            "hours:       \(hours(module.hours)) contact hours, \(module.delivery.map(\.rawValue).joined(separator: ", "))",
            "assessment:  \(module.assessment.kind.rawValue)\(module.assessment.passMark.map { ", pass mark \($0)" } ?? "")",
            "validity:    \(module.validity.summary); expiring window \(module.expiringWindowDays) days",
            "accepts:     \(module.acceptsFrom.map { "completions of version \($0) or later" } ?? "completions of any version")",
            "prerequisites: \(module.prerequisites.isEmpty ? "none" : module.prerequisites.joined(separator: ", "))",
            "",
            wrap(module.summary, indent: ""),
            "",
            "Objectives:",
        ]
        lines += module.objectives.map { wrap("- \($0)", indent: "  ") }
        lines += ["", "Policy basis:"] + basis(module.policyBasis, in: curriculum)
        let requirements = curriculum.requirements.filter { $0.modules.contains(module.id) }
        if !requirements.isEmpty {
            lines += ["", "Covers requirements:"] + requirements.map { "  \($0.id): \($0.requirement)" }
        }
        return lines.joined(separator: "\n")
    }

    static func certification(_ certification: Certification, in curriculum: Curriculum) -> String {
        var lines = [certification.title, "id: \(certification.id)", "", wrap(certification.summary, indent: ""), "", "Modules:"]
        var table = TextTable(["MODULE", "RENEWS", "TITLE"])
        for id in certification.modules {
            let module = curriculum.module(id)
            table.append([id, module?.validity.summary ?? "", module?.title ?? "(unknown)"])
        }
        lines.append(table.render().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        lines += ["", "Policy basis:"] + basis(certification.policyBasis, in: curriculum)
        return lines.joined(separator: "\n")
    }

    static func source(_ source: PolicySource, in curriculum: Curriculum) -> String {
        var lines = [
            source.title,
            "id:      \(source.id)",
            "issuer:  \(source.issuer)",
            "date:    \(source.date)",
            "binds:   \(source.binds)",
            "status:  \(standing(source, in: curriculum))",
            "url:     \(source.url)",
        ]
        if let note = source.note { lines.append(wrap("note:    \(note)", indent: "         ")) }
        let requirements = curriculum.requirements.filter { $0.sources.contains(source.id) }
        if !requirements.isEmpty { lines += ["", "Requirements:"] + requirements.map { "  \($0.id): \($0.requirement)" } }
        return lines.joined(separator: "\n")
    }

    static func requirement(_ requirement: PolicyRequirement, in curriculum: Curriculum) -> String {
        var lines = [requirement.requirement, "id: \(requirement.id)"]
        if let binding = requirement.binding { lines.append("binding: \(binding.rawValue)") }
        lines += ["", "Sources:"]
        lines += requirement.sources.map { id in
            curriculum.policySource(id).map { "  \(id): \($0.title) — \(standing($0, in: curriculum))" } ?? "  \(id): (unknown)"
        }
        lines += ["", "Modules:"] + requirement.modules.map { "  \($0)  \(curriculum.module($0)?.title ?? "(unknown)")" }
        return lines.joined(separator: "\n")
    }

    /// "in force", or "revoked 2022-05-25 by eo-14074 (…title…)".
    static func standing(_ source: PolicySource, in curriculum: Curriculum, naming successor: Bool = true) -> String {
        var text = source.status.rawValue.replacingOccurrences(of: "-", with: " ")
        if let ended = source.ended { text += " \(ended)" }
        if let endedBy = source.endedBy {
            text += " by \(endedBy)"
            if successor, let next = curriculum.policySource(endedBy) { text += " (\(next.title))" }
        }
        return text
    }

    private static func basis(_ references: [PolicyReference], in curriculum: Curriculum) -> [String] {
        guard !references.isEmpty else { return ["  none listed"] }
        return references.map { reference in
            guard let source = curriculum.policySource(reference.source) else { return "  \(reference.source) \(reference.section)" }
            let marker = source.stands(on: .today()) ? "" : "  [\(standing(source, in: curriculum, naming: false))]"
            return "  \(source.title), \(reference.section)\(marker)"
        }
    }

    static func hours(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Wraps prose at 100 columns for terminals and `less`.
    static func wrap(_ text: String, indent: String, width: Int = 100) -> String {
        var lines: [String] = []
        var current = String(text.prefix { $0 == " " })
        for word in text.split(separator: " ") {
            if !current.allSatisfy({ $0 == " " }), current.count + word.count + 1 > width {
                lines.append(current)
                current = indent + word
            } else {
                current += current.allSatisfy({ $0 == " " }) ? String(word) : " " + word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.joined(separator: "\n")
    }
}
