/// The checks that need every file at once: duplicate ids, dangling references, prerequisite cycles, and
/// the order of the versions of one module or certification.
struct CurriculumCrossCheck {
    let references: CurriculumReferences

    func diagnostics() -> [Diagnostic] {
        duplicates() + danglingReferences() + sharedModuleAndCertificationIDs() + prerequisiteCycles()
            + versionOrder()
    }

    /// One module or certification version; `ModuleVersion` equality makes `2023.1` and `2023.1.0` the same.
    private struct VersionKey: Hashable {
        var target: String
        var id: String
        var version: ModuleVersion?
    }

    private func duplicates() -> [Diagnostic] {
        var firstSeen: [VersionKey: SourceLocation] = [:]
        var found: [Diagnostic] = []
        for definition in references.definitions {
            let version = definition.version.map { " version \($0)" } ?? ""
            let key = VersionKey(target: definition.target.rawValue, id: definition.id, version: definition.version)
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

    /// Versions of one id, taken in version order, must take effect in that order too: otherwise a newer
    /// version would be in force before an older one and dates would be judged by the wrong rules. A
    /// certification version without `effective` is in force from the start, so only the oldest may omit it.
    private func versionOrder() -> [Diagnostic] {
        let versioned = references.definitions.compactMap { definition in
            definition.version.map { (version: $0, definition: definition) }
        }.filter { [.module, .certification, .program].contains($0.definition.target) }
        let groups = Dictionary(grouping: versioned) { "\($0.definition.target.rawValue)|\($0.definition.id)" }
        var found: [Diagnostic] = []
        for key in groups.keys.sorted() {
            let versions = groups[key, default: []].sorted {
                ($0.version, $0.definition.location) < ($1.version, $1.definition.location)
            }
            for (older, newer) in zip(versions, versions.dropFirst()) where older.version != newer.version {
                let name = "\(newer.definition.target.rawValue) '\(newer.definition.id)' version \(newer.version)"
                guard let newerEffective = newer.definition.effective else {
                    // A present but unreadable date was reported where it stands.
                    if newer.definition.effectiveLocation == nil {
                        found.append(Diagnostic(newer.definition.location,
                                                "\(name) needs 'effective': it follows version \(older.version)"))
                    }
                    continue
                }
                guard let olderEffective = older.definition.effective, newerEffective < olderEffective else { continue }
                let olderAt = older.definition.effectiveLocation ?? older.definition.location
                found.append(Diagnostic(
                    newer.definition.effectiveLocation ?? newer.definition.location,
                    "\(name) takes effect \(newerEffective), before the older version \(older.version) "
                        + "(effective \(olderEffective) at \(olderAt))"))
            }
        }
        return found
    }
}
