/// The checks that need every file at once: duplicate ids, dangling references, prerequisite cycles.
struct CurriculumCrossCheck {
    let references: CurriculumReferences

    func diagnostics() -> [Diagnostic] {
        duplicates() + danglingReferences() + sharedModuleAndCertificationIDs() + prerequisiteCycles()
    }

    private func duplicates() -> [Diagnostic] {
        var firstSeen: [String: SourceLocation] = [:]
        var found: [Diagnostic] = []
        for definition in references.definitions {
            let version = definition.version.map { " version \($0)" } ?? ""
            let key = "\(definition.target.rawValue)|\(definition.id)|\(version)"
            if let first = firstSeen[key] {
                found.append(Diagnostic(definition.location,
                                        "duplicate \(definition.target.rawValue) id '\(definition.id)'\(version) (first defined at \(first))"))
            } else {
                firstSeen[key] = definition.location
            }
        }
        return found
    }

    private func danglingReferences() -> [Diagnostic] {
        var known: [CurriculumReferences.Target: Set<String>] = [:]
        for definition in references.definitions { known[definition.target, default: []].insert(definition.id) }
        return references.references.compactMap { reference in
            guard known[reference.target]?.contains(reference.id) != true else { return nil }
            return Diagnostic(reference.location, "unknown \(reference.target.rawValue) '\(reference.id)' (\(reference.role))")
        }
    }

    /// `muster assign ID` takes a module or a certification id, so one id must not name both.
    private func sharedModuleAndCertificationIDs() -> [Diagnostic] {
        let moduleIDs = Set(references.definitions.filter { $0.target == .module }.map(\.id))
        return references.definitions
            .filter { $0.target == .certification && moduleIDs.contains($0.id) }
            .map { Diagnostic($0.location, "certification id '\($0.id)' is also a module id; ids must name one thing") }
    }

    /// Every prerequisite cycle once, named in full (`a → b → a`), at the first edge that closes it.
    private func prerequisiteCycles() -> [Diagnostic] {
        var edges: [String: [CurriculumReferences.PrerequisiteEdge]] = [:]
        for edge in references.prerequisiteEdges { edges[edge.module, default: []].append(edge) }
        var reported: Set<Set<String>> = []
        var found: [Diagnostic] = []
        var finished: Set<String> = []

        func visit(_ module: String, path: [String]) {
            guard !finished.contains(module) else { return }
            for edge in edges[module] ?? [] {
                if let start = path.firstIndex(of: edge.prerequisite) {
                    let cycle = Array(path[start...]) + [edge.prerequisite]
                    if reported.insert(Set(cycle)).inserted {
                        found.append(Diagnostic(edge.location, "prerequisite cycle: \(cycle.joined(separator: " → "))"))
                    }
                } else {
                    visit(edge.prerequisite, path: path + [edge.prerequisite])
                }
            }
            finished.insert(module)
        }
        for module in edges.keys.sorted() { visit(module, path: [module]) }
        return found
    }
}
