import GRDB
import MusterCore

extension CommandContext {
    func loadCurriculum(_ curriculum: Curriculum) throws -> CurriculumLoadSummary {
        var summary = CurriculumLoadSummary()
        // Modules the database held before this load: only their new versions wait for review.
        let held = Set(try String.fetchAll(db, sql: "SELECT DISTINCT module_id FROM module_version"))
        var added: [Module] = []
        for module in curriculum.moduleVersions {
            let content = try CurriculumCoding.encode(module)
            let stored = try Row.fetchAll(
                db, sql: "SELECT version, content FROM module_version WHERE module_id = ?", arguments: [module.id])
            if let same = stored.first(where: { ModuleVersion($0["version"] as String) == module.version }) {
                if (same["content"] as String) == content {
                    summary.unchangedModuleVersions += 1
                } else if try updateCourseNumbers(of: module, storedContent: same["content"]) {
                    summary.addedEntries.append("course_numbers:\(module.id)@\(module.version)")
                    forgetModuleCache()
                } else {
                    summary.keptConflictingVersions.append("\(module.id)@\(module.version)")
                }
                continue
            }
            try db.execute(
                sql: "INSERT INTO module_version (module_id, version, title, content, loaded_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [module.id, module.version.description, module.title, content, occurredAt])
            let key = "\(module.id)@\(module.version.description)"
            try audit(action: "loadCurriculum", entity: .moduleVersion, key: key, before: nil)
            summary.addedModuleVersions.append(key)
            if held.contains(module.id) { added.append(module) }
        }
        try markPending(added, policy: curriculum.review)
        forgetModuleCache()
        try addCertificationVersions(curriculum.certificationVersions, summary: &summary)
        try addEntries(curriculum.policySources.map { ($0.id, try CurriculumCoding.encode($0)) },
                       kind: "policy_source", summary: &summary)
        try addEntries(curriculum.requirements.map { ($0.id, try CurriculumCoding.encode($0)) },
                       kind: "requirement", summary: &summary)
        try addProgramVersions(curriculum.programVersions, summary: &summary)
        try loadTriggers(curriculum.triggers, summary: &summary)
        return summary
    }

    /// Adds each certification version not stored yet. Like a module version, a stored one is never replaced:
    /// different content under a stored id and version is reported as a kept conflict.
    private func addCertificationVersions(_ certifications: [Certification], summary: inout CurriculumLoadSummary) throws {
        let stored = try SQLiteRecordStore.certificationVersions(db)
        for certification in certifications {
            if let same = stored[CertificationKey(certification)] {
                // Compared as values: content stored before certifications had versions spells fewer keys.
                if same != certification {
                    summary.keptConflictingVersions.append("\(certification.id)@\(certification.version)")
                }
                continue
            }
            try db.execute(
                sql: "INSERT INTO curriculum_entry (kind, item_id, content, loaded_at) VALUES ('certification', ?, ?, ?)",
                arguments: [certification.id, try CurriculumCoding.encode(certification), occurredAt])
            try audit(action: "loadCurriculum", entity: .curriculumEntry, key: String(db.lastInsertedRowID), before: nil)
            summary.addedEntries.append("certification:\(certification.id)")
        }
    }

    /// Adds an entry when it is new or its content changed; the earlier entry stays as history.
    private func addEntries(_ entries: [(String, String)], kind: String, summary: inout CurriculumLoadSummary) throws {
        let latest = try db.cachedStatement(sql: """
            SELECT content FROM curriculum_entry WHERE kind = ? AND item_id = ? ORDER BY id DESC LIMIT 1
            """)
        for (itemID, content) in entries {
            if try String.fetchOne(latest, arguments: [kind, itemID]) == content { continue }
            try db.execute(
                sql: "INSERT INTO curriculum_entry (kind, item_id, content, loaded_at) VALUES (?, ?, ?, ?)",
                arguments: [kind, itemID, content, occurredAt])
            try audit(action: "loadCurriculum", entity: .curriculumEntry, key: String(db.lastInsertedRowID), before: nil)
            summary.addedEntries.append("\(kind):\(itemID)")
        }
    }
}
